package io.callbot.tts;

import java.util.Locale;

/** Rewrites text into words a synthesizer reads well (numbers, money, dates...). Implementations are stateless. */
public interface TextNormalizer {

    String normalize(String text);

    /** The normalizer for a voice's language; languages without one get the text unchanged (whitespace tidied). */
    static TextNormalizer forLanguage(Locale language) {
        if (language.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return new EnglishTextNormalizer();
        }
        return text -> text.strip().replaceAll("\\s+", " ");
    }
}
