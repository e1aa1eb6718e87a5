package io.callbot.asr;

import io.callbot.config.DaemonThreads;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.Model;

/**
 * {@link SpeechRecognizer} on Vosk: one shared {@link Model}, one recognizer per call at a time, decoding on a
 * bounded pool of daemon threads ({@code asr-N}) with per-session ordering. Thread-safe.
 */
public final class VoskRecognizer implements SpeechRecognizer, DecoderSource {

    /**
     * Next-best readings a second pass keeps: the dialog looks in them for opt-out words ("remove me" heard best as
     * "remote me") and, when no pass was understood, for another answer than a yes or a decline, so a few suffice;
     * extracting them from the lattice costs little next to decoding.
     */
    static final int SECOND_PASS_ALTERNATIVES = 4;

    private static final Logger LOG = LoggerFactory.getLogger(VoskRecognizer.class);
    /**
     * Idle decoders kept for reuse (see {@link DecoderPool}): calls move between a campaign's listening states and
     * end all the time, and each decoder they give back is soon taken again. Warm, one holds about 4 MB of native
     * memory with the library's grammar and 40 MB free-form: at most 4 of a kind keep that bounded.
     */
    static final int IDLE_DECODERS = 32;
    static final int IDLE_DECODERS_PER_KIND = 4;
    /** Listening states whose grammars stay built (one per state and campaign version in use). */
    static final int GRAMMARS_CACHED = 256;

    private final AsrSettings settings;
    private final Model model;
    private final GrammarBuilder grammars;
    /** Grammars by phrase list and one-word answers, least recently used dropped beyond {@link #GRAMMARS_CACHED}. */
    private final Map<GrammarKey, Grammar> grammarCache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<GrammarKey, Grammar> eldest) {
            return size() > GRAMMARS_CACHED;
        }
    };
    private final ThreadPoolExecutor executor;
    private final RecognitionObserver observer;
    private final Set<VoskSession> sessions = ConcurrentHashMap.newKeySet();
    private final DecoderPool decoders;

    private VoskRecognizer(AsrSettings settings, Model model, Optional<ModelVocabulary> vocabulary,
            RecognitionObserver observer) {
        this.settings = settings;
        this.observer = observer;
        this.model = model;
        this.grammars = new GrammarBuilder(vocabulary);
        this.decoders = new DecoderPool(kind -> new VoskDecoder(model, kind, settings.framesPerChunk()),
                IDLE_DECODERS, IDLE_DECODERS_PER_KIND);
        this.executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.maxQueuedTasks()), DaemonThreads.numbered("asr"));
    }

    /**
     * Loads the model and starts the executor.
     *
     * @throws ModelUnavailableException when the model directory is missing or broken, naming the path
     */
    public static VoskRecognizer start(AsrSettings settings) {
        return start(settings, RecognitionObserver.NONE);
    }

    /** Like {@link #start(AsrSettings)}, telling {@code observer} what each recognition cost. */
    public static VoskRecognizer start(AsrSettings settings, RecognitionObserver observer) {
        return start(settings, observer, DomainWordPairs.NONE);
    }

    /**
     * Like {@link #start(AsrSettings, RecognitionObserver)}, with the free-form pass's language model biased towards
     * the word pairs of callers' answers (the intent library's: {@code IntentLibrary.spokenWordPairs()}).
     */
    public static VoskRecognizer start(AsrSettings settings, RecognitionObserver observer, DomainWordPairs answers) {
        java.util.Objects.requireNonNull(observer, "observer");
        long t0 = System.nanoTime();
        Model model = VoskModelLoader.load(settings.modelDir(), settings.framesPerChunk(), answers);
        Optional<ModelVocabulary> vocabulary = ModelVocabulary.read(settings.modelDir());
        LOG.info("vosk model {} loaded in {} ms ({} words known{}), {} recognition threads, frames per chunk {}",
                settings.modelDir(), (System.nanoTime() - t0) / 1_000_000,
                vocabulary.map(ModelVocabulary::size).orElse(0),
                vocabulary.isPresent() ? "" : ": vocabulary unreadable, unknown grammar words not checked",
                settings.threads(), settings.framesPerChunk() == AsrSettings.MODELS_OWN_FRAMES_PER_CHUNK ? "the model's"
                        : settings.framesPerChunk());
        return new VoskRecognizer(settings, model, vocabulary, observer);
    }

    @Override
    public RecognitionSession open(RecognitionRequest request) {
        SessionPipeline pipeline = new SessionPipeline(request.callId(), settings, request.turn(), this,
                request.listener(), observer);
        long backlog = settings.maxBacklog().toMillis() * 8;
        VoskSession[] self = new VoskSession[1];
        self[0] = new VoskSession(request.callId(), pipeline, executor, backlog, () -> sessions.remove(self[0]));
        sessions.add(self[0]);
        if (request.expectation() != null) {
            self[0].listen(request.expectation());
        }
        return self[0];
    }

    @Override
    public Set<String> unknownWords(Collection<String> phrases) {
        return grammars.unknownWords(phrases);
    }

    /**
     * The grammar of these phrases, built once: every call in one listening state asks for the same list, and
     * building it checks every word against the model's vocabulary. Phrases the model cannot spell are logged once
     * per grammar, not once per turn.
     */
    @Override
    public Grammar grammar(List<String> phrases, Set<String> oneWordAnswers) {
        GrammarKey key = new GrammarKey(List.copyOf(phrases), Set.copyOf(oneWordAnswers));
        synchronized (grammarCache) {
            Grammar cached = grammarCache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Grammar built = grammars.build(phrases, oneWordAnswers);
        if (!built.unknownWords().isEmpty()) {
            LOG.warn("grammar phrases {} left out: words {} are not in the model's vocabulary", built.dropped(),
                    built.unknownWords());
        }
        synchronized (grammarCache) {
            grammarCache.put(key, built);
        }
        return built;
    }

    private record GrammarKey(List<String> phrases, Set<String> oneWordAnswers) {
    }

    @Override
    public VoskDecoder decoder(Grammar grammarOrNullForFreeForm) {
        return decoders.take(DecoderKind.of(grammarOrNullForFreeForm, 0));
    }

    @Override
    public VoskDecoder secondPassDecoder() {
        return decoders.take(DecoderKind.of(null, SECOND_PASS_ALTERNATIVES));
    }

    @Override
    public void release(VoskDecoder decoder) {
        decoders.give(decoder);
    }

    /** Recognizers taken by listens and second passes since start. */
    public long recognizersTaken() {
        return decoders.usage().taken();
    }

    /** Of those, the ones an idle recognizer served. */
    public long recognizersReused() {
        return decoders.usage().reused();
    }

    /** Sessions still open (not yet closed by their call). */
    public int openSessions() {
        return sessions.size();
    }

    @Override
    public void close() {
        // queued close commands run before the executor stops, so recognizers are freed on their own threads
        List.copyOf(sessions).forEach(VoskSession::close);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.error("recognition threads did not stop in 10 s; leaving the Vosk model loaded");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        sessions.forEach(VoskSession::closeAfterExecutorStopped);
        sessions.clear();
        decoders.close();
        model.close();
    }
}
