package io.callbot.call;

import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * When each chunk of a call's caller audio arrived, so that a position in that audio (where the caller's speech
 * ended, as the recognizer reports it) maps back to the moment it reached the robot, however far recognition lags.
 * Remembers the last {@value #CHUNKS} chunks (about 20 s of 20 ms frames). The media thread writes, the call
 * thread reads; synchronized, one short critical section per chunk.
 */
final class CallerAudioClock {
    static final int CHUNKS = 1024;

    private final LongSupplier nanos;
    private final long[] endSample = new long[CHUNKS];
    private final long[] arrivedNanos = new long[CHUNKS];
    private long received;
    private int next;
    private int count;

    CallerAudioClock(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** {@code samples} more caller samples arrived now. */
    synchronized void arrived(int samples) {
        received += samples;
        endSample[next] = received;
        arrivedNanos[next] = nanos.getAsLong();
        next = (next + 1) % CHUNKS;
        count = Math.min(CHUNKS, count + 1);
    }

    /**
     * The {@link System#nanoTime()}-scale time the chunk holding the audio just before sample {@code position}
     * arrived; empty when that audio has not arrived or is older than what is remembered.
     */
    synchronized OptionalLong arrivalOf(long position) {
        int found = -1;
        for (int i = 0; i < count; i++) {
            int idx = Math.floorMod(next - 1 - i, CHUNKS);
            if (endSample[idx] < position) {
                break;
            }
            found = idx;
            if (i == CHUNKS - 1) {
                return OptionalLong.empty(); // the chunk may be one already overwritten
            }
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(arrivedNanos[found]);
    }
}
