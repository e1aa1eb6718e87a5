package io.callbot.asr;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What OpenFst writes before an FST's data: the header ({@code FstHeader::Read}) and the symbol tables the header's
 * flags announce ({@code SymbolTable::Read}), little-endian. The one reader of that layout for the model's vocabulary
 * ({@link ModelVocabulary}) and its language model ({@link NGramFst}). Immutable.
 */
final class FstHeader {

    private static final int FST_MAGIC = 0x7eb2fdd6;
    private static final int SYMBOLS_MAGIC = 0x7eb2fb74;
    private static final int HAS_INPUT_SYMBOLS = 1;
    private static final int HAS_OUTPUT_SYMBOLS = 2;
    private static final int IS_ALIGNED = 4;
    private static final int MAX_SYMBOLS = 10_000_000;

    private final String type;
    private final int flags;
    /** The input symbols by id (null where the table has no word); empty when there is no input table. */
    private final String[] words;
    /** Each input symbol's id (a word listed twice keeps its first). */
    private final Map<String, Integer> ids;
    private final int dataStart;

    private FstHeader(String type, int flags, String[] words, Map<String, Integer> ids, int dataStart) {
        this.type = type;
        this.flags = flags;
        this.words = words;
        this.ids = ids;
        this.dataStart = dataStart;
    }

    /**
     * The header at the start of {@code file}; empty when it does not start with OpenFst's magic number.
     *
     * @throws IllegalArgumentException when it does but the header or a symbol table is truncated or implausible
     */
    static Optional<FstHeader> read(ByteBuffer file) {
        ByteBuffer buf = file.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(0);
        try {
            if (buf.remaining() < 4 || buf.getInt() != FST_MAGIC) {
                return Optional.empty();
            }
            String type = string(buf);
            string(buf); // the arc type
            buf.getInt(); // the version
            int flags = buf.getInt();
            buf.position(buf.position() + 32); // properties, start state, state and arc counts
            Map<String, Integer> ids = new HashMap<>();
            String[] words = new String[0];
            if ((flags & HAS_INPUT_SYMBOLS) != 0) {
                words = symbols(buf, ids);
            }
            if ((flags & HAS_OUTPUT_SYMBOLS) != 0) {
                symbols(buf, new HashMap<>());
            }
            return Optional.of(new FstHeader(type, flags, words, Map.copyOf(ids), buf.position()));
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("truncated FST header (" + file.limit() + " bytes)", e);
        }
    }

    /** The FST type ({@code ngram}, {@code const}, {@code vector}, ...). */
    String type() {
        return type;
    }

    boolean isAligned() {
        return (flags & IS_ALIGNED) != 0;
    }

    boolean hasInputSymbols() {
        return (flags & HAS_INPUT_SYMBOLS) != 0;
    }

    /** Where the FST's own data starts, after the symbol tables. */
    int dataStart() {
        return dataStart;
    }

    /** The input symbols, keyed by word (unmodifiable). */
    Map<String, Integer> ids() {
        return ids;
    }

    /** The input symbol of {@code id}, {@code "#id"} when the table has none. */
    String word(int id) {
        return id >= 0 && id < words.length && words[id] != null ? words[id] : "#" + id;
    }

    private static String[] symbols(ByteBuffer buf, Map<String, Integer> ids) {
        if (buf.getInt() != SYMBOLS_MAGIC) {
            throw new IllegalArgumentException("no symbol table where the FST header says one is");
        }
        string(buf); // the table's name
        buf.getLong(); // the next free key
        long size = buf.getLong();
        if (size < 0 || size > MAX_SYMBOLS) {
            throw new IllegalArgumentException("implausible symbol table size " + size);
        }
        Map<Integer, String> byId = new HashMap<>();
        int max = -1;
        for (long i = 0; i < size; i++) {
            String word = string(buf);
            long id = buf.getLong();
            if (id < 0 || id > MAX_SYMBOLS) {
                throw new IllegalArgumentException("implausible symbol id " + id + " for '" + word + "'");
            }
            ids.putIfAbsent(word, (int) id);
            byId.put((int) id, word);
            max = Math.max(max, (int) id);
        }
        String[] words = new String[max + 1];
        byId.forEach((id, w) -> words[id] = w);
        return words;
    }

    private static String string(ByteBuffer buf) {
        int len = buf.getInt();
        if (len < 0 || len > 4096) {
            throw new IllegalArgumentException("implausible string length " + len);
        }
        byte[] b = new byte[len];
        buf.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
