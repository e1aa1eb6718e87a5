package io.callbot.sim.voice;

import java.util.List;
import java.util.Locale;

/**
 * A caller voice named as {@code ENGINE:VOICE}: {@code mary:cmu-slt-hsmm}, {@code espeak:en-us+m3},
 * {@code flite:kal}, {@code festival:kal_diphone}. An immutable value.
 */
public record VoiceSpec(String engine, String voice) {

    public static final List<String> ENGINES = List.of("mary", "espeak", "flite", "festival");

    /**
     * Parses a spec; the engine is case-insensitive.
     *
     * @throws IllegalArgumentException naming the spec and what is expected
     */
    public static VoiceSpec parse(String spec) {
        String s = spec == null ? "" : spec.strip();
        int colon = s.indexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException("caller voice '" + s + "': expected ENGINE:VOICE, e.g. espeak:en-us+m3,"
                    + " flite:kal, festival:kal_diphone, mary:cmu-slt-hsmm");
        }
        String engine = s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!ENGINES.contains(engine)) {
            throw new IllegalArgumentException("caller voice '" + s + "': unknown engine '" + engine + "' (engines: "
                    + String.join(", ", ENGINES) + ")");
        }
        return new VoiceSpec(engine, s.substring(colon + 1).strip());
    }

    @Override
    public String toString() {
        return engine + ":" + voice;
    }
}
