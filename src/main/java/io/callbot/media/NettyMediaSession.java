package io.callbot.media;

import io.callbot.audio.Resampler;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One accepted AudioSocket call: paced outbound playback, inbound events to the {@link MediaListener}, recording and
 * the single end of the call. Thread-safe: the call layer may call it from any thread, the pacer thread takes frames,
 * and every listener callback runs on the channel's event loop.
 */
final class NettyMediaSession implements MediaSession, PlaybackPacer.PacedStream {

    private static final Logger log = LoggerFactory.getLogger(NettyMediaSession.class);

    private final Channel channel;
    private final UUID callId;
    private final PlaybackPacer pacer;
    private final PlaybackQueue queue = new PlaybackQueue();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final Optional<StereoWavRecorder> recorder;
    private final Resampler.Stream[] resamplers = new Resampler.Stream[AudioSocketKind.values().length];
    private volatile MediaListener listener;
    /** Guarded by {@code this}: once set, no audio frame is written any more (the hangup frame stays last). */
    private boolean outputClosed;

    NettyMediaSession(Channel channel, UUID callId, PlaybackPacer pacer, Optional<StereoWavRecorder> recorder) {
        this.channel = channel;
        this.callId = callId;
        this.pacer = pacer;
        this.recorder = recorder;
    }

    /** Hands the session to the call layer and starts the paced output (silence until something is queued). */
    void start(MediaCallHandler handler) {
        listener = handler.start(this);
        pacer.register(this);
    }

    @Override
    public UUID callId() {
        return callId;
    }

    @Override
    public long play(short[] pcm8kHz) {
        long id = queue.replace(pcm8kHz);
        deliverFinished(queue.drainFinished());
        return id;
    }

    @Override
    public long enqueue(short[] pcm8kHz) {
        return queue.enqueue(pcm8kHz);
    }

    @Override
    public void stopPlayback() {
        queue.stop();
        deliverFinished(queue.drainFinished());
    }

    @Override
    public boolean isPlaying() {
        return queue.isPlaying();
    }

    @Override
    public boolean isOpen() {
        return !ended.get();
    }

    @Override
    public void hangup() {
        synchronized (this) {
            if (outputClosed) {
                return;
            }
            outputClosed = true;
        }
        pacer.unregister(this);
        // queued behind any frame the pacer already handed to the event loop, so the hangup frame is the last one
        channel.eventLoop().execute(() -> channel.writeAndFlush(AudioSocketFrame.hangup())
                .addListener(f -> end(MediaEndReason.ROBOT_HANGUP, "robot hung up")));
    }

    @Override
    public void emitFrame() {
        short[] frame = new short[PlaybackQueue.FRAME_SAMPLES];
        synchronized (this) {
            if (outputClosed) {
                return;
            }
            queue.nextFrame(frame);
            if (channel.isWritable()) {
                channel.writeAndFlush(AudioSocketFrame.slin8k(frame), channel.voidPromise());
            }
            // under the lock that end() takes before closing the recording: a frame sent is a frame recorded
            recorder.ifPresent(r -> r.robotFrame(frame));
        }
        deliverFinished(queue.drainFinished());
    }

    /** An inbound audio frame, at whatever rate Asterisk chose; delivered to the listener at 8 kHz. */
    void onAudio(AudioSocketFrame frame) {
        short[] samples = frame.samples();
        AudioSocketKind kind = frame.kind();
        if (kind != AudioSocketKind.SLIN_8K) {
            if (resamplers[kind.ordinal()] == null) {
                resamplers[kind.ordinal()] = Resampler.of(kind.sampleRateHz(), AudioSocketKind.SLIN_8K.sampleRateHz(),
                        Resampler.LIVE_DOWN_ZERO_CROSSINGS).stream();
            }
            samples = resamplers[kind.ordinal()].accept(samples);
        }
        short[] pcm8k = samples;
        recorder.ifPresent(r -> r.callerAudio(pcm8k));
        deliver(l -> l.onCallerAudio8kHz(pcm8k));
    }

    void onDtmf(char digit) {
        deliver(l -> l.onDtmf(digit));
    }

    /** Ends the call once: stops output, closes the recording and the socket, then tells the listener why. */
    void end(MediaEndReason reason, String detail) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            outputClosed = true;
        }
        pacer.unregister(this);
        withCallMdc(() -> log.info("call media ended: {} ({})", reason, detail));
        channel.close();
        CompletableFuture<Optional<Path>> recorded = recorder
                .map(r -> r.close().thenApply(Optional::of))
                .orElse(CompletableFuture.completedFuture(Optional.empty()));
        recorded.whenComplete((p, e) -> onEventLoop(() -> invoke(l -> l.onEnded(reason), true)));
    }

    /** Runs on the channel's event loop, or here if that loop has already shut down (server stopping). */
    private void onEventLoop(Runnable work) {
        if (channel.eventLoop().inEventLoop()) {
            work.run();
            return;
        }
        try {
            channel.eventLoop().execute(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            work.run();
        }
    }

    private void deliverFinished(List<PlaybackQueue.Finished> done) {
        for (PlaybackQueue.Finished f : done) {
            deliver(l -> l.onPlaybackFinished(f.clipId(), f.outcome()));
        }
    }

    private void deliver(Consumer<MediaListener> event) {
        if (ended.get()) {
            return;
        }
        onEventLoop(() -> invoke(event, false));
    }

    private void invoke(Consumer<MediaListener> event, boolean finalEvent) {
        MediaListener l = listener;
        if (l == null || (!finalEvent && ended.get())) {
            return;
        }
        withCallMdc(() -> {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                log.error("media listener failed; ending the call", e);
                if (!finalEvent) {
                    end(MediaEndReason.LISTENER_FAILED, e.toString());
                }
            }
        });
    }

    private void withCallMdc(Runnable work) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable("call", callId.toString())) {
            work.run();
        }
    }
}
