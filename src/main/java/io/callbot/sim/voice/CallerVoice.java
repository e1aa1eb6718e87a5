package io.callbot.sim.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Port: a simulated caller's voice, turning text into 8 kHz 16-bit mono samples (the sample rate of the telephone
 * line). Opened from a spec such as {@code espeak:en-us+m3} by {@link CallerVoices}. Implementations say their
 * thread model; those here are safe from any thread.
 */
public interface CallerVoice {

    /** The spec this voice was opened from, e.g. {@code flite:kal}. */
    String spec();

    /**
     * Speaks {@code text}; blocks for the synthesis.
     *
     * @return 8 kHz 16-bit signed mono samples, at the engine's own level (the channel normalizes it)
     * @throws VoiceUnavailableException when the engine fails
     */
    short[] speak(String text);

    /** Speaks each text, in order; engines with a slow start (festival) do it in one run. */
    default List<short[]> speakAll(List<String> texts) {
        List<short[]> out = new ArrayList<>();
        for (String text : texts) {
            out.add(speak(text));
        }
        return out;
    }
}
