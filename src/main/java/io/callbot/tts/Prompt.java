package io.callbot.tts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the robot says in one turn: a sequence of recorded WAV prompts and text to synthesize, played in order.
 * Written as text with recordings in square brackets, e.g. {@code "[greeting.wav] Your order #4217 ships today."}.
 * Immutable value.
 */
public record Prompt(List<Piece> pieces) {

    private static final Pattern RECORDING = Pattern.compile("\\[([^\\[\\]]+\\.wav)\\]", Pattern.CASE_INSENSITIVE);

    /** One part of a prompt. */
    public sealed interface Piece permits Recording, Speech {
    }

    /** A WAV file from the recorded-prompts directory, by its name relative to it (e.g. {@code "en/hello.wav"}). */
    public record Recording(String name) implements Piece {
        public Recording {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Text for the synthesizer (normalized before synthesis). */
    public record Speech(String text) implements Piece {
        public Speech {
            Objects.requireNonNull(text, "text");
        }
    }

    public Prompt {
        pieces = List.copyOf(pieces);
    }

    /** Splits {@code spec} into recordings ({@code [name.wav]}) and the text between them; blank text is dropped. */
    public static Prompt parse(String spec) {
        List<Piece> pieces = new ArrayList<>();
        Matcher matcher = RECORDING.matcher(spec);
        int at = 0;
        while (matcher.find()) {
            addSpeech(pieces, spec.substring(at, matcher.start()));
            pieces.add(new Recording(matcher.group(1).strip()));
            at = matcher.end();
        }
        addSpeech(pieces, spec.substring(at));
        return new Prompt(pieces);
    }

    public static Prompt speech(String text) {
        return new Prompt(List.of(new Speech(text)));
    }

    public static Prompt recording(String name) {
        return new Prompt(List.of(new Recording(name)));
    }

    public List<String> speechTexts() {
        return pieces.stream().filter(Speech.class::isInstance).map(p -> ((Speech) p).text()).toList();
    }

    public List<String> recordingNames() {
        return pieces.stream().filter(Recording.class::isInstance).map(p -> ((Recording) p).name()).toList();
    }

    private static void addSpeech(List<Piece> pieces, String text) {
        if (!text.isBlank()) {
            pieces.add(new Speech(text.strip()));
        }
    }
}
