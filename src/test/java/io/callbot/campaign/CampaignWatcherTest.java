package io.callbot.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The watcher over a real directory: file events (or, without them, the periodic re-scan) reach the listener. */
class CampaignWatcherTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /**
     * With the watch service the re-scan interval is an hour, so only file events can explain a reload; without
     * it, the short re-scan alone must find every change.
     */
    @ParameterizedTest(name = "watch service {0}")
    @ValueSource(booleans = {true, false})
    void editsNewFilesInvalidEditsAndDeletionsAreSeen(boolean useWatchService) throws Exception {
        Path file = Files.writeString(dir.resolve("t.yaml"), Fixture.base());
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(5))); // settled: read at once
        CampaignDirectory directory = new CampaignDirectory(dir, CampaignWatcher.Settings.DEBOUNCE, Clock.systemUTC());
        directory.scan(CampaignListener.NONE);
        String v1 = version(directory);
        RecordingListener listener = new RecordingListener();
        Duration rescan = useWatchService ? Duration.ofHours(1) : Duration.ofMillis(300);
        try (CampaignWatcher watcher = new CampaignWatcher(directory, listener,
                new CampaignWatcher.Settings(useWatchService, rescan, CampaignWatcher.Settings.DEBOUNCE)).start()) {
            // an editor's save: write a temporary file, then move it over the original
            Path tmp = Files.writeString(dir.resolve(".t.yaml.tmp"), Fixture.with("say: \"Bye.\"", "say: \"Goodbye.\""));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            await().atMost(PATIENCE).until(() -> listener.events.contains("replaced test-campaign"));
            String v2 = version(directory);
            assertThat(v2).isNotEqualTo(v1);

            Files.writeString(file, Fixture.with("max_concurrent: 5", "max_concurrent: -1"));
            await().atMost(PATIENCE).until(() -> !directory.catalog().rejectedEdit(key("test-campaign")).isEmpty());
            assertThat(version(directory)).isEqualTo(v2);
            assertThat(directory.catalog().rejectedEdit(key("test-campaign"))).extracting(ValidationError::toString)
                    .containsExactly(file + ":25:19: dial.max_concurrent: must be > 0, was -1");

            Files.writeString(dir.resolve("second.yaml"), Fixture.with("id: test-campaign", "id: second"));
            await().atMost(PATIENCE).until(() -> listener.events.contains("added second"));

            Files.delete(file);
            await().atMost(PATIENCE).until(() -> listener.events.contains("removed test-campaign"));
            assertThat(directory.catalog().campaigns()).containsOnlyKeys(key("second"));
            assertThat(listener.events).containsExactly("replaced test-campaign", "added second",
                    "removed test-campaign");
        }
    }

    private static String version(CampaignDirectory directory) {
        return directory.catalog().get(key("test-campaign")).orElseThrow().version();
    }

    private static CampaignKey key(String id) {
        return new CampaignKey("acme", id);
    }
}
