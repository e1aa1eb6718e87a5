package io.callbot.sim.audio;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Everything the robot sent to one simulated caller, with receive timestamps ({@link System#nanoTime()}): audio frames
 * with their energy, the received samples, the hangup frame, and frames that broke the protocol. Thread-safe
 * (synchronized): the caller's event loop writes, tests read.
 */
public final class RobotAudioLog {

    /**
     * One audio frame as received.
     *
     * @param receivedNanos {@link System#nanoTime()} at receipt
     * @param samples       number of 16-bit samples (160 for a 20 ms 8 kHz frame)
     * @param rms           root-mean-square amplitude on the 16-bit scale (0 = digital silence)
     */
    public record RobotFrame(long receivedNanos, int samples, double rms) {
    }

    /** A stretch of robot speech, from the first loud frame's receipt to the last one's. */
    public record SpeechInterval(long startNanos, long endNanos) {
    }

    /** Frames with an RMS at or above this (about -44 dBFS) count as speech. */
    public static final double DEFAULT_SPEECH_RMS = 200;

    private final boolean keepAudio;
    private final List<RobotFrame> frames = new ArrayList<>();
    private final ByteArrayOutputStream audio = new ByteArrayOutputStream();
    private final List<String> violations = new ArrayList<>();
    private long totalSamples;
    private long hangupFrameNanos = -1;

    RobotAudioLog(boolean keepAudio) {
        this.keepAudio = keepAudio;
    }

    synchronized void audioFrame(long nanos, byte[] payloadLittleEndian) {
        int n = payloadLittleEndian.length / 2;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            int s = (short) ((payloadLittleEndian[2 * i] & 0xff) | (payloadLittleEndian[2 * i + 1] << 8));
            sumSquares += (double) s * s;
        }
        frames.add(new RobotFrame(nanos, n, n == 0 ? 0 : Math.sqrt(sumSquares / n)));
        totalSamples += n;
        if (keepAudio) {
            audio.write(payloadLittleEndian, 0, payloadLittleEndian.length);
        }
        if (payloadLittleEndian.length != 320) {
            violations.add("audio frame of " + payloadLittleEndian.length + " bytes, expected 320");
        }
    }

    synchronized void hangupFrame(long nanos) {
        hangupFrameNanos = nanos;
    }

    synchronized void violation(String what) {
        violations.add(what);
    }

    public synchronized List<RobotFrame> frames() {
        return List.copyOf(frames);
    }

    public synchronized int frameCount() {
        return frames.size();
    }

    public synchronized long totalSamples() {
        return totalSamples;
    }

    /** The robot's audio as received, 16-bit 8 kHz mono (empty when the caller was told not to keep audio). */
    public synchronized short[] audio8kHz() {
        byte[] b = audio.toByteArray();
        short[] s = new short[b.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] << 8));
        }
        return s;
    }

    /** When the robot's 0x00 hangup frame arrived, if it did. */
    public synchronized OptionalLong hangupFrameNanos() {
        return hangupFrameNanos < 0 ? OptionalLong.empty() : OptionalLong.of(hangupFrameNanos);
    }

    /** Protocol breaches seen (wrong frame sizes or kinds, frames after the hangup frame). */
    public synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    /** Receive-time gaps between consecutive audio frames, in nanoseconds. */
    public synchronized long[] interFrameNanos() {
        long[] gaps = new long[Math.max(0, frames.size() - 1)];
        for (int i = 1; i < frames.size(); i++) {
            gaps[i - 1] = frames.get(i).receivedNanos() - frames.get(i - 1).receivedNanos();
        }
        return gaps;
    }

    /** Receipt time of the first speech frame at or after {@code nanos}. */
    public synchronized OptionalLong firstSpeechAtOrAfter(long nanos, double rmsThreshold) {
        for (RobotFrame f : frames) {
            if (f.receivedNanos() >= nanos && f.rms() >= rmsThreshold) {
                return OptionalLong.of(f.receivedNanos());
            }
        }
        return OptionalLong.empty();
    }

    /** Receipt time of the first frame below the threshold at or after {@code nanos}. */
    public synchronized OptionalLong firstSilenceAtOrAfter(long nanos, double rmsThreshold) {
        for (RobotFrame f : frames) {
            if (f.receivedNanos() >= nanos && f.rms() < rmsThreshold) {
                return OptionalLong.of(f.receivedNanos());
            }
        }
        return OptionalLong.empty();
    }

    /** Receipt time of the latest speech frame, if any. */
    public synchronized OptionalLong lastSpeechNanos(double rmsThreshold) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i).rms() >= rmsThreshold) {
                return OptionalLong.of(frames.get(i).receivedNanos());
            }
        }
        return OptionalLong.empty();
    }

    /** The robot's speech as intervals of consecutive speech frames (a single quiet frame ends an interval). */
    public synchronized List<SpeechInterval> speechIntervals(double rmsThreshold) {
        List<SpeechInterval> out = new ArrayList<>();
        long start = -1;
        long last = -1;
        for (RobotFrame f : frames) {
            if (f.rms() >= rmsThreshold) {
                start = start < 0 ? f.receivedNanos() : start;
                last = f.receivedNanos();
            } else if (start >= 0) {
                out.add(new SpeechInterval(start, last));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(new SpeechInterval(start, last));
        }
        return out;
    }
}
