package io.callbot.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("unit")
/** Live caller audio at AudioSocket's higher slin rates, streamed down to 8 kHz in 20 ms frames. */
class ResamplerStreamTest {

    @ParameterizedTest
    @ValueSource(ints = {12_000, 16_000, 24_000, 32_000, 44_100, 48_000, 96_000, 192_000})
    void keepsAVoiceBandToneAndItsDurationAtEveryRate(int rate) {
        short[] out = resampleInFrames(rate, 1_000, 1.0);
        assertThat(out.length).isBetween(8_000 - 20, 8_000);
        double rms = rms(out, 400, out.length - 400);
        assertThat(rms).isBetween(0.65 * 10_000 / Math.sqrt(2), 1.05 * 10_000 / Math.sqrt(2));
    }

    @ParameterizedTest
    @ValueSource(ints = {16_000, 48_000})
    void filtersToneAboveFourKilohertzInsteadOfFoldingItBack(int rate) {
        short[] out = resampleInFrames(rate, 6_000, 1.0);
        assertThat(rms(out, 400, out.length - 400)).isLessThan(0.02 * 10_000);
    }

    @ParameterizedTest
    @ValueSource(ints = {8_000, 11_025, 44_100, 48_000})
    void aStreamGivesTheSamplesOfTheDelayedWholeSignalWhateverTheChunks(int rate) {
        Resampler resampler = Resampler.of(rate, 16_000, Resampler.LIVE_UP_ZERO_CROSSINGS);
        java.util.Random random = new java.util.Random(rate);
        short[] in = new short[rate / 2];
        for (int i = 0; i < in.length; i++) {
            in[i] = (short) (8_000 * Math.sin(2 * Math.PI * 440 * i / rate) + random.nextGaussian() * 500);
        }
        short[] delayed = new short[resampler.delayInputSamples() + in.length];
        System.arraycopy(in, 0, delayed, resampler.delayInputSamples(), in.length);
        short[] whole = resampler.apply(delayed);
        Resampler.Stream stream = resampler.stream();
        short[] chunked = new short[whole.length];
        int at = 0;
        for (int pos = 0; pos < in.length; ) {
            int n = Math.min(in.length - pos, 1 + random.nextInt(300));
            short[] part = stream.accept(in, pos, n);
            System.arraycopy(part, 0, chunked, at, part.length);
            at += part.length;
            pos += n;
        }
        assertThat(at).isEqualTo((int) Math.ceil(in.length * 16_000.0 / rate));
        assertThat(java.util.Arrays.copyOf(chunked, at)).isEqualTo(java.util.Arrays.copyOf(whole, at));
    }

    private static short[] resampleInFrames(int rate, double toneHz, double seconds) {
        Resampler.Stream r = Resampler.of(rate, 8_000, Resampler.LIVE_DOWN_ZERO_CROSSINGS).stream();
        int frame = rate / 50;
        java.util.List<short[]> parts = new java.util.ArrayList<>();
        int total = (int) (rate * seconds);
        for (int start = 0; start < total; start += frame) {
            short[] in = new short[Math.min(frame, total - start)];
            for (int i = 0; i < in.length; i++) {
                in[i] = (short) (10_000 * Math.sin(2 * Math.PI * toneHz * (start + i) / rate));
            }
            parts.add(r.accept(in));
        }
        int n = parts.stream().mapToInt(p -> p.length).sum();
        short[] out = new short[n];
        int at = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static double rms(short[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) s[i] * s[i];
        }
        return Math.sqrt(sum / (to - from));
    }
}
