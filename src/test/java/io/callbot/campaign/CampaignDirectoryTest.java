package io.callbot.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The reload rules of a watched campaigns directory, one scan at a time (no watcher threads). */
@Tag("unit")
class CampaignDirectoryTest {
    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(CampaignDirectory.class);
    private CampaignDirectory directory;

    @BeforeEach
    void setUp() {
        logs.start();
        logger.addAppender(logs);
        directory = new CampaignDirectory(dir, Duration.ZERO, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        logger.detachAppender(logs);
    }

    @Test
    void validEditBecomesTheCurrentVersion() throws Exception {
        Path file = write("t.yaml", Fixture.base());
        directory.scan(listener);
        Campaign v1 = current("test-campaign");
        assertThat(listener.take()).containsExactly("added test-campaign");

        write("t.yaml", Fixture.with("say: \"Thanks.\"", "say: \"Thank you very much.\""));
        directory.scan(listener);

        Campaign v2 = current("test-campaign");
        assertThat(v2.version()).isNotEqualTo(v1.version()).isEqualTo(CampaignLoader.sha256(Files.readAllBytes(file)));
        assertThat(listener.take()).containsExactly("replaced test-campaign");
        assertThat(listener.replacements.get(0)).containsExactly(v1, v2);
        assertThat(directory.catalog().rejectedEdit(key("test-campaign"))).isEmpty();
    }

    @Test
    void invalidEditKeepsTheRunningVersionAndReportsEveryProblemWithItsPosition() throws Exception {
        Path file = write("t.yaml", Fixture.base());
        directory.scan(listener);
        Campaign v1 = current("test-campaign");
        listener.take();

        write("t.yaml", Fixture.edited(List.of("max_concurrent: 5", "max_concurrent: -1",
                "calls_per_second: 1", "calls_per_secnd: 1")));
        directory.scan(listener);

        assertThat(listener.take()).isEmpty();
        assertThat(current("test-campaign")).isSameAs(v1);
        List<String> errors = directory.catalog().rejectedEdit(key("test-campaign")).stream()
                .map(ValidationError::toString).toList();
        assertThat(errors).containsExactly(
                file + ":23:3: dial.calls_per_second: required key is missing",
                file + ":25:19: dial.max_concurrent: must be > 0, was -1",
                file + ":26:3: dial.calls_per_secnd: unknown key, did you mean 'calls_per_second'?");
        String kept = "campaign edit rejected (campaign acme/test-campaign keeps running version "
                + v1.version().substring(0, 12) + "): ";
        assertThat(errorLines()).containsExactly(kept + errors.get(0), kept + errors.get(1), kept + errors.get(2));

        directory.scan(listener); // unchanged bytes: nothing new to say
        assertThat(errorLines()).hasSize(3);

        write("t.yaml", Fixture.with("max_concurrent: 5", "max_concurrent: 7"));
        directory.scan(listener);
        assertThat(listener.take()).containsExactly("replaced test-campaign");
        assertThat(current("test-campaign").dial().maxConcurrent()).isEqualTo(7);
        assertThat(directory.catalog().rejectedEdit(key("test-campaign"))).isEmpty();
    }

    @Test
    void syntaxErrorKeepsTheRunningVersion() throws Exception {
        Path file = write("t.yaml", Fixture.base());
        directory.scan(listener);
        Campaign v1 = current("test-campaign");

        write("t.yaml", Fixture.base().replace("name: Test campaign", "name: [Test campaign"));
        directory.scan(listener);

        assertThat(current("test-campaign")).isSameAs(v1);
        assertThat(directory.catalog().rejectedEdit(key("test-campaign"))).singleElement()
                .satisfies(e -> assertThat(e.toString()).startsWith(file + ":").contains("syntax error"));
    }

    @Test
    void newFileAddsACampaignAndADeletedFileRemovesIt() throws Exception {
        write("t.yaml", Fixture.base());
        directory.scan(listener);
        listener.take();

        Path second = write("second.yml", Fixture.with("id: test-campaign", "id: second"));
        directory.scan(listener);
        assertThat(listener.take()).containsExactly("added second");
        assertThat(directory.catalog().campaigns()).containsOnlyKeys(key("second"), key("test-campaign"));

        Files.delete(second);
        directory.scan(listener);
        assertThat(listener.take()).containsExactly("removed second");
        assertThat(directory.catalog().campaigns()).containsOnlyKeys(key("test-campaign"));

        directory.scan(listener);
        assertThat(listener.take()).isEmpty();
    }

    @Test
    void invalidNewFileIsReportedAndNotLoaded() throws Exception {
        Path file = write("bad.yaml", Fixture.with("max_concurrent: 5", "max_concurrent: 0"));
        directory.scan(listener);

        assertThat(listener.take()).isEmpty();
        assertThat(directory.catalog().campaigns()).isEmpty();
        assertThat(errorLines()).containsExactly("campaign edit rejected (file not loaded): " + file
                + ":25:19: dial.max_concurrent: must be > 0, was 0");
    }

    @Test
    void aCampaignNamingASpeechModelTheServerLacksStaysOutWhileOneNamingItsModelLoads() throws Exception {
        directory = new CampaignDirectory(dir, Duration.ZERO, Clock.systemUTC(), TransferCheck.shipped(),
                AsrModelCheck.serverHas("vosk-model-en-us"), CampaignFileRecords.NONE);
        write("t.yaml", Fixture.base());
        Path mandarin = write("cn.yaml", Fixture.edited(List.of("id: test-campaign", "id: mandarin",
                "asr_model: vosk-model-en-us", "asr_model: vosk-model-small-cn-0.22")));
        directory.scan(listener);

        assertThat(listener.take()).containsExactly("added test-campaign");
        assertThat(directory.catalog().campaigns()).containsOnlyKeys(key("test-campaign"));
        String lacks = ":36:14: voice.asr_model: 'vosk-model-small-cn-0.22' is not a speech model this server has: it "
                + "has vosk-model-en-us (name one of those, or install the model and point asr.model_dir at its directory)";
        assertThat(errorLines()).containsExactly("campaign edit rejected (file not loaded): " + mandarin + lacks);

        // a running campaign edited to name a model the server lacks keeps its running version
        Campaign v1 = current("test-campaign");
        Path file = write("t.yaml", Fixture.with("asr_model: vosk-model-en-us", "asr_model: vosk-model-small-cn-0.22"));
        directory.scan(listener);
        assertThat(current("test-campaign")).isSameAs(v1);
        assertThat(directory.catalog().rejectedEdit(key("test-campaign"))).map(ValidationError::toString)
                .containsExactly(file + lacks);
    }

    @Test
    void aSecondFileCannotTakeARunningCampaignsIdUntilTheFirstIsGone() throws Exception {
        Path first = write("t.yaml", Fixture.base());
        directory.scan(listener);
        Campaign v1 = current("test-campaign");
        listener.take();

        Path copy = write("a-copy.yaml", Fixture.with("name: Test campaign", "name: Copy"));
        directory.scan(listener);
        assertThat(listener.take()).isEmpty();
        assertThat(current("test-campaign")).isSameAs(v1);
        assertThat(errorLines()).singleElement().asString()
                .contains(copy + ":1:5: id: campaign id 'test-campaign' of tenant 'acme' is already used by " + first
                        + "; this file is not loaded");

        Files.delete(first);
        directory.scan(listener);
        assertThat(listener.take()).containsExactly("replaced test-campaign");
        assertThat(current("test-campaign").name()).isEqualTo("Copy");
    }

    @Test
    void aFileStillBeingWrittenIsLeftForTheNextScan() throws Exception {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        directory = new CampaignDirectory(dir, Duration.ofSeconds(2), Clock.fixed(now, ZoneOffset.UTC));
        Path file = write("t.yaml", Fixture.base());
        Files.setLastModifiedTime(file, FileTime.from(now.minusMillis(500)));

        assertThat(directory.scan(listener)).isTrue();
        assertThat(listener.take()).isEmpty();

        Files.setLastModifiedTime(file, FileTime.from(now.minusSeconds(3)));
        assertThat(directory.scan(listener)).isFalse();
        assertThat(listener.take()).containsExactly("added test-campaign");
    }

    @Test
    void aFileThatChangesItsIdRetiresTheOldIdAndAddsTheNew() throws Exception {
        write("t.yaml", Fixture.base());
        directory.scan(listener);
        listener.take();

        write("t.yaml", Fixture.with("id: test-campaign", "id: renamed"));
        directory.scan(listener);

        assertThat(listener.take()).containsExactlyInAnyOrder("added renamed", "removed test-campaign");
        assertThat(directory.catalog().campaigns()).containsOnlyKeys(key("renamed"));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private Campaign current(String id) {
        return directory.catalog().get(key(id)).orElseThrow();
    }

    private List<String> errorLines() {
        List<String> out = new ArrayList<>();
        synchronized (logs) {
            logs.list.stream().filter(e -> e.getLevel() == Level.ERROR).forEach(e -> out.add(e.getFormattedMessage()));
        }
        return out;
    }

    private static CampaignKey key(String id) {
        return new CampaignKey("acme", id);
    }
}
