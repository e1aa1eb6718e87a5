package io.callbot.tts;

import io.callbot.audio.Pcm8k;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A synthesizer double: deterministic audio per text, records what it was asked, can be held until released. */
final class FakeSynthesizer implements SpeechSynthesizer {

    final List<String> spoken = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    final CountDownLatch started = new CountDownLatch(1);

    /** Makes every synthesis wait until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    static Pcm8k audioFor(String text) {
        short[] samples = new short[text.length() * 80];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (text.hashCode() + i);
        }
        return new Pcm8k(samples);
    }

    @Override
    public Pcm8k synthesize(String text, TtsVoice voice) {
        spoken.add(text);
        started.countDown();
        try {
            if (!gate.await(10, TimeUnit.SECONDS)) {
                throw new SynthesisException("fake synthesizer was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SynthesisException("interrupted");
        }
        if (text.contains("FAIL")) {
            throw new SynthesisException("cannot say " + text);
        }
        return audioFor(text);
    }

    @Override
    public TtsVoice defaultVoice() {
        return TtsVoice.DEFAULT;
    }
}
