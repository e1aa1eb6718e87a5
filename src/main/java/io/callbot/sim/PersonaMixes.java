package io.callbot.sim;

import java.time.Duration;
import java.util.List;

/**
 * The demo's customers: who answers and what they say. A persona's script is a list of lines the simulated
 * caller speaks in turn after the robot finishes speaking ("" = stay silent, "~text" = talk over the robot,
 * "!" = hang up as soon as the robot starts speaking).
 */
public final class PersonaMixes {
    private PersonaMixes() {}

    public static Persona talker(String name, String... lines) {
        return new Persona(name, Behaviour.ANSWER, Duration.ofMillis(1500), Duration.ofSeconds(90), List.of(lines));
    }

    public static final List<PersonaBook.Weighted> MIX = List.of(
            new PersonaBook.Weighted(talker("interested", "yes", "no thanks"), 4),
            new PersonaBook.Weighted(talker("not interested", "no thanks", "no"), 3),
            new PersonaBook.Weighted(talker("wants a person", "agent"), 1),
            new PersonaBook.Weighted(talker("opts out", "Stop calling me."), 1),
            new PersonaBook.Weighted(talker("call tomorrow", "call me tomorrow"), 1),
            new PersonaBook.Weighted(talker("talks over the robot", "~yes", "no"), 1),
            new PersonaBook.Weighted(talker("silent", "", ""), 1),
            new PersonaBook.Weighted(new Persona("answering machine", Behaviour.MACHINE, Duration.ofSeconds(2),
                    Duration.ofSeconds(20), List.of()), 1),
            new PersonaBook.Weighted(Persona.of(Behaviour.BUSY, Duration.ofSeconds(1), Duration.ZERO), 2),
            new PersonaBook.Weighted(Persona.of(Behaviour.NO_ANSWER, Duration.ofSeconds(6), Duration.ZERO), 2));

    /** Short calls only, cheap enough for thousands of calls on a small machine (load, crash and cluster tests). */
    public static final List<PersonaBook.Weighted> QUICK = List.of(
            new PersonaBook.Weighted(new Persona("hangs up at once", Behaviour.ANSWER, Duration.ofMillis(500),
                    Duration.ofSeconds(10), List.of("!")), 2),
            new PersonaBook.Weighted(Persona.of(Behaviour.BUSY, Duration.ofMillis(500), Duration.ZERO), 1),
            new PersonaBook.Weighted(Persona.of(Behaviour.NO_ANSWER, Duration.ofSeconds(2), Duration.ZERO), 1));

    /** The persona book named by config {@code ami.simulated_personas}. */
    public static PersonaBook named(String name, long seed) {
        return switch (name) {
            case "demo" -> mixedBook(seed);
            case "quick" -> PersonaBook.seededMix(seed, QUICK);
            default -> throw new IllegalArgumentException(
                    "ami.simulated_personas must be demo or quick, was '" + name + "'");
        };
    }

    public static PersonaBook mixedBook(long seed) {
        return PersonaBook.seededMix(seed, MIX);
    }
}
