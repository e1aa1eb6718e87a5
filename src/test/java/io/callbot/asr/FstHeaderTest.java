package io.callbot.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header OpenFst writes before an FST, as {@code fstinfo} describes the shipped model's two graphs. */
class FstHeaderTest {

    private static final Path GRAPH = AsrSettings.defaultModelDir().resolve("graph");

    @Test
    void readsTheLanguageModelsTypeAndItsWords() throws Exception {
        byte[] file = Files.readAllBytes(GRAPH.resolve("Gr.fst"));
        FstHeader header = FstHeader.read(ByteBuffer.wrap(file)).orElseThrow();
        assertThat(header.type()).isEqualTo("ngram");
        assertThat(header.isAligned()).isFalse();
        assertThat(header.hasInputSymbols()).isTrue();
        assertThat(header.ids()).hasSize(152_217);
        assertThat(header.word(0)).isEqualTo("<eps>");
        assertThat(header.word(header.ids().get("calling"))).isEqualTo("calling");
        assertThat(header.word(-1)).isEqualTo("#-1");
        assertThat(header.dataStart()).isBetween(1_000_000, file.length);
    }

    @Test
    void theRecognitionGraphIsAnotherType() throws Exception {
        FstHeader header = FstHeader.read(ByteBuffer.wrap(Files.readAllBytes(GRAPH.resolve("HCLr.fst"))))
                .orElseThrow();
        assertThat(header.type()).isNotEqualTo("ngram");
    }

    @Test
    void aFileWithoutOpenFstsMagicIsNoFst() {
        assertThat(FstHeader.read(ByteBuffer.wrap("#!/bin/sh\necho hello\n".getBytes()))).isEmpty();
        assertThat(FstHeader.read(ByteBuffer.allocate(2))).isEmpty();
    }

    @Test
    void aHeaderCutInItsSymbolTableIsRefusedAndTheVocabularyIsThenUnknown(@TempDir Path model) throws Exception {
        byte[] whole = Files.readAllBytes(GRAPH.resolve("Gr.fst"));
        byte[] cut = Arrays.copyOf(whole, 100_000); // the table of 152,217 words is longer
        assertThatThrownBy(() -> FstHeader.read(ByteBuffer.wrap(cut))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
        Files.createDirectories(model.resolve("graph"));
        Files.write(model.resolve("graph/Gr.fst"), cut);
        assertThat(ModelVocabulary.read(model)).isEmpty();
    }
}
