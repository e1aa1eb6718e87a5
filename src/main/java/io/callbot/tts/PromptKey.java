package io.callbot.tts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** What a cached prompt is keyed by: the voice and the text <em>after</em> normalization. Immutable value. */
public record PromptKey(TtsVoice voice, String normalizedText) {

    /** Bump when the audio for the same key would change (resampler, format), so old disk entries are not reused. */
    private static final String FORMAT = "pcm8k-v1";

    public PromptKey {
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(normalizedText, "normalizedText");
    }

    /** SHA-256 of format, voice, language and text, in hex: the disk cache's file name stem. */
    public String hash() {
        String material = FORMAT + '\n' + voice.name() + '\n' + voice.language().toLanguageTag() + '\n' + normalizedText;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
