package io.callbot.sim.voice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * G.711 mu-law, the codec of most telephone calls, through the JDK's own codec (javax.sound's PCM/ULAW conversion):
 * 8-bit codes at 8 kHz, and back to 16-bit linear. Stateless; any thread.
 */
public final class MuLaw {

    private static final AudioFormat LINEAR = new AudioFormat(Pcm.RATE, 16, 1, true, false);
    private static final AudioFormat ULAW = new AudioFormat(AudioFormat.Encoding.ULAW, Pcm.RATE, 8, 1, 1, Pcm.RATE,
            false);
    /** The largest magnitude the JDK's encoder takes without overflowing (32767 - its bias of 132). */
    private static final int CLIP = 32635;

    private MuLaw() {
    }

    /** One mu-law byte per sample; beyond +-32635 a sample takes the top code, as in G.711's reference coder. */
    public static byte[] encode(short[] pcm) {
        short[] safe = new short[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            // the JDK's encoder adds its bias in 16 bits: above 32635 it overflows, and 32767 comes out as silence
            safe[i] = (short) Math.max(-CLIP, Math.min(CLIP, pcm[i]));
        }
        return convert(Pcm.toLittleEndian(safe), LINEAR, ULAW, safe.length);
    }

    /** 16-bit linear samples from mu-law bytes. */
    public static short[] decode(byte[] ulaw) {
        return Pcm.fromLittleEndian(convert(ulaw, ULAW, LINEAR, ulaw.length));
    }

    /** What the far end hears: the samples encoded and decoded. */
    public static short[] roundTrip(short[] pcm) {
        return decode(encode(pcm));
    }

    private static byte[] convert(byte[] data, AudioFormat from, AudioFormat to, int frames) {
        if (!AudioSystem.isConversionSupported(to, from)) {
            throw new IllegalStateException("this JDK cannot convert " + from + " to " + to);
        }
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(data), from, frames);
                AudioInputStream out = AudioSystem.getAudioInputStream(to, in)) {
            return out.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
