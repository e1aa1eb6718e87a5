package io.callbot.asr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Idle Vosk decoders kept for the next call that decodes the same way (the same grammar, or free-form). A Vosk
 * recognizer composes its decoding graph from the model and its grammar lazily, state by state, and keeps what it
 * composed: a new recognizer composes it all again while it decodes. Measured ({@code DecoderReuseBench}, six answers):
 * with the intent library's grammar (2,162 entries) 39–46 ms of CPU per audio second with a new recognizer per answer,
 * 24–35 ms with one used again; free-form 265–284 against 122–170 ms. A decoder given back is {@link
 * VoskDecoder#recycle() recycled}: its next audio starts a new feature pipeline and decoder state, as in a new
 * recognizer, so a grammar decoder hears exactly what a new one would, and a free-form one the same words (its
 * next-best readings, close to ties in so large a graph, can differ with the order the graph was composed in, as they
 * already did for a call's later turns).
 *
 * <p>At most {@code maxIdle} are kept, the least recently given back closed first (the graphs of states no call is in
 * any more go), and at most {@code maxIdlePerKind} of one kind, so the native memory stays bounded. Thread-safe:
 * decoders move between the recognition threads here, and each is used by one session's serial work at a time.
 */
final class DecoderPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DecoderPool.class);

    private final Function<DecoderKind, VoskDecoder> factory;
    private final int maxIdle;
    private final int maxIdlePerKind;
    /** Most recently given back first. */
    private final Deque<VoskDecoder> idle = new ArrayDeque<>();
    private boolean closed;
    private long taken;
    private long reused;

    /**
     * @param factory makes a new decoder of a kind
     * @param maxIdle decoders kept idle at most (0: none, every decoder is new)
     * @param maxIdlePerKind of one kind at most: a burst of one kind (free-form second passes, whose graphs grow the
     *                       largest) must not fill the pool
     */
    DecoderPool(Function<DecoderKind, VoskDecoder> factory, int maxIdle, int maxIdlePerKind) {
        if (maxIdle < 0 || maxIdlePerKind < 0) {
            throw new IllegalArgumentException("idle limits must be >= 0: " + maxIdle + ", " + maxIdlePerKind);
        }
        this.factory = factory;
        this.maxIdle = maxIdle;
        this.maxIdlePerKind = maxIdlePerKind;
    }

    /** An idle decoder of this kind, the most recently used, or a new one. */
    VoskDecoder take(DecoderKind kind) {
        synchronized (this) {
            taken++;
            for (Iterator<VoskDecoder> it = idle.iterator(); it.hasNext(); ) {
                VoskDecoder d = it.next();
                if (d.kind().equals(kind)) {
                    it.remove();
                    reused++;
                    return d;
                }
            }
        }
        return factory.apply(kind);
    }

    /**
     * Takes a decoder back, recycled; closes it when its kind already has {@code maxIdlePerKind} idle, or the least
     * recently given back beyond {@code maxIdle}. A decoder that cannot be recycled is closed, never kept: the caller
     * is ending a turn or a call and must not fail for it.
     */
    void give(VoskDecoder decoder) {
        VoskDecoder evicted;
        try {
            decoder.recycle();
        } catch (RuntimeException e) {
            LOG.warn("a Vosk decoder could not be readied for reuse, closing it: {}", e.toString());
            decoder.close();
            return;
        }
        synchronized (this) {
            if (closed || maxIdle == 0 || idleOf(decoder.kind()) >= maxIdlePerKind) {
                evicted = decoder;
            } else {
                idle.addFirst(decoder);
                evicted = idle.size() > maxIdle ? idle.removeLast() : null;
            }
        }
        if (evicted != null) {
            evicted.close();
        }
    }

    private int idleOf(DecoderKind kind) {
        int n = 0;
        for (VoskDecoder d : idle) {
            if (d.kind().equals(kind)) {
                n++;
            }
        }
        return n;
    }

    synchronized int idle() {
        return idle.size();
    }

    synchronized Usage usage() {
        return new Usage(taken, reused);
    }

    /** Decoders taken since the pool was made, and how many of them an idle one served. */
    record Usage(long taken, long reused) {
    }

    /** Closes the idle decoders; decoders given back later are closed at once. */
    @Override
    public void close() {
        Deque<VoskDecoder> left;
        synchronized (this) {
            closed = true;
            left = new ArrayDeque<>(idle);
            idle.clear();
        }
        left.forEach(VoskDecoder::close);
    }
}
