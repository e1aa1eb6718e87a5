package io.callbot.sim;

/** Picks the persona for a dialled number; implementations must be thread-safe and deterministic. */
@FunctionalInterface
public interface PersonaDirectory {
    Persona personaFor(String number);
}
