package io.callbot.tts;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Prompt cache settings, validated on construction; immutable. {@code diskDirectory} empty means memory only.
 *
 * @param memoryBytes   audio kept in memory (16 kB per second of audio; 64 MB ≈ 70 minutes)
 * @param renderThreads threads rendering personalized prompts (MaryTTS itself runs one request at a time)
 * @param renderQueue   personalized renders allowed to wait; beyond it {@code renderAsync} fails at once
 */
public record PromptCacheConfig(Optional<Path> diskDirectory, long memoryBytes, int renderThreads, int renderQueue) {

    public static final long DEFAULT_MEMORY_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_RENDER_THREADS = 1;
    public static final int DEFAULT_RENDER_QUEUE = 500;

    public PromptCacheConfig {
        if (memoryBytes <= 0) {
            throw new IllegalArgumentException("tts.cache.memory_bytes must be > 0, was " + memoryBytes);
        }
        if (renderThreads <= 0) {
            throw new IllegalArgumentException("tts.render_threads must be > 0, was " + renderThreads);
        }
        if (renderQueue <= 0) {
            throw new IllegalArgumentException("tts.render_queue must be > 0, was " + renderQueue);
        }
    }

    public static PromptCacheConfig defaults(Path diskDirectory) {
        return new PromptCacheConfig(Optional.of(diskDirectory), DEFAULT_MEMORY_BYTES, DEFAULT_RENDER_THREADS,
                DEFAULT_RENDER_QUEUE);
    }

    public static PromptCacheConfig memoryOnly() {
        return new PromptCacheConfig(Optional.empty(), DEFAULT_MEMORY_BYTES, DEFAULT_RENDER_THREADS, DEFAULT_RENDER_QUEUE);
    }
}
