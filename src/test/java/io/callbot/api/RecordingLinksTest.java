package io.callbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class RecordingLinksTest {
    @TempDir
    Path recordings;

    @Test
    void aRecordedCallLinksToTheApiUnderThePublicUrl() throws Exception {
        UUID recorded = UUID.randomUUID();
        Files.write(recordings.resolve(recorded + ".wav"), new byte[44]);

        var links = RecordingLinks.of("https://callbot.example.com/", recordings);

        assertThat(links.apply(recorded))
                .isEqualTo(URI.create("https://callbot.example.com/api/v1/calls/" + recorded + "/recording"));
        assertThat(links.apply(UUID.randomUUID())).as("not recorded").isNull();
    }

    @Test
    void withoutAPublicUrlThereIsNoLink() throws Exception {
        UUID recorded = UUID.randomUUID();
        Files.write(recordings.resolve(recorded + ".wav"), new byte[44]);
        assertThat(RecordingLinks.of("", recordings).apply(recorded)).isNull();
        assertThat(RecordingLinks.of(null, recordings).apply(recorded)).isNull();
    }
}
