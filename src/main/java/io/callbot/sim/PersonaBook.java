package io.callbot.sim;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Personas assigned by number, with a fallback for the rest: either one default persona or a seeded mix, where a
 * number's persona depends only on the seed and the number (so a rerun with the same seed calls the same people).
 * Thread-safe.
 */
public final class PersonaBook implements PersonaDirectory {

    /** A persona and its relative weight in a mix. */
    public record Weighted(Persona persona, int weight) { }

    private final Map<String, Persona> byNumber = new ConcurrentHashMap<>();
    private final List<Weighted> mix;
    private final long seed;
    private final int totalWeight;

    private PersonaBook(List<Weighted> mix, long seed) {
        this.mix = List.copyOf(mix);
        this.seed = seed;
        this.totalWeight = mix.stream().mapToInt(Weighted::weight).sum();
        if (mix.isEmpty() || totalWeight <= 0 || mix.stream().anyMatch(w -> w.weight() < 0)) {
            throw new IllegalArgumentException("persona mix needs at least one persona with weight > 0");
        }
    }

    /** Every unassigned number gets this persona. */
    public static PersonaBook always(Persona persona) {
        return new PersonaBook(List.of(new Weighted(persona, 1)), 0);
    }

    /** Unassigned numbers get a persona from the weighted mix, chosen by a hash of seed and number. */
    public static PersonaBook seededMix(long seed, List<Weighted> mix) {
        return new PersonaBook(mix, seed);
    }

    /** Assigns a persona to one number (overrides the fallback). */
    public PersonaBook assign(String number, Persona persona) {
        byNumber.put(Objects.requireNonNull(number), Objects.requireNonNull(persona));
        return this;
    }

    @Override
    public Persona personaFor(String number) {
        Persona p = byNumber.get(number);
        if (p != null) {
            return p;
        }
        int pick = Math.floorMod(mixHash(seed, number), totalWeight);
        for (Weighted w : mix) {
            pick -= w.weight();
            if (pick < 0) {
                return w.persona();
            }
        }
        return mix.get(mix.size() - 1).persona();
    }

    /** SplitMix64 over the seed and the number's characters: stable across JVMs, unlike String.hashCode mixing alone. */
    private static long mixHash(long seed, String number) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (int i = 0; i < number.length(); i++) {
            h += number.charAt(i) * 0xBF58476D1CE4E5B9L;
            h = (h ^ (h >>> 31)) * 0x94D049BB133111EBL;
        }
        return h ^ (h >>> 29);
    }
}
