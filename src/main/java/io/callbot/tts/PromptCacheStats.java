package io.callbot.tts;

/**
 * Prompt cache counters since start. A request is counted once: a memory hit, a disk hit, a miss (synthesized), or
 * coalesced (joined a render already running for the same key). Immutable snapshot.
 */
public record PromptCacheStats(long memoryHits, long diskHits, long misses, long coalesced, long failures,
        int memoryEntries, long memoryBytes, int renderQueueLength) {

    public long hits() {
        return memoryHits + diskHits;
    }
}
