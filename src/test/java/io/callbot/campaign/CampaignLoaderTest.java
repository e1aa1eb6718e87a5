package io.callbot.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's file handling: syntax errors, encodings, versions, directories. */
@Tag("unit")
class CampaignLoaderTest {

    @TempDir
    Path dir;

    @Test
    void syntaxErrorIsLocated() {
        assertThat(Fixture.errors("id: x\nname: [unclosed\nkind: marketing\n"))
                .singleElement().asString().startsWith("t.yaml:3:5: syntax error: ");
        assertThat(Fixture.errors("id: x\n  name: y\n"))
                .containsExactly("t.yaml:2:7: syntax error: mapping values are not allowed here");
        assertThat(Fixture.errors("id: x\n\tname: y\n")).singleElement().asString().startsWith("t.yaml:2:1: syntax error: ");
    }

    @Test
    void theConfirmationQuestionsAreTheCampaignsWhenGiven() {
        LoadResult result = Fixture.load(Fixture.with("dialog:\n  start: ask\n", "dialog:\n  start: ask\n"
                + "  confirm_opt_out: {say: \"Shall we stop calling you?\"}\n"
                + "  confirm_yes: {say: \"Sorry, is that a yes?\"}\n"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.campaign().dialog().confirmOptOut().isEmpty()).isFalse();
        assertThat(result.campaign().dialog().confirmYes().isEmpty()).isFalse();
        assertThat(Fixture.load(Fixture.base()).campaign().dialog().confirmYes().isEmpty()).isTrue();
        assertThat(Fixture.errors(Fixture.with("dialog:\n  start: ask\n", "dialog:\n  start: ask\n"
                + "  confirm_yes: {sya: \"Sorry?\"}\n"))).singleElement().asString().contains("confirm_yes");
    }

    @Test
    void emptyFileAndNonMappingRoot() {
        assertThat(Fixture.errors("")).containsExactly("t.yaml:1:1: file: is empty; a campaign needs id, name, kind, ...");
        assertThat(Fixture.errors("- a\n- b\n")).containsExactly("t.yaml:1:1: : must be a mapping, was a list");
    }

    @Test
    void nonUtf8IsAnError() {
        LoadResult result = CampaignLoader.load("t.yaml", new byte[] {'i', 'd', ':', ' ', (byte) 0xff, (byte) 0xfe});
        assertThat(result.errors()).extracting(ValidationError::toString).containsExactly("t.yaml:1:1: file: is not UTF-8 text");
    }

    @Test
    void everyMissingTopLevelKeyIsReportedAtOnce() {
        assertThat(Fixture.errors("id: only-id\n")).containsExactly(
                "t.yaml:1:1: name: required key is missing",
                "t.yaml:1:1: kind: required key is missing",
                "t.yaml:1:1: tenant: required key is missing",
                "t.yaml:1:1: audience: required key is missing",
                "t.yaml:1:1: schedule: required key is missing",
                "t.yaml:1:1: dial: required key is missing",
                "t.yaml:1:1: voice: required key is missing",
                "t.yaml:1:1: dialog: required key is missing",
                "t.yaml:1:1: outcomes: required key is missing");
    }

    @Test
    void manyErrorsInOneFileAreAllReportedInFileOrder() {
        List<String> errors = Fixture.errors(Fixture.edited(List.of(
                "max_concurrent: 5", "max_concurrent: -1",
                "from: \"09:00\"", "from: \"25:00\"",
                "timezone: Europe/London", "timezone: Mars/Olympus",
                "outcome: confirmed", "outcome: confirm")));
        assertThat(errors).extracting(e -> e.split(": ")[0]).containsExactly(
                "t.yaml:17:13", "t.yaml:19:11", "t.yaml:25:19", "t.yaml:54:16");
    }

    @Test
    void versionIsTheSha256OfTheFileBytes() throws Exception {
        Path file = dir.resolve("c.yaml");
        byte[] bytes = Fixture.base().getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        LoadResult result = CampaignLoader.load(file);
        assertThat(result.valid()).isTrue();
        assertThat(result.campaign().version())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        Files.writeString(file, Fixture.base() + "# a comment changes the version\n");
        assertThat(CampaignLoader.load(file).campaign().version()).isNotEqualTo(result.campaign().version());
    }

    @Test
    void unreadableFileIsAnError() {
        LoadResult result = CampaignLoader.load(dir.resolve("missing.yaml"));
        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message()).startsWith("cannot read: "));
    }

    @Test
    void directoryWithOneBadFileAmongGoodOnes() throws IOException {
        Files.writeString(dir.resolve("a-good.yaml"), Fixture.base());
        Files.writeString(dir.resolve("b-bad.yaml"), Fixture.with("max_concurrent: 5", "max_concurrent: 0"));
        Files.writeString(dir.resolve("c-good.yml"), Fixture.with("id: test-campaign", "id: other-campaign"));
        Files.writeString(dir.resolve("notes.txt"), "not a campaign");
        List<LoadResult> results = CampaignLoader.loadDirectory(dir);
        assertThat(results).extracting(r -> Path.of(r.file()).getFileName().toString())
                .containsExactly("a-good.yaml", "b-bad.yaml", "c-good.yml");
        assertThat(results).extracting(LoadResult::valid).containsExactly(true, false, true);
        assertThat(results.get(1).errors()).extracting(ValidationError::toString)
                .containsExactly(dir.resolve("b-bad.yaml") + ":25:19: dial.max_concurrent: must be > 0, was 0");
    }

    @Test
    void duplicateIdsInOneDirectoryAreAnError() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), Fixture.base());
        Files.writeString(dir.resolve("b.yaml"), Fixture.base().replace("name: Test campaign", "name: Copy"));
        List<LoadResult> results = CampaignLoader.loadDirectory(dir);
        assertThat(results.get(0).valid()).isTrue();
        assertThat(results.get(1).errors()).extracting(ValidationError::toString).containsExactly(
                dir.resolve("b.yaml") + ":1:5: id: campaign id 'test-campaign' of tenant 'acme' is already used by "
                        + dir.resolve("a.yaml") + "; this file is not loaded");
    }

    @Test
    void twoTenantsMayUseTheSameIdInOneDirectory() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), Fixture.base());
        Files.writeString(dir.resolve("b.yaml"), Fixture.base().replace("tenant: acme", "tenant: globex"));
        assertThat(CampaignLoader.loadDirectory(dir)).allSatisfy(r -> assertThat(r.valid()).isTrue());
    }
}
