package io.callbot.sim.voice;

import java.util.Objects;
import java.util.function.Function;

/**
 * Opens a {@link CallerVoice} from its spec, checking that the engine's program is installed and knows the voice, so
 * a typo fails at once with what is available. MaryTTS lives in the robot's {@code tts} package, which this package
 * must not import: the wiring hands in how to open a MaryTTS voice by name. Thread-safe.
 */
public final class CallerVoices {

    private final Function<String, CallerVoice> maryVoices;

    /** @param maryVoices opens a MaryTTS voice by name (throwing {@link VoiceUnavailableException}), or null */
    public CallerVoices(Function<String, CallerVoice> maryVoices) {
        this.maryVoices = maryVoices;
    }

    /** Without MaryTTS: espeak, flite and festival only. */
    public static CallerVoices withoutMary() {
        return new CallerVoices(null);
    }

    /**
     * Opens the voice {@code spec} names.
     *
     * @throws IllegalArgumentException for a malformed spec or an unknown engine
     * @throws VoiceUnavailableException for an unknown voice or a missing program, naming what is available
     */
    public CallerVoice open(String spec) {
        VoiceSpec parsed = VoiceSpec.parse(spec);
        try {
            return switch (parsed.engine()) {
                case "espeak" -> EspeakVoice.open(parsed);
                case "flite" -> FliteVoice.open(parsed);
                case "festival" -> FestivalVoice.open(parsed);
                case "mary" -> mary(parsed);
                default -> throw new IllegalStateException("engine " + parsed.engine());
            };
        } catch (VoiceUnavailableException e) {
            throw new VoiceUnavailableException("caller voice '" + parsed + "': " + e.getMessage(), e);
        }
    }

    private CallerVoice mary(VoiceSpec spec) {
        if (maryVoices == null) {
            throw new VoiceUnavailableException("MaryTTS voices are not available here");
        }
        return Objects.requireNonNull(maryVoices.apply(spec.voice()), "mary voice");
    }
}
