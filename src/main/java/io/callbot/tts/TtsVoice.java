package io.callbot.tts;

import java.util.Locale;
import java.util.Objects;

/** A synthesis voice by name and the language it speaks (which picks the text normalizer). Immutable value. */
public record TtsVoice(String name, Locale language) {

    /** MaryTTS's US-English female HSMM voice, the one the pom ships. */
    public static final TtsVoice DEFAULT = new TtsVoice("cmu-slt-hsmm", Locale.US);

    public TtsVoice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        if (name.isBlank()) {
            throw new IllegalArgumentException("voice name must not be blank");
        }
    }

    @Override
    public String toString() {
        return name + "/" + language.toLanguageTag();
    }
}
