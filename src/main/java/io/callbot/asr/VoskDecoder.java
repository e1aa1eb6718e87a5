package io.callbot.asr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * One Vosk {@link Recognizer} fed with 8 kHz audio through the 2x upsampler (the model is 16 kHz). Collects the
 * segments Vosk finalizes on its own inside a turn, so a turn's result is all its words. Not thread-safe: used by the
 * owning session's serial work only.
 */
final class VoskDecoder implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final float MODEL_RATE = 16000f;

    private final Recognizer recognizer;
    private final Upsampler2x upsampler = new Upsampler2x();
    private final List<RecognizedWord> segmentWords = new ArrayList<>();

    /** Grammar mode when {@code grammar} is not null, free-form otherwise. */
    VoskDecoder(Model model, Grammar grammar) {
        try {
            recognizer = grammar == null ? new Recognizer(model, MODEL_RATE)
                    : new Recognizer(model, MODEL_RATE, grammar.json());
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a Vosk recognizer", e);
        }
        recognizer.setWords(true);
    }

    /** Feeds 8 kHz samples. */
    void feed(short[] samples, int offset, int length) {
        short[] up = upsampler.process(samples, offset, length);
        if (recognizer.acceptWaveForm(up, up.length)) {
            segmentWords.addAll(words(recognizer.getResult()));
        }
    }

    /** The words of the turn so far (finalized segments plus Vosk's current partial). */
    String partialText() {
        String partial = text(recognizer.getPartialResult(), "partial");
        StringBuilder sb = new StringBuilder();
        segmentWords.forEach(w -> sb.append(w.word()).append(' '));
        return sb.append(partial).toString().trim();
    }

    /** Ends the turn: all its words; the recognizer is ready for the next turn. */
    List<RecognizedWord> finish() {
        List<RecognizedWord> all = new ArrayList<>(segmentWords);
        all.addAll(words(recognizer.getFinalResult()));
        segmentWords.clear();
        return all;
    }

    /** Drops what was heard so far without reporting it. */
    void discard() {
        recognizer.reset();
        segmentWords.clear();
    }

    @Override
    public void close() {
        recognizer.close();
    }

    static List<RecognizedWord> words(String json) {
        JsonNode root = parse(json);
        List<RecognizedWord> words = new ArrayList<>();
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
