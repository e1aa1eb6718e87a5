package io.callbot.tts;

import io.callbot.audio.Pcm8k;
import io.callbot.config.DaemonThreads;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendered prompts keyed by (voice, normalized text): memory (bounded, LRU), then disk (survives restarts), then
 * the synthesizer. Prompts are cached sentence by sentence ({@link SentenceSplitter}), so a long prompt starts
 * playing when its first sentence is ready ({@link #renderSentencesAsync}) and common sentences are shared. Static
 * prompts are rendered when a campaign loads ({@link #prerender}), the replies a listening call may need next in the
 * background ({@link #prefetch}), so a caller rarely waits for synthesis. Concurrent requests for one key share a
 * single rendering; a request needed now takes over a background one that has not started. Thread-safe; renders run
 * on two owned executors: a bounded pool for prompts needed now and one low-priority background thread, which
 * synthesizes only while no prompt needed now waits or renders.
 */
public final class PromptCache implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PromptCache.class);

    private final SpeechSynthesizer synthesizer;
    private final MemoryPromptStore memory;
    private final Optional<DiskPromptStore> disk;
    /** Background renders allowed to wait for {@link #prefetch}; beyond it prefetch hints are dropped. */
    static final int PREFETCH_QUEUE = 256;

    private final ThreadPoolExecutor renderPool;
    private final ThreadPoolExecutor background;
    private final UrgentWork urgent = new UrgentWork();
    private final SynthesisObserver observer;
    private final ConcurrentMap<PromptKey, Render> inFlight = new ConcurrentHashMap<>();
    private final LongAdder memoryHits = new LongAdder();
    private final LongAdder diskHits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder coalesced = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder prefetchDropped = new LongAdder();

    /** One rendering of a key: whichever executor claims it first synthesizes; the other task does nothing. */
    private record Render(CompletableFuture<Pcm8k> result, AtomicBoolean claimed) {
        Render() {
            this(new CompletableFuture<>(), new AtomicBoolean());
        }
    }

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
                new ArrayBlockingQueue<>(config.renderQueue()),
                DaemonThreads.numbered("tts-render", Thread.NORM_PRIORITY));
        this.background = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                DaemonThreads.numbered("tts-background", Thread.MIN_PRIORITY));
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
        return submit(key, false, Runnable::run).join();
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
        return submit(key, true, renderPool);
    }

    public CompletableFuture<Pcm8k> renderAsync(String text) {
        return renderAsync(text, defaultVoice());
    }

    /**
     * {@link #renderAsync} for each sentence of {@code text}, submitted in order (the first is rendered first); the
     * futures are in sentence order. Empty for blank text.
     */
    public List<CompletableFuture<Pcm8k>> renderSentencesAsync(String text, TtsVoice voice) {
        return SentenceSplitter.split(text).stream().map(sentence -> renderAsync(sentence, voice)).toList();
    }

    /**
     * A hint: renders the sentences of {@code texts} that are not cached on the low-priority background thread, so a
     * later {@link #renderSentencesAsync} hits memory. Never delays a prompt needed now; when the background queue is
     * full the rest are dropped. Returns how many sentences were queued.
     */
    public int prefetch(Collection<String> texts, TtsVoice voice) {
        int queued = 0;
        for (PromptKey key : sentenceKeys(texts, voice)) {
            if (memory.get(key).isPresent() || inFlight.containsKey(key)) {
                continue;
            }
            if (background.getQueue().size() >= PREFETCH_QUEUE) {
                prefetchDropped.increment();
                continue;
            }
            submit(key, false, background);
            queued++;
        }
        return queued;
    }

    /**
     * Renders static prompts sentence by sentence, one after another on the background thread (so they never fill
     * the render queue nor delay a prompt needed now); the future completes when all are cached, or fails with the
     * first failure.
     */
    public CompletableFuture<Void> prerender(Collection<String> texts, TtsVoice voice) {
        CompletableFuture<?>[] all = sentenceKeys(texts, voice).stream()
                .map(key -> memory.get(key).isPresent() ? CompletableFuture.completedFuture(null)
                        : submit(key, false, background))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(all);
    }

    private LinkedHashSet<PromptKey> sentenceKeys(Collection<String> texts, TtsVoice voice) {
        LinkedHashSet<PromptKey> keys = new LinkedHashSet<>();
        texts.forEach(text -> SentenceSplitter.split(text).forEach(sentence -> keys.add(key(sentence, voice))));
        return keys;
    }

    public CompletableFuture<Void> prerender(Collection<String> texts) {
        return prerender(texts, defaultVoice());
    }

    public PromptCacheStats stats() {
        return new PromptCacheStats(memoryHits.sum(), diskHits.sum(), misses.sum(), coalesced.sum(), failures.sum(),
                memory.size(), memory.bytes(), renderPool.getQueue().size());
    }

    /** Sentences waiting on the background thread (prefetch and campaign warm-up). */
    public int backgroundQueueLength() {
        return background.getQueue().size();
    }

    /** Prefetch hints dropped because the background queue was full. */
    public long prefetchDropped() {
        return prefetchDropped.sum();
    }

    /**
     * Starts (or joins) the rendering of {@code key}. {@code now} marks a prompt a call needs now: it counts as urgent
     * work (which holds the background thread back) and takes over a background rendering that has not started.
     */
    private CompletableFuture<Pcm8k> submit(PromptKey key, boolean now, Executor executor) {
        Render mine = new Render();
        Render running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            coalesced.increment();
            if (now && !running.claimed().get()) {
                dispatch(key, running, true, executor); // promote: it may still sit in the background queue
            }
            return running.result();
        }
        dispatch(key, mine, now, executor);
        return mine.result();
    }

    private void dispatch(PromptKey key, Render render, boolean now, Executor executor) {
        if (now) {
            urgent.begin();
        }
        Runnable task = () -> {
            try {
                if (!now && executor == background) {
                    urgent.awaitNone();
                    if (background.isShutdown()) {
                        return; // closing: close() fails what is still in flight
                    }
                }
                if (render.claimed().compareAndSet(false, true)) {
                    load(key, render);
                }
            } finally {
                if (now) {
                    urgent.end();
                }
            }
        };
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            if (now) {
                urgent.end();
            }
            if (render.claimed().compareAndSet(false, true)) {
                inFlight.remove(key, render);
                failures.increment();
                render.result().completeExceptionally(new SynthesisException("prompt render queue is full ("
                        + renderPool.getQueue().size() + " waiting); not rendering "
                        + SynthesisException.quote(key.normalizedText()), e));
            }
        }
    }

    private void load(PromptKey key, Render render) {
        CompletableFuture<Pcm8k> result = render.result();
        try {
            result.complete(lookUpOrSynthesize(key));
        } catch (RuntimeException | Error e) {
            failures.increment();
            log.warn("prompt render failed voice={} text={}: {}", key.voice(), SynthesisException.quote(
                    key.normalizedText()), e.getMessage());
            result.completeExceptionally(e);
        } finally {
            inFlight.remove(key, render);
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
        background.shutdownNow();
        urgent.release();
        inFlight.values().forEach(r -> r.result().completeExceptionally(new SynthesisException("prompt cache closed")));
    }
}
