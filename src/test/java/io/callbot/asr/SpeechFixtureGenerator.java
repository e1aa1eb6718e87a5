package io.callbot.asr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import marytts.LocalMaryInterface;

/**
 * Makes the committed speech fixtures in {@code src/test/resources/speech/}: MaryTTS (voice cmu-slt-hsmm, 48 kHz)
 * downsampled to 8 kHz 16-bit mono WAVs. Run once by hand: {@code java ... io.callbot.asr.SpeechFixtureGenerator DIR};
 * single-threaded.
 */
public final class SpeechFixtureGenerator {

    /** File name (without .wav) to the text spoken; "Stop calling me." because the lower-case form makes MaryTTS swallow "stop". */
    static final Map<String, String> UTTERANCES = Map.of(
            "yes", "yes",
            "no-thanks", "no thanks",
            "stop-calling-me", "Stop calling me.",
            "call-me-tomorrow", "call me tomorrow",
            "one-two-three", "one two three",
            "yes-i-am-interested", "yes I am interested",
            "please-remove-me-from-your-list", "please remove me from your list",
            "can-i-talk-to-a-person", "can I talk to a person");

    private SpeechFixtureGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/speech");
        Files.createDirectories(dir);
        LocalMaryInterface mary = new LocalMaryInterface();
        mary.setVoice("cmu-slt-hsmm");
        for (Map.Entry<String, String> e : UTTERANCES.entrySet()) {
            short[] pcm48 = synthesize(mary, e.getValue());
            short[] pcm8 = TestAudio.downsample48to8(pcm48);
            Path file = dir.resolve(e.getKey() + ".wav");
            TestAudio.writeWav8k(file, pcm8);
            System.out.printf("%s: %d ms%n", file, pcm8.length / 8);
        }
    }

    static short[] synthesize(LocalMaryInterface mary, String text) throws Exception {
        AudioInputStream in = mary.generateAudio(text);
        AudioFormat f = in.getFormat();
        if (f.getChannels() != 1 || f.getSampleSizeInBits() != 16 || Math.round(f.getSampleRate()) != 48000) {
            throw new IllegalStateException("unexpected MaryTTS format " + f);
        }
        byte[] bytes = readFully(in);
        return TestAudio.toShorts(bytes, f.isBigEndian());
    }

    /** MaryTTS's stream returns only its first 8192 bytes from readAllBytes, so read in a loop. */
    private static byte[] readFully(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
