package io.callbot.asr;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A call's {@link RecognitionSession}: callers on any thread only queue work; the queue is drained in order by at
 * most one executor task at a time, which owns the {@link SessionPipeline} (so per-session order holds and the
 * caller, e.g. a Netty event loop, never decodes).
 */
final class VoskSession implements RecognitionSession {

    private static final Logger LOG = LoggerFactory.getLogger(VoskSession.class);
    /** Commands handled per executor task before yielding, so one busy call cannot starve the others. */
    private static final int BATCH = 25;

    private final String callId;
    private final SessionPipeline pipeline;
    private final Executor executor;
    private final Runnable onClosed;
    private final long maxBacklogSamples;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong backlogSamples = new AtomicLong();
    private final AtomicLong droppedSamples = new AtomicLong();

    VoskSession(String callId, SessionPipeline pipeline, Executor executor, long maxBacklogSamples,
            Runnable onClosed) {
        this.callId = callId;
        this.pipeline = pipeline;
        this.executor = executor;
        this.maxBacklogSamples = maxBacklogSamples;
        this.onClosed = onClosed;
    }

    @Override
    public void accept(short[] samples, int offset, int length) {
        if (closed.get() || length <= 0) {
            return;
        }
        if (backlogSamples.get() + length > maxBacklogSamples) {
            // recognition is behind by more than the allowed backlog: losing audio beats unbounded memory
            if (droppedSamples.getAndAdd(length) == 0) {
                LOG.warn("call {}: recognition backlog over {} ms, dropping caller audio", callId,
                        maxBacklogSamples / 8);
            }
            return;
        }
        short[] copy = new short[length];
        System.arraycopy(samples, offset, copy, 0, length);
        long arrived = System.nanoTime();
        backlogSamples.addAndGet(length);
        enqueue(() -> {
            pipeline.audio(copy, arrived);
            backlogSamples.addAndGet(-length);
        });
    }

    @Override
    public void acceptPcm16le(byte[] data, int offset, int length) {
        short[] samples = new short[length / 2];
        for (int i = 0; i < samples.length; i++) {
            int p = offset + 2 * i;
            samples[i] = (short) ((data[p] & 0xff) | (data[p + 1] << 8));
        }
        accept(samples, 0, samples.length);
    }

    @Override
    public void listen(Expectation expectation) {
        listen(expectation, null);
    }

    @Override
    public void listen(Expectation expectation, TurnSettings turn) {
        if (!closed.get()) {
            enqueue(() -> pipeline.listen(expectation, turn));
        }
    }

    @Override
    public void stopListening() {
        if (!closed.get()) {
            enqueue(pipeline::stopListening);
        }
    }

    @Override
    public void robotSpeaking(boolean speaking) {
        if (!closed.get()) {
            enqueue(() -> pipeline.robotSpeaking(speaking));
        }
    }

    @Override
    public long queuedMillis() {
        return closed.get() ? 0 : (backlogSamples.get() + 7) / 8;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            enqueue(() -> {
                pipeline.close();
                onClosed.run();
                long dropped = droppedSamples.get();
                if (dropped > 0) {
                    LOG.warn("call {}: {} ms of caller audio were dropped by recognition backlog", callId,
                            dropped / 8);
                }
            });
        }
    }

    /** Frees the recognizer from the closing thread; only once the executor has stopped running this session. */
    void closeAfterExecutorStopped() {
        closed.set(true);
        pipeline.close();
    }

    private void enqueue(Runnable command) {
        queue.add(command);
        schedule();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                scheduled.set(false);
                queue.clear();
                backlogSamples.set(0);
                if (!closed.get()) {
                    // only at shutdown (then the recognizer frees this session) or with > max_queued_tasks busy calls
                    LOG.error("call {}: recognition executor rejected work (saturated or shut down)", callId);
                }
            }
        }
    }

    private void drain() {
        try (MDC.MDCCloseable call = MDC.putCloseable("call", callId)) {
            for (int i = 0; i < BATCH; i++) {
                Runnable command = queue.poll();
                if (command == null) {
                    break;
                }
                runSafely(command);
            }
        } finally {
            scheduled.set(false);
            if (!queue.isEmpty()) {
                schedule();
            }
        }
    }

    /** An executor-task boundary: a failure ends this call's recognition, never the server. */
    private void runSafely(Runnable command) {
        try {
            if (!pipeline.isClosed()) {
                command.run();
            }
        } catch (RuntimeException | Error e) {
            LOG.error("call {}: recognition failed", callId, e);
            closed.set(true);
            pipeline.fail(e.toString());
            onClosed.run();
        }
    }
}
