package io.callbot.asr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callbot.audio.Resampler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * One Vosk {@link Recognizer} fed with 8 kHz audio through the 8 to 16 kHz resampler (the model is 16 kHz). Collects the
 * segments Vosk finalizes on its own inside a turn, so a turn's result is all its words. Asked for alternatives, it
 * also keeps Vosk's next-best readings of each segment (n-best from the lattice: a little more work at the end of a
 * segment, none per frame). Not thread-safe: used by the owning session's serial work only.
 */
final class VoskDecoder implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final float MODEL_RATE = 16000f;
    /**
     * Quiet needed after a turn's last speech before its result is taken without ending the input: Vosk decodes the
     * last frames only once the model's right context and the rest of its chunk have arrived, and frames left
     * undecoded would start the next turn. 400 ms give the same words as a final result with the model's own chunk (a
     * turn ends after 250–700 ms of it, so the rest is made up with zeros); a longer chunk set by {@code
     * asr.frames_per_chunk} adds its length.
     */
    private static final int TAIL_MILLIS = 400;

    private final Recognizer recognizer;
    private final DecoderKind kind;
    private final short[] tail;
    private Resampler.Stream upsampler = newUpsampler();
    private final List<RecognizedWord> segmentWords = new ArrayList<>();
    /** Per finalized segment of the turn, its readings best first (only when alternatives are asked for). */
    private final List<List<String>> segmentReadings = new ArrayList<>();
    private List<String> turnAlternatives = List.of();

    /** A decoder of this kind: grammar mode or free-form, with or without next-best readings. */
    VoskDecoder(Model model, DecoderKind kind) {
        this(model, kind, AsrSettings.MODELS_OWN_FRAMES_PER_CHUNK);
    }

    /** Like {@link #VoskDecoder(Model, DecoderKind)} for a model set to evaluate this many frames at once. */
    VoskDecoder(Model model, DecoderKind kind, int framesPerChunk) {
        this.kind = kind;
        this.tail = new short[(TAIL_MILLIS + 10 * framesPerChunk) * 8];
        int alternatives = kind.alternatives();
        try {
            recognizer = kind.freeForm() ? new Recognizer(model, MODEL_RATE)
                    : new Recognizer(model, MODEL_RATE, kind.grammarJson());
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a Vosk recognizer", e);
        }
        recognizer.setWords(true);
        if (alternatives > 0) {
            recognizer.setMaxAlternatives(alternatives + 1);
        }
    }

    /** Feeds 8 kHz samples. */
    void feed(short[] samples, int offset, int length) {
        short[] up = upsampler.accept(samples, offset, length);
        if (recognizer.acceptWaveForm(up, up.length)) {
            segmentEnded(recognizer.getResult());
        }
    }

    /** The words of the turn so far (finalized segments plus Vosk's current partial). */
    String partialText() {
        String partial = text(recognizer.getPartialResult(), "partial");
        StringBuilder sb = new StringBuilder();
        segmentWords.forEach(w -> sb.append(w.word()).append(' '));
        return sb.append(partial).toString().trim();
    }

    /**
     * Ends the turn: all its words. What Vosk learned of the caller's voice (its i-vector, the model's speaker
     * adaptation) carries over to this decoder's next turn, which a final result would drop: measured on 120 dev lines
     * each decoded after the line before in the same voice, free-form word errors fell from 36.9 to 31.5 % (espeak
     * en-us) and from 16.8 to 11.6 % (flite slt), and stayed at 14.2 % (flite kal).
     *
     * @param quietFedMillis the silence after the turn's last speech already fed
     */
    List<RecognizedWord> finishTurn(long quietFedMillis) {
        int missing = (int) Math.max(0, tail.length - quietFedMillis * 8);
        if (missing > 0) {
            feed(tail, 0, missing);
        }
        return turnWords(recognizer.getResult());
    }

    /** Ends the decode and its input: all its words; the next audio is decoded as by a new decoder. */
    List<RecognizedWord> finish() {
        return turnWords(recognizer.getFinalResult());
    }

    /** Decodes the caller's earlier audio and drops its words, so that the next turn starts adapted to the voice. */
    void adaptTo(short[] callerAudio) {
        feed(callerAudio, 0, callerAudio.length);
        finishTurn(0);
        turnAlternatives = List.of();
    }

    private List<RecognizedWord> turnWords(String lastSegment) {
        segmentEnded(lastSegment);
        List<RecognizedWord> all = new ArrayList<>(segmentWords);
        turnAlternatives = alternativesOf(segmentReadings, kind.alternatives());
        segmentWords.clear();
        segmentReadings.clear();
        return all;
    }

    /**
     * The next-best readings of the turn {@link #finish} last ended, best first, none equal to its best reading:
     * reading k joins each segment's k-th reading (its best where it has fewer).
     */
    List<String> alternatives() {
        return turnAlternatives;
    }

    DecoderKind kind() {
        return kind;
    }

    /**
     * Readies the decoder for another call, as a new one would be, keeping only its decoding graph as far as Vosk
     * composed it. Vosk starts a new feature pipeline (the i-vector's speaker adaptation included) and decoder state
     * only after a final result of a running utterance: a sample fed first makes sure one is running, whatever the
     * decoder went through (a turn finished, one discarded, a segment ended by Vosk).
     */
    void recycle() {
        recognizer.acceptWaveForm(new short[1], 1);
        recognizer.getFinalResult();
        upsampler = newUpsampler();
        segmentWords.clear();
        segmentReadings.clear();
        turnAlternatives = List.of();
    }

    private static Resampler.Stream newUpsampler() {
        return Resampler.of(8000, (int) MODEL_RATE, Resampler.LIVE_UP_ZERO_CROSSINGS).stream();
    }

    /** Drops what was heard so far without reporting it (the adaptation to the caller's voice stays). */
    void discard() {
        feed(tail, 0, tail.length);
        recognizer.reset();
        segmentWords.clear();
        segmentReadings.clear();
    }

    /** A segment's result, parsed once for its words and, when asked for, its readings. */
    private void segmentEnded(String json) {
        JsonNode root = parse(json);
        segmentWords.addAll(words(root));
        if (kind.alternatives() > 0) {
            segmentReadings.add(readings(root));
        }
    }

    static List<String> alternativesOf(List<List<String>> segments, int max) {
        String best = joined(segments, 0);
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int k = 1; k <= max; k++) {
            String reading = joined(segments, k);
            if (!reading.equals(best) && !reading.isBlank()) {
                out.add(reading);
            }
        }
        return List.copyOf(out);
    }

    private static String joined(List<List<String>> segments, int k) {
        StringBuilder sb = new StringBuilder();
        for (List<String> readings : segments) {
            String r = readings.isEmpty() ? "" : readings.get(Math.min(k, readings.size() - 1));
            if (!r.isBlank()) {
                sb.append(sb.length() == 0 ? "" : " ").append(r);
            }
        }
        return sb.toString();
    }

    /** A result's readings, best first: its alternatives' texts, or its one text. */
    static List<String> readings(String json) {
        return readings(parse(json));
    }

    private static List<String> readings(JsonNode root) {
        List<String> out = new ArrayList<>();
        JsonNode alts = root.path("alternatives");
        if (alts.isArray()) {
            alts.forEach(a -> out.add(a.path("text").asText("").trim()));
        } else {
            out.add(root.path("text").asText("").trim());
        }
        return out;
    }

    @Override
    public void close() {
        recognizer.close();
    }

    static List<RecognizedWord> words(String json) {
        return words(parse(json));
    }

    private static List<RecognizedWord> words(JsonNode root) {
        List<RecognizedWord> words = new ArrayList<>();
        if (root.path("alternatives").isArray()) {
            // n-best results carry a score per reading, not a confidence per word: the best reading's words
            JsonNode best = root.path("alternatives").path(0);
            for (String w : PhraseText.words(best.path("text").asText(""))) {
                words.add(new RecognizedWord(w, 0));
            }
            return words;
        }
        JsonNode result = root.path("result");
        if (result.isArray() && !result.isEmpty()) {
            for (JsonNode w : result) {
                words.add(new RecognizedWord(w.path("word").asText(), w.path("conf").asDouble(0)));
            }
            return words;
        }
        // without per-word results (no speech, or setWords off) fall back to the text
        for (String w : PhraseText.words(root.path("text").asText(""))) {
            words.add(new RecognizedWord(w, 0));
        }
        return words;
    }

    private static String text(String json, String field) {
        return parse(json).path(field).asText("");
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("unparseable Vosk result: " + json, e);
        }
    }
}
