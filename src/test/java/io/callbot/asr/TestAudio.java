package io.callbot.asr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Random;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Test audio helpers: 8 kHz 16-bit mono WAV I/O, a 48 to 8 kHz downsampler, tones, noise, Goertzel; stateless. */
public final class TestAudio {

    public static final float RATE_8K = 8000f;

    private TestAudio() {
    }

    /** Windowed-sinc (Blackman, 193 taps) low-pass at 3.6 kHz on 48 kHz, then keeps every 6th sample. */
    static short[] downsample48to8(short[] in) {
        int taps = 193;
        int mid = taps / 2;
        double fc = 3600.0 / 48000.0;
        double[] h = new double[taps];
        double sum = 0;
        for (int i = 0; i < taps; i++) {
            int k = i - mid;
            double sinc = k == 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * k) / (Math.PI * k);
            double w = 0.42 - 0.5 * Math.cos(2 * Math.PI * i / (taps - 1)) + 0.08 * Math.cos(4 * Math.PI * i / (taps - 1));
            h[i] = sinc * w;
            sum += h[i];
        }
        short[] out = new short[in.length / 6];
        for (int o = 0; o < out.length; o++) {
            int center = o * 6;
            double acc = 0;
            for (int i = 0; i < taps; i++) {
                int idx = center + i - mid;
                if (idx >= 0 && idx < in.length) {
                    acc += h[i] / sum * in[idx];
                }
            }
            out[o] = clip(acc);
        }
        return out;
    }

    static short clip(double v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
    }

    static short[] toShorts(byte[] bytes, boolean bigEndian) {
        short[] s = new short[bytes.length / 2];
        for (int i = 0; i < s.length; i++) {
            int lo = bytes[2 * i + (bigEndian ? 1 : 0)] & 0xff;
            int hi = bytes[2 * i + (bigEndian ? 0 : 1)];
            s[i] = (short) ((hi << 8) | lo);
        }
        return s;
    }

    static byte[] toLittleEndian(short[] s) {
        byte[] b = new byte[s.length * 2];
        for (int i = 0; i < s.length; i++) {
            b[2 * i] = (byte) s[i];
            b[2 * i + 1] = (byte) (s[i] >> 8);
        }
        return b;
    }

    static void writeWav8k(Path file, short[] pcm) {
        AudioFormat f = new AudioFormat(RATE_8K, 16, 1, true, false);
        try (AudioInputStream ais = new AudioInputStream(new ByteArrayInputStream(toLittleEndian(pcm)), f, pcm.length)) {
            AudioSystem.write(ais, AudioFileFormat.Type.WAVE, file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@code /speech/NAME.wav} (8 kHz 16-bit mono) from the test classpath. */
    public static short[] speech(String name) {
        String res = "/speech/" + name + ".wav";
        try (InputStream raw = TestAudio.class.getResourceAsStream(res)) {
            if (raw == null) {
                throw new IllegalArgumentException("missing test resource " + res);
            }
            AudioInputStream ais = AudioSystem.getAudioInputStream(new java.io.BufferedInputStream(raw));
            AudioFormat f = ais.getFormat();
            if (Math.round(f.getSampleRate()) != 8000 || f.getChannels() != 1 || f.getSampleSizeInBits() != 16) {
                throw new IllegalStateException(res + ": expected 8 kHz 16-bit mono, was " + f);
            }
            return toShorts(ais.readAllBytes(), f.isBigEndian());
        } catch (IOException | javax.sound.sampled.UnsupportedAudioFileException e) {
            throw new IllegalStateException(res + ": " + e.getMessage(), e);
        }
    }

    /** Low-level white noise (a phone line is never digitally silent), seeded. */
    public static short[] noise(int samples, int amplitude, long seed) {
        Random r = new Random(seed);
        short[] s = new short[samples];
        for (int i = 0; i < samples; i++) {
            s[i] = (short) Math.round(r.nextGaussian() * amplitude);
        }
        return s;
    }

    /**
     * Babble-like noise, seeded: {@code talkers} independent "voices", each white noise switched on and off in
     * syllables of 80-250 ms (random loudness over 12 dB) with gaps of 40-400 ms, summed and scaled to an RMS of
     * {@code rms}, over a steady murmur 12 dB below them (as in the evaluation's cafe noise). Like a cafe behind the
     * caller, its 10 ms level fluctuates by 15-20 dB around a typical level.
     */
    public static short[] babble(int samples, int talkers, double rms, long seed) {
        Random r = new Random(seed);
        double[] mix = new double[samples];
        for (int t = 0; t < talkers; t++) {
            int at = -r.nextInt(8000);
            while (at < samples) {
                int syllable = 640 + r.nextInt(1360);
                double gain = Math.pow(10, -r.nextDouble() * 12 / 20);
                for (int i = Math.max(0, at); i < Math.min(samples, at + syllable); i++) {
                    double envelope = Math.sin(Math.PI * (i - at) / syllable);
                    mix[i] += r.nextGaussian() * gain * envelope;
                }
                at += syllable + 320 + r.nextInt(2880);
            }
        }
        double talking = 0;
        for (double v : mix) {
            talking += v * v;
        }
        double murmur = Math.sqrt(talking / samples / Math.pow(10, 1.2));
        double power = 0;
        for (int i = 0; i < samples; i++) {
            mix[i] += r.nextGaussian() * murmur;
            power += mix[i] * mix[i];
        }
        double scale = rms / Math.sqrt(Math.max(1e-12, power / samples));
        short[] out = new short[samples];
        for (int i = 0; i < samples; i++) {
            out[i] = clip(mix[i] * scale);
        }
        return out;
    }

    /** Root mean square of the active part of a clip (frames within 30 dB of its loudest 10 ms frame). */
    public static double activeRms(short[] s) {
        double loudest = 0;
        for (int f = 0; f + 80 <= s.length; f += 80) {
            loudest = Math.max(loudest, framePower(s, f));
        }
        double sum = 0;
        int n = 0;
        for (int f = 0; f + 80 <= s.length; f += 80) {
            double p = framePower(s, f);
            if (p >= loudest / 1000) {
                sum += p;
                n++;
            }
        }
        return Math.sqrt(sum / Math.max(1, n));
    }

    private static double framePower(short[] s, int from) {
        double p = 0;
        for (int i = from; i < from + 80; i++) {
            p += (double) s[i] * s[i];
        }
        return p / 80;
    }

    /** Adds {@code noise} (from its start) to a copy of the signal. */
    public static short[] mix(short[] signal, short[] noise) {
        short[] out = new short[signal.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = clip(signal[i] + (i < noise.length ? noise[i] : 0));
        }
        return out;
    }

    public static short[] tone(double hz, double amplitude, int samples, double rate) {
        short[] s = new short[samples];
        for (int i = 0; i < samples; i++) {
            s[i] = clip(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return s;
    }

    /** Concatenates clips. */
    public static short[] concat(short[]... parts) {
        int n = 0;
        for (short[] p : parts) {
            n += p.length;
        }
        short[] out = new short[n];
        int pos = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, out, pos, p.length);
            pos += p.length;
        }
        return out;
    }

    /** Adds noise to a copy of the signal. */
    public static short[] withNoise(short[] signal, int amplitude, long seed) {
        short[] n = noise(signal.length, amplitude, seed);
        short[] out = new short[signal.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = clip(signal[i] + n[i]);
        }
        return out;
    }

    /** Amplitude of the component at {@code hz} (Goertzel over the whole block, Hann-windowed, normalized). */
    public static double amplitudeAt(short[] s, int from, int length, double hz, double rate) {
        double coeff = 2 * Math.cos(2 * Math.PI * hz / rate);
        double s1 = 0;
        double s2 = 0;
        double wsum = 0;
        for (int i = 0; i < length; i++) {
            double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (length - 1));
            wsum += w;
            double s0 = w * s[from + i] + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
        return 2 * Math.sqrt(Math.max(power, 0)) / wsum;
    }
}
