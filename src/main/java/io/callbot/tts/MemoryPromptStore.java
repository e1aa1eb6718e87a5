package io.callbot.tts;

import io.callbot.audio.Pcm8k;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered prompts in memory, least recently used evicted first once the audio exceeds a byte budget.
 * Thread-safe: every method is synchronized (each is a few map operations).
 */
final class MemoryPromptStore {

    private final long maxBytes;
    private final LinkedHashMap<PromptKey, Pcm8k> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    MemoryPromptStore(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized Optional<Pcm8k> get(PromptKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** An entry larger than the whole budget is not kept (it would evict everything else). */
    synchronized void put(PromptKey key, Pcm8k audio) {
        if (audio.byteSize() > maxBytes) {
            return;
        }
        Pcm8k previous = entries.put(key, audio);
        bytes += audio.byteSize() - (previous == null ? 0 : previous.byteSize());
        Iterator<Map.Entry<PromptKey, Pcm8k>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().byteSize();
            eldest.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized long bytes() {
        return bytes;
    }
}
