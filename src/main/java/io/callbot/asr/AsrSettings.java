package io.callbot.asr;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Server-wide recognition settings; defaults in {@link #defaults()}; an immutable value.
 *
 * @param modelDir a Vosk model directory (am/, conf/, graph/ ...)
 * @param threads recognition executor threads (decoding is CPU-bound: about one per core)
 * @param maxQueuedTasks bound of the executor's queue (at most one pending task per busy session)
 * @param maxBacklog caller audio a session may have waiting; beyond that new audio is dropped (and logged)
 * @param preRoll audio kept from before the speech onset and fed to the recognizer when speech starts (600 ms by
 *        default: with 300 ms the free-form model heard "one two three" as "one to thirty"; it needs a lead-in)
 * @param partialInterval how often partial results are asked for while the caller speaks
 * @param vad voice activity detector tuning
 * @param secondPassMaxLag how far behind the caller's audio recognition may be when a turn ends and still decode it
 *        again free-form; further behind, the turn keeps the grammar pass's result (a free-form pass costs about ten
 *        grammar passes, and under overload it would delay every call's reply by seconds). Zero: never shed
 *        (for offline evaluation, which feeds audio faster than real time)
 * @param framesPerChunk input frames (10 ms each) the acoustic model evaluates at once; 0 (the default): the model's
 *        own setting, as Vosk loads it. Larger chunks cost less CPU per second of speech (60: about 40 % less than
 *        Vosk's own, so more calls per core) but hear worse (free-form word error rate about 2.5 points higher on two
 *        voices) and hold partial results back by up to a chunk, so a turn no longer ends early on an expected phrase
 *        (BENCHMARKS.md "Stop 40")
 */
public record AsrSettings(Path modelDir, int threads, int maxQueuedTasks, Duration maxBacklog, Duration preRoll,
        Duration partialInterval, VadSettings vad, Duration secondPassMaxLag, int framesPerChunk) {

    /** Where the build unpacks the default English model (pom.xml: callbot.model.dir). */
    public static final String MODEL_DIR_PROPERTY = "callbot.model.dir";
    public static final String DEFAULT_MODEL_NAME = "vosk-model-en-us";
    /** The default {@code asr.second_pass_max_lag}: about one free-form pass's worth of queueing. */
    public static final Duration DEFAULT_SECOND_PASS_MAX_LAG = Duration.ofMillis(250);
    /** The default {@code asr.frames_per_chunk}: the model's own, no option added. */
    public static final int MODELS_OWN_FRAMES_PER_CHUNK = 0;
    /** Chunks longer than 3 s would hold partial results back for most of an answer. */
    static final int MAX_FRAMES_PER_CHUNK = 300;

    public AsrSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("asr.threads must be > 0, was " + threads);
        }
        if (maxQueuedTasks < 1) {
            throw new IllegalArgumentException("asr.max_queued_tasks must be > 0, was " + maxQueuedTasks);
        }
        if (preRoll.isNegative() || preRoll.toMillis() > 2000) {
            throw new IllegalArgumentException("asr.pre_roll must be 0..2000 ms, was " + preRoll.toMillis());
        }
        if (partialInterval.toMillis() < 10) {
            throw new IllegalArgumentException("asr.partial_interval must be >= 10 ms, was " + partialInterval);
        }
        if (maxBacklog.toMillis() < 100) {
            throw new IllegalArgumentException("asr.max_backlog must be >= 100 ms, was " + maxBacklog);
        }
        if (secondPassMaxLag.isNegative()) {
            throw new IllegalArgumentException("asr.second_pass_max_lag must be >= 0, was " + secondPassMaxLag);
        }
        if (framesPerChunk < 0 || framesPerChunk > MAX_FRAMES_PER_CHUNK) {
            throw new IllegalArgumentException("asr.frames_per_chunk must be 1.." + MAX_FRAMES_PER_CHUNK
                    + " (or empty: the model's own), was " + framesPerChunk);
        }
    }

    /** The name campaigns give this model ({@code voice.asr_model}): its directory's name, e.g. vosk-model-en-us. */
    public String modelName() {
        Path name = modelDir.toAbsolutePath().normalize().getFileName();
        return name == null ? modelDir.toString() : name.toString();
    }

    /** True when a turn that ends this far behind real time should skip its free-form pass. */
    public boolean shedsSecondPass(long lagNanos) {
        return !secondPassMaxLag.isZero() && lagNanos > secondPassMaxLag.toNanos();
    }

    /** The model under {@code -Dcallbot.model.dir} (default {@code target/voice-models}) and one thread per core. */
    public static AsrSettings defaults() {
        return withModel(defaultModelDir());
    }

    public static AsrSettings withModel(Path modelDir) {
        return new AsrSettings(modelDir, Runtime.getRuntime().availableProcessors(), 10_000, Duration.ofSeconds(5),
                Duration.ofMillis(600), Duration.ofMillis(100), VadSettings.defaults(), DEFAULT_SECOND_PASS_MAX_LAG,
                MODELS_OWN_FRAMES_PER_CHUNK);
    }

    public static Path defaultModelDir() {
        return Path.of(System.getProperty(MODEL_DIR_PROPERTY, "target/voice-models")).resolve(DEFAULT_MODEL_NAME);
    }

    public AsrSettings withMaxBacklog(Duration d) {
        return new AsrSettings(modelDir, threads, maxQueuedTasks, d, preRoll, partialInterval, vad, secondPassMaxLag,
                framesPerChunk);
    }

    public AsrSettings withSecondPassMaxLag(Duration d) {
        return new AsrSettings(modelDir, threads, maxQueuedTasks, maxBacklog, preRoll, partialInterval, vad, d,
                framesPerChunk);
    }

    public AsrSettings withThreads(int n) {
        return new AsrSettings(modelDir, n, maxQueuedTasks, maxBacklog, preRoll, partialInterval, vad, secondPassMaxLag,
                framesPerChunk);
    }

    public AsrSettings withFramesPerChunk(int n) {
        return new AsrSettings(modelDir, threads, maxQueuedTasks, maxBacklog, preRoll, partialInterval, vad,
                secondPassMaxLag, n);
    }
}
