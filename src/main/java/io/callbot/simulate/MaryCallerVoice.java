package io.callbot.simulate;

import io.callbot.sim.voice.CallerVoice;
import io.callbot.sim.voice.CallerVoices;
import io.callbot.sim.voice.VoiceUnavailableException;
import io.callbot.tts.MaryTtsSynthesizer;
import io.callbot.tts.SynthesisException;
import io.callbot.tts.TtsVoice;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A MaryTTS voice as a simulated caller's voice ({@code mary:cmu-slt-hsmm}), through the robot's own
 * {@link MaryTtsSynthesizer} (already at 8 kHz). Thread-safe as the synthesizer is (it serializes requests).
 */
public final class MaryCallerVoice implements CallerVoice {

    private final MaryTtsSynthesizer mary;
    private final TtsVoice voice;

    private MaryCallerVoice(MaryTtsSynthesizer mary, TtsVoice voice) {
        this.mary = mary;
        this.voice = voice;
    }

    /**
     * Caller voices with MaryTTS plugged in; {@code mary} is asked for only when a {@code mary:} voice is opened
     * (MaryTTS takes seconds to start).
     */
    public static CallerVoices voices(Supplier<MaryTtsSynthesizer> mary) {
        return new CallerVoices(name -> {
            TtsVoice voice = new TtsVoice(name, Locale.US);
            MaryTtsSynthesizer synthesizer = mary.get();
            if (!synthesizer.availableVoices().contains(name)) {
                throw new VoiceUnavailableException("MaryTTS has no voice '" + name + "' (installed: "
                        + synthesizer.availableVoices() + ")");
            }
            return new MaryCallerVoice(synthesizer, voice);
        });
    }

    /** Caller voices with a MaryTTS started on first use under {@code maryBase}. */
    public static CallerVoices voices(Path maryBase) {
        return voices(new Supplier<>() {
            private MaryTtsSynthesizer started;

            @Override
            public synchronized MaryTtsSynthesizer get() {
                if (started == null) {
                    started = MaryTtsSynthesizer.start(maryBase);
                }
                return started;
            }
        });
    }

    @Override
    public String spec() {
        return "mary:" + voice.name();
    }

    @Override
    public short[] speak(String text) {
        try {
            return mary.synthesize(text, voice).samples();
        } catch (SynthesisException e) {
            throw new VoiceUnavailableException(e.getMessage(), e);
        }
    }
}
