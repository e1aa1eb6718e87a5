package io.callbot.asr;

/**
 * A ring of the most recent 8 kHz samples: the pre-roll replayed to the recognizer when speech starts, and the
 * caller's latest speech a new decoder adapts to; not thread-safe.
 */
final class RecentAudio {

    private final short[] ring;
    private int next;
    private int count;

    RecentAudio(int capacitySamples) {
        this.ring = new short[capacitySamples];
    }

    void push(short[] samples) {
        if (ring.length == 0) {
            return;
        }
        for (short s : samples) {
            ring[next] = s;
            next = (next + 1) % ring.length;
        }
        count = Math.min(ring.length, count + samples.length);
    }

    /** The kept samples, oldest first. */
    short[] contents() {
        short[] out = new short[count];
        int start = (next - count + ring.length) % Math.max(ring.length, 1);
        for (int i = 0; i < count; i++) {
            out[i] = ring[(start + i) % ring.length];
        }
        return out;
    }
}
