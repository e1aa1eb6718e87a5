package io.callbot.asr;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The free-form second pass over one turn's audio: keeps the turn's samples, can start decoding them while the
 * caller still speaks (then it is fed as the audio arrives, so only the tail is left when the turn ends), and
 * decodes them on demand. It takes a decoder only for a turn that needs one and gives it back when the turn's decode is
 * done, so a few free-form decoders serve all calls. Not thread-safe: owned by one session's serial work.
 */
final class FreeFormPass {

    private static final int RATE = 8000;

    private final Supplier<VoskDecoder> decoders;
    private final Consumer<VoskDecoder> release;
    private final TurnAudio audio = new TurnAudio();
    private VoskDecoder decoder;
    private boolean feeding;
    private long decodeNanos;

    FreeFormPass(Supplier<VoskDecoder> decoders, Consumer<VoskDecoder> release) {
        this.decoders = decoders;
        this.release = release;
    }

    /** A new turn starts: forget the last one's audio. */
    void newTurn() {
        audio.clear();
    }

    void append(short[] samples, int length) {
        audio.append(samples, length);
        if (feeding) {
            feed(samples, length);
        }
    }

    /** Starts decoding the audio so far and keeps feeding what follows. */
    void startEarly() {
        if (!feeding) {
            feeding = true;
            feed(audio.samples(), audio.length());
        }
    }

    boolean startedEarly() {
        return feeding;
    }

    /** Decodes the turn (or finishes the decode started early). */
    SecondPass finish() {
        boolean early = feeding;
        feeding = false;
        if (!early) {
            feed(audio.samples(), audio.length());
        }
        long t0 = System.nanoTime();
        List<RecognizedWord> words = decoder.finish();
        Duration took = Duration.ofNanos(decodeNanos + System.nanoTime() - t0);
        decodeNanos = 0;
        List<String> alternatives = decoder.alternatives();
        giveBack();
        return new SecondPass(words.stream().map(RecognizedWord::word).collect(Collectors.joining(" ")), words,
                words.stream().mapToDouble(RecognizedWord::confidence).average().orElse(0), took,
                Duration.ofNanos(audio.length() * 1_000_000_000L / RATE), early, alternatives);
    }

    /** The turn needs no second pass: drops a decode started early. */
    void discard() {
        feeding = false;
        giveBack();
        decodeNanos = 0;
    }

    void close() {
        giveBack();
        feeding = false;
    }

    private void giveBack() {
        if (decoder != null) {
            VoskDecoder d = decoder;
            decoder = null;
            release.accept(d);
        }
    }

    private void feed(short[] samples, int length) {
        if (decoder == null) {
            decoder = decoders.get();
        }
        long t0 = System.nanoTime();
        decoder.feed(samples, 0, length);
        decodeNanos += System.nanoTime() - t0;
    }
}
