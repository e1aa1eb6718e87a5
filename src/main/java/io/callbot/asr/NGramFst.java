package io.callbot.asr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A language model in OpenFst's {@code ngram} format (the {@code graph/Gr.fst} of Vosk's small lookahead models), read
 * whole with its weights open to change in place; the layout is OpenFst's {@code extensions/ngram/ngram-fst.h}: the
 * header and symbol tables, then a LOUDS tree of the contexts (a state's parent is its backoff state, so the child of
 * the root on its path is the state's last word), the arcs (futures) of each state in state order, and the weights as
 * little-endian floats (costs, natural log). Not thread-safe.
 */
final class NGramFst {

    private final ByteBuffer data;
    private final FstHeader header;
    /** Where the n-gram data starts, after the header and symbol tables. */
    private final int base;
    private final int states;
    private final int futures;
    private final int numFinal;
    private final int contextBits;
    private final int futureBits;
    private final int contextWords;
    private final int futureWords;
    private final int backoffs;
    private final int finalProbs;
    private final int futureProbs;
    /** Each state's backoff state (the empty history's: -1). */
    private final int[] parent;
    /** The word each state's history ends with (the start state's: 0, the sentence start). */
    private final int[] lastWord;
    private final int[] futureState;
    /** The first arc of each state; the arcs of state s are {@code firstArc[s]} to {@code firstArc[s + 1]}. */
    private final int[] firstArc;
    private final int[] finalIndex;

    private NGramFst(ByteBuffer data, FstHeader header) {
        this.data = data;
        this.header = header;
        this.base = header.dataStart();
        long numStates = data.getLong(base);
        long numFutures = data.getLong(base + 8);
        long finals = data.getLong(base + 16);
        if (numStates < 2 || numStates > Integer.MAX_VALUE / 8 || numFutures < 0 || numFutures > Integer.MAX_VALUE / 8
                || finals < 0 || finals > numStates) {
            throw new IllegalArgumentException("implausible ngram sizes: " + numStates + " states, " + numFutures
                    + " arcs, " + finals + " final");
        }
        states = (int) numStates;
        futures = (int) numFutures;
        numFinal = (int) finals;
        int offset = base + 24;
        contextBits = offset;
        offset += words64(2 * states + 1) * 8;
        futureBits = offset;
        offset += words64(futures + states + 1) * 8;
        int finalBits = offset;
        offset += words64(states) * 8;
        contextWords = offset;
        offset += (states + 1) * 4;
        futureWords = offset;
        offset += futures * 4;
        offset = base + ((offset - base + 3) & ~3); // aligned from the data's start, not the file's
        backoffs = offset;
        offset += (states + 1) * 4;
        finalProbs = offset;
        offset += numFinal * 4;
        futureProbs = offset;
        if ((long) futureProbs + (futures + 1L) * 4 > data.limit()) {
            throw new IllegalArgumentException("truncated: " + data.limit() + " bytes, the weights end at "
                    + (futureProbs + (futures + 1L) * 4) + " (base " + base + ")");
        }
        parent = parents();
        lastWord = lastWords();
        futureState = new int[futures];
        firstArc = new int[states + 1];
        futureStates();
        finalIndex = new int[states];
        int n = 0;
        for (int st = 0; st < states; st++) {
            finalIndex[st] = bit(finalBits, st) ? n++ : -1;
        }
    }

    /** The model in {@code file}, or empty when it is another FST type (a big model's graph is no n-gram model). */
    static Optional<NGramFst> read(Path file) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        return FstHeader.read(buf)
                .filter(h -> h.type().equals("ngram") && !h.isAligned() && h.hasInputSymbols())
                .map(h -> new NGramFst(buf, h));
    }

    int states() {
        return states;
    }

    int arcs() {
        return futures;
    }

    /** The id of {@code word}, -1 when the model cannot spell it. */
    int id(String word) {
        return header.ids().getOrDefault(word, -1);
    }

    String word(int id) {
        return header.word(id);
    }

    /** The word the history of {@code state} ends with; 0 for the sentence start and the empty history. */
    int lastWord(int state) {
        return lastWord[state];
    }

    int arcState(int arc) {
        return futureState[arc];
    }

    int arcWord(int arc) {
        return data.getInt(futureWords + arc * 4);
    }

    float arcCost(int arc) {
        return data.getFloat(futureProbs + arc * 4);
    }

    void arcCost(int arc, float cost) {
        data.putFloat(futureProbs + arc * 4, cost);
    }

    /** The cost of ending a sentence in {@code state}; infinite when only its backoff can. */
    float finalCost(int state) {
        return finalIndex[state] < 0 ? Float.POSITIVE_INFINITY : data.getFloat(finalProbs + finalIndex[state] * 4);
    }

    void finalCost(int state, float cost) {
        if (finalIndex[state] >= 0) {
            data.putFloat(finalProbs + finalIndex[state] * 4, cost);
        }
    }

    /** The state {@code state} backs off to; -1 for the empty history. */
    int backoffState(int state) {
        return parent[state];
    }

    float backoffCost(int state) {
        return data.getFloat(backoffs + state * 4);
    }

    /** The arc of {@code state} for {@code word}, -1 when it has none (a state's arcs are sorted by word). */
    int arc(int state, int word) {
        int lo = firstArc[state];
        int hi = firstArc[state + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int w = arcWord(mid);
            if (w == word) {
                return mid;
            }
            if (w < word) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /**
     * This model with more arcs: per state, word to cost, for words the state has no arc for. An arc's next state is
     * not stored (OpenFst finds the longest history the model has for it), so only the arc lists change.
     */
    NGramFst withArcs(Map<Integer, SortedMap<Integer, Float>> added) {
        int extra = added.values().stream().mapToInt(Map::size).sum();
        int total = futures + extra;
        int newFutureBits = words64(total + states + 1) * 8;
        int oldFutureBits = words64(futures + states + 1) * 8;
        int head = base + 24;
        int contextBytes = futureBits - contextBits;
        int finalBytes = contextWords - (futureBits + oldFutureBits);
        int wordsEnd = head + contextBytes + newFutureBits + finalBytes + (states + 1) * 4 + total * 4;
        int aligned = base + ((wordsEnd - base + 3) & ~3);
        int size = aligned + (states + 1) * 4 + numFinal * 4 + (total + 1) * 4;
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.put(data.array(), 0, base);
        out.putLong(base, states).putLong(base + 8, total).putLong(base + 16, numFinal);
        out.put(head, data.array(), contextBits, contextBytes);
        int bitsAt = head + contextBytes;
        int finalAt = bitsAt + newFutureBits;
        out.put(finalAt, data.array(), futureBits + oldFutureBits, finalBytes);
        int contextWordsAt = finalAt + finalBytes;
        out.put(contextWordsAt, data.array(), contextWords, (states + 1) * 4);
        int wordsAt = contextWordsAt + (states + 1) * 4;
        out.put(aligned, data.array(), backoffs, (states + 1) * 4 + numFinal * 4);
        int probsAt = aligned + (states + 1) * 4 + numFinal * 4;
        int arc = 0;
        long pos = 0;
        for (int st = 0; st < states; st++) {
            pos++; // the state's zero
            Iterator<Map.Entry<Integer, Float>> more = added.getOrDefault(st, Collections.emptySortedMap())
                    .entrySet().iterator();
            Map.Entry<Integer, Float> next = more.hasNext() ? more.next() : null;
            for (int a = firstArc[st]; a < firstArc[st + 1] || next != null; ) {
                int word;
                float cost;
                if (a < firstArc[st + 1] && (next == null || arcWord(a) < next.getKey())) {
                    word = arcWord(a);
                    cost = arcCost(a);
                    a++;
                } else {
                    word = next.getKey();
                    cost = next.getValue();
                    next = more.hasNext() ? more.next() : null;
                }
                out.putInt(wordsAt + arc * 4, word);
                out.putFloat(probsAt + arc * 4, cost);
                setBit(out, bitsAt, pos++);
                arc++;
            }
        }
        return new NGramFst(out, header);
    }

    /** The whole file, header and symbol tables as read, weights as changed. */
    byte[] bytes() {
        return data.array();
    }

    /**
     * LOUDS: bit 0 the pseudo-root (state 0, the empty history), then per state in order its children as ones and a
     * zero; a state's number is its one's rank, its word {@code context_words[state]}, its parent its backoff state.
     */
    private int[] parents() {
        int[] out = new int[states];
        out[0] = -1;
        int current = -1;
        int next = 1;
        for (int pos = 1; pos < 2 * states + 1 && next < states; pos++) {
            if (bit(contextBits, pos)) {
                out[next++] = current;
            } else {
                current++;
            }
        }
        return out;
    }

    private int[] lastWords() {
        int[] last = new int[states];
        for (int st = 1; st < states; st++) {
            last[st] = parent[st] == 0 ? data.getInt(contextWords + st * 4) : last[parent[st]];
        }
        return last;
    }

    /** Per state, a zero then a one per arc, a last zero after them all. */
    private void futureStates() {
        int current = -1;
        int arc = 0;
        for (int pos = 0; pos < futures + states + 1; pos++) {
            if (bit(futureBits, pos)) {
                futureState[arc++] = current;
            } else if (current < states) {
                current++;
                firstArc[current] = arc;
            }
        }
    }

    private static void setBit(ByteBuffer buf, int wordsAt, long index) {
        int at = wordsAt + (int) (index >>> 6) * 8;
        buf.putLong(at, buf.getLong(at) | (1L << (index & 63)));
    }

    private boolean bit(int wordsAt, long index) {
        return (data.getLong(wordsAt + (int) (index >>> 6) * 8) & (1L << (index & 63))) != 0;
    }

    private static int words64(long bits) {
        return (int) ((bits + 63) >>> 6);
    }
}
