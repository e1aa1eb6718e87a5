package io.callbot.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class ModelOverlayTest {

    @Test
    void theOverlayLinksTheModelAndAppendsTheOptionsToItsOwnModelConf(@TempDir Path tmp) throws Exception {
        Path model = fakeModel(tmp, "--beam=10.0\n--max-active=3000");
        Path overlayDir;
        try (ModelOverlay overlay = ModelOverlay.of(model, List.of("--frames-per-chunk=60"), null)) {
            overlayDir = overlay.dir();
            assertThat(Files.readSymbolicLink(overlayDir.resolve("am")))
                    .isEqualTo(model.resolve("am").toAbsolutePath());
            assertThat(Files.readString(overlayDir.resolve("am/final.mdl"))).isEqualTo("weights");
            assertThat(Files.readSymbolicLink(overlayDir.resolve("README"))).isEqualTo(model.resolve("README"));
            assertThat(Files.isSymbolicLink(overlayDir.resolve("conf"))).isFalse();
            assertThat(Files.readString(overlayDir.resolve("conf/mfcc.conf"))).isEqualTo("--sample-frequency=16000\n");
            assertThat(Files.readAllLines(overlayDir.resolve("conf/model.conf")))
                    .containsExactly("--beam=10.0", "--max-active=3000", "--frames-per-chunk=60");
        }
        assertThat(overlayDir).doesNotExist();
        assertThat(Files.readString(model.resolve("conf/model.conf"))).isEqualTo("--beam=10.0\n--max-active=3000");
        assertThat(Files.readString(model.resolve("am/final.mdl"))).isEqualTo("weights");
    }

    @Test
    void aModelWithoutConfGetsAModelConfOfTheOptionsAlone(@TempDir Path tmp) throws Exception {
        Path model = fakeModel(tmp, null);
        try (ModelOverlay overlay = ModelOverlay.of(model, List.of("--frames-per-chunk=90"), null)) {
            assertThat(Files.readAllLines(overlay.dir().resolve("conf/model.conf")))
                    .containsExactly("--frames-per-chunk=90");
            assertThat(overlay.dir().resolve("am/final.mdl")).exists();
        }
    }

    @Test
    void aLanguageModelGivenReplacesGrFstAndLinksTheRestOfTheGraph(@TempDir Path tmp) throws Exception {
        Path model = fakeModel(tmp, "--beam=10.0");
        Files.createDirectories(model.resolve("graph"));
        Files.writeString(model.resolve("graph/Gr.fst"), "as shipped");
        Files.writeString(model.resolve("graph/HCLr.fst"), "lexicon");
        try (ModelOverlay overlay = ModelOverlay.of(model, List.of(), "biased".getBytes())) {
            Path graph = overlay.dir().resolve("graph");
            assertThat(Files.isSymbolicLink(graph)).isFalse();
            assertThat(Files.isSymbolicLink(graph.resolve("Gr.fst"))).isFalse();
            assertThat(Files.readString(graph.resolve("Gr.fst"))).isEqualTo("biased");
            assertThat(Files.readSymbolicLink(graph.resolve("HCLr.fst")))
                    .isEqualTo(model.resolve("graph/HCLr.fst").toAbsolutePath());
            assertThat(Files.readAllLines(overlay.dir().resolve("conf/model.conf"))).containsExactly("--beam=10.0");
        }
        assertThat(Files.readString(model.resolve("graph/Gr.fst"))).isEqualTo("as shipped");
    }

    private static Path fakeModel(Path tmp, String modelConf) throws Exception {
        Path model = tmp.resolve("vosk-model-test");
        Files.createDirectories(model.resolve("am"));
        Files.writeString(model.resolve("am/final.mdl"), "weights");
        Files.writeString(model.resolve("README"), "a model");
        if (modelConf != null) {
            Files.createDirectories(model.resolve("conf"));
            Files.writeString(model.resolve("conf/model.conf"), modelConf);
            Files.writeString(model.resolve("conf/mfcc.conf"), "--sample-frequency=16000\n");
        }
        return model;
    }
}
