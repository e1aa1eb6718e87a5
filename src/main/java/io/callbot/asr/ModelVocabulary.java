package io.callbot.asr;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The words a Vosk model can recognize, read from {@code graph/words.txt} (big models) or from the symbol table
 * OpenFst embeds in the header of {@code graph/Gr.fst} (the small lookahead models); immutable once read.
 */
final class ModelVocabulary {

    private static final int FST_MAGIC = 0x7eb2fdd6;
    private static final int SYMBOLS_MAGIC = 0x7eb2fb74;
    private static final int HAS_INPUT_SYMBOLS = 1;

    private final Set<String> words;

    private ModelVocabulary(Set<String> words) {
        this.words = words;
    }

    /** The model's vocabulary, or empty when neither file is there or readable (then no word is reported unknown). */
    static Optional<ModelVocabulary> read(Path modelDir) {
        try {
            Path wordsTxt = modelDir.resolve("graph/words.txt");
            if (Files.isRegularFile(wordsTxt)) {
                return Optional.of(new ModelVocabulary(fromWordsTxt(wordsTxt)));
            }
            Path gr = modelDir.resolve("graph/Gr.fst");
            if (Files.isRegularFile(gr)) {
                return fromFstHeader(gr).map(ModelVocabulary::new);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    int size() {
        return words.size();
    }

    private static Set<String> fromWordsTxt(Path file) throws IOException {
        Set<String> set = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            if (space > 0) {
                set.add(line.substring(0, space));
            }
        }
        return set;
    }

    /** Header layout: OpenFst's FstHeader::Read then SymbolTable::Read, all little-endian. */
    private static Optional<Set<String>> fromFstHeader(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                DataInputStream in = new DataInputStream(raw)) {
            if (int32(in) != FST_MAGIC) {
                return Optional.empty();
            }
            string(in);
            string(in);
            int32(in);
            int flags = int32(in);
            in.skipNBytes(8 * 4);
            if ((flags & HAS_INPUT_SYMBOLS) == 0 || int32(in) != SYMBOLS_MAGIC) {
                return Optional.empty();
            }
            string(in);
            int64(in);
            long size = int64(in);
            Set<String> set = new HashSet<>((int) Math.min(size * 2, 1 << 22));
            for (long i = 0; i < size; i++) {
                set.add(string(in));
                int64(in);
            }
            return Optional.of(set);
        } catch (EOFException e) {
            return Optional.empty();
        }
    }

    private static int int32(DataInputStream in) throws IOException {
        return Integer.reverseBytes(in.readInt());
    }

    private static long int64(DataInputStream in) throws IOException {
        return Long.reverseBytes(in.readLong());
    }

    private static String string(DataInputStream in) throws IOException {
        int len = int32(in);
        if (len < 0 || len > 4096) {
            throw new EOFException("implausible string length " + len);
        }
        return new String(in.readNBytes(len), StandardCharsets.UTF_8);
    }
}
