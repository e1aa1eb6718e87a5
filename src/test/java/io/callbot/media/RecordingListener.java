package io.callbot.media;

import io.callbot.audio.Pcm16;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/** A test {@link MediaListener} that keeps every event; thread-safe. */
final class RecordingListener implements MediaListener, MediaCallHandler {

    record Finished(long clipId, PlaybackOutcome outcome) {
    }

    final CompletableFuture<MediaSession> session = new CompletableFuture<>();
    final CompletableFuture<MediaEndReason> ended = new CompletableFuture<>();
    final List<Character> digits = new CopyOnWriteArrayList<>();
    final List<Finished> finished = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    final AtomicLong callerSamples = new AtomicLong();
    final java.io.ByteArrayOutputStream callerAudio = new java.io.ByteArrayOutputStream();
    private final boolean record;
    volatile BiConsumer<MediaSession, short[]> onAudio = (s, a) -> { };
    volatile java.util.function.Consumer<MediaSession> onStart = s -> { };

    RecordingListener(boolean record) {
        this.record = record;
    }

    RecordingListener() {
        this(false);
    }

    @Override
    public MediaListener start(MediaSession s) {
        onStart.accept(s);
        session.complete(s);
        return this;
    }

    @Override
    public boolean recordAudio() {
        return record;
    }

    @Override
    public void onCallerAudio8kHz(short[] samples8kHz) {
        threads.add(Thread.currentThread().getName());
        callerSamples.addAndGet(samples8kHz.length);
        synchronized (callerAudio) {
            callerAudio.writeBytes(Pcm16.toLittleEndian(samples8kHz));
        }
        onAudio.accept(session.join(), samples8kHz);
    }

    short[] callerAudio() {
        synchronized (callerAudio) {
            return Pcm16.fromLittleEndian(callerAudio.toByteArray());
        }
    }

    @Override
    public void onDtmf(char digit) {
        digits.add(digit);
    }

    @Override
    public void onPlaybackFinished(long clipId, PlaybackOutcome outcome) {
        finished.add(new Finished(clipId, outcome));
    }

    @Override
    public void onEnded(MediaEndReason reason) {
        if (!ended.complete(reason)) {
            throw new AssertionError("onEnded called twice: " + reason);
        }
    }
}
