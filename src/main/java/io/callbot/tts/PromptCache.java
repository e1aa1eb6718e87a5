package io.callbot.tts;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendered prompts keyed by (voice, normalized text): memory (bounded, LRU), then disk (survives restarts), then
 * the synthesizer. Static prompts are rendered when a campaign loads ({@link #prerender}); personalized ones while
 * the phone rings ({@link #renderAsync}), so a caller never waits for synthesis. Concurrent requests for one key
 * share a single rendering. Thread-safe; renders run on two owned executors: a bounded pool for personalized
 * prompts and one background thread for campaign pre-rendering.
 */
public final class PromptCache implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PromptCache.class);

    private final SpeechSynthesizer synthesizer;
    private final MemoryPromptStore memory;
    private final Optional<DiskPromptStore> disk;
    private final ThreadPoolExecutor renderPool;
    private final ExecutorService prerenderThread;
    private final SynthesisObserver observer;
    private final ConcurrentMap<PromptKey, CompletableFuture<Pcm8k>> inFlight = new ConcurrentHashMap<>();
    private final LongAdder memoryHits = new LongAdder();
    private final LongAdder diskHits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder coalesced = new LongAdder();
    private final LongAdder failures = new LongAdder();

    public PromptCache(SpeechSynthesizer synthesizer, PromptCacheConfig config) {
        this(synthesizer, config, SynthesisObserver.NONE);
    }

    /** A cache that tells {@code observer} how long each synthesis (each miss) took. */
    public PromptCache(SpeechSynthesizer synthesizer, PromptCacheConfig config, SynthesisObserver observer) {
        this.synthesizer = synthesizer;
        this.observer = java.util.Objects.requireNonNull(observer, "observer");
        this.memory = new MemoryPromptStore(config.memoryBytes());
        this.disk = config.diskDirectory().map(DiskPromptStore::new);
        this.renderPool = new ThreadPoolExecutor(config.renderThreads(), config.renderThreads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.renderQueue()), named("tts-render"));
        this.prerenderThread = Executors.newSingleThreadExecutor(named("tts-prerender"));
    }

    /** The cache key for {@code text}: normalized for the voice's language. */
    public PromptKey key(String text, TtsVoice voice) {
        return new PromptKey(voice, TextNormalizer.forLanguage(voice.language()).normalize(text));
    }

    public TtsVoice defaultVoice() {
        return synthesizer.defaultVoice();
    }

    /** Audio if it is in memory now; never blocks. */
    public Optional<Pcm8k> cached(String text, TtsVoice voice) {
        return memory.get(key(text, voice));
    }

    /** Renders on the caller's thread if needed (blocks for synthesis on a miss); for tools and fallbacks. */
    public Pcm8k render(String text, TtsVoice voice) {
        PromptKey key = key(text, voice);
        Optional<Pcm8k> hit = memory.get(key);
        if (hit.isPresent()) {
            memoryHits.increment();
            return hit.get();
        }
        return submit(key, Runnable::run).join();
    }

    public Pcm8k render(String text) {
        return render(text, defaultVoice());
    }

    /**
     * Starts rendering a personalized prompt on the bounded render pool and returns at once. A memory hit returns a
     * completed future. When the pool's queue is full the future fails at once with a {@link SynthesisException}.
     * Dependent stages added without an executor run on the render thread: use {@code thenAcceptAsync(fn, yours)}.
     */
    public CompletableFuture<Pcm8k> renderAsync(String text, TtsVoice voice) {
        PromptKey key = key(text, voice);
        Optional<Pcm8k> hit = memory.get(key);
        if (hit.isPresent()) {
            memoryHits.increment();
            return CompletableFuture.completedFuture(hit.get());
        }
        return submit(key, renderPool);
    }

    public CompletableFuture<Pcm8k> renderAsync(String text) {
        return renderAsync(text, defaultVoice());
    }

    /**
     * Renders static prompts one after another on the background thread (so they never fill the personalized
     * render queue); the future completes when all are cached, or fails with the first failure.
     */
    public CompletableFuture<Void> prerender(Collection<String> texts, TtsVoice voice) {
        LinkedHashSet<PromptKey> keys = new LinkedHashSet<>();
        texts.forEach(text -> keys.add(key(text, voice)));
        CompletableFuture<?>[] all = keys.stream()
                .map(key -> memory.get(key).isPresent() ? CompletableFuture.completedFuture(null) : submit(key, prerenderThread))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(all);
    }

    public CompletableFuture<Void> prerender(Collection<String> texts) {
        return prerender(texts, defaultVoice());
    }

    public PromptCacheStats stats() {
        return new PromptCacheStats(memoryHits.sum(), diskHits.sum(), misses.sum(), coalesced.sum(), failures.sum(),
                memory.size(), memory.bytes(), renderPool.getQueue().size());
    }

    private CompletableFuture<Pcm8k> submit(PromptKey key, Executor executor) {
        CompletableFuture<Pcm8k> mine = new CompletableFuture<>();
        CompletableFuture<Pcm8k> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            coalesced.increment();
            return running;
        }
        try {
            executor.execute(() -> load(key, mine));
        } catch (RejectedExecutionException e) {
            inFlight.remove(key, mine);
            failures.increment();
            mine.completeExceptionally(new SynthesisException("prompt render queue is full ("
                    + renderPool.getQueue().size() + " waiting); not rendering "
                    + SynthesisException.quote(key.normalizedText()), e));
        }
        return mine;
    }

    private void load(PromptKey key, CompletableFuture<Pcm8k> result) {
        try {
            result.complete(lookUpOrSynthesize(key));
        } catch (RuntimeException | Error e) {
            failures.increment();
            log.warn("prompt render failed voice={} text={}: {}", key.voice(), SynthesisException.quote(
                    key.normalizedText()), e.getMessage());
            result.completeExceptionally(e);
        } finally {
            inFlight.remove(key, result);
        }
    }

    private Pcm8k lookUpOrSynthesize(PromptKey key) {
        Optional<Pcm8k> inMemory = memory.get(key);
        if (inMemory.isPresent()) {
            memoryHits.increment();
            return inMemory.get();
        }
        Optional<Pcm8k> onDisk = disk.flatMap(store -> store.read(key));
        if (onDisk.isPresent()) {
            diskHits.increment();
            memory.put(key, onDisk.get());
            return onDisk.get();
        }
        misses.increment();
        long started = System.nanoTime();
        Pcm8k audio = synthesizer.synthesize(key.normalizedText(), key.voice());
        long took = System.nanoTime() - started;
        log.debug("prompt rendered voice={} chars={} audio_ms={} took_ms={}", key.voice(), key.normalizedText().length(),
                audio.duration().toMillis(), took / 1_000_000);
        try {
            observer.synthesized(java.time.Duration.ofNanos(took), audio.duration());
        } catch (RuntimeException e) {
            log.warn("synthesis observer failed: {}", e.toString());
        }
        memory.put(key, audio);
        disk.ifPresent(store -> store.write(key, audio));
        return audio;
    }

    /** Stops rendering; renders not yet finished fail with a {@link SynthesisException} so no caller waits forever. */
    @Override
    public void close() {
        renderPool.shutdownNow();
        prerenderThread.shutdownNow();
        inFlight.values().forEach(f -> f.completeExceptionally(new SynthesisException("prompt cache closed")));
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
