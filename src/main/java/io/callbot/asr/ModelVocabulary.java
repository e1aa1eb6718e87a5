package io.callbot.asr;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The words a Vosk model can recognize, read from {@code graph/words.txt} (big models) or from the symbol table
 * OpenFst embeds in the header of {@code graph/Gr.fst} (the small lookahead models); immutable once read.
 */
final class ModelVocabulary {

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

    /** The input symbol table of the header ({@link FstHeader}); mapped, so only the header's pages are read. */
    private static Optional<Set<String>> fromFstHeader(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            return FstHeader.read(mapped).filter(FstHeader::hasInputSymbols).map(h -> h.ids().keySet());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
