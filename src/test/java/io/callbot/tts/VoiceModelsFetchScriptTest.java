package io.callbot.tts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs voice-models/fetch.sh with bash against archives made here, offline (--from a directory or file:// URL). */
class VoiceModelsFetchScriptTest {

    private static final String MODEL = "vosk-model-small-cn-0.22";
    private static final Path SCRIPT = Path.of("voice-models", "fetch.sh");

    @TempDir
    Path tmp;

    private Path source;
    private Path dest;
    private Path archive;

    @BeforeEach
    void makeArchive() throws IOException {
        source = Files.createDirectories(tmp.resolve("mirror"));
        dest = tmp.resolve("models");
        archive = source.resolve(MODEL + ".zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (String name : List.of("am/final.mdl", "conf/model.conf", "graph/HCLr.fst", "README")) {
                zip.putNextEntry(new ZipEntry(MODEL + "/" + name));
                zip.write(("fake " + name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    @Test
    void anArchiveWhoseSumMatchesIsInstalled() throws Exception {
        Path sums = sums(sha256(archive) + "  " + MODEL + ".zip");

        Result result = run("--from", source.toString(), "--dest", dest.toString(), "--sums", sums.toString(), MODEL);

        assertThat(result.exitCode).as(result.output).isZero();
        assertThat(result.output).contains("verified").contains("asr.model_dir: " + dest.resolve(MODEL));
        assertThat(dest.resolve(MODEL).resolve("am/final.mdl")).hasContent("fake am/final.mdl");
        assertThat(dest.resolve(".download")).doesNotExist();
    }

    @Test
    void aFileUrlSourceWorksToo() throws Exception {
        Path sums = sums(sha256(archive) + "  " + MODEL + ".zip");

        Result result = run("--from", source.toUri().toString(), "--dest", dest.toString(), "--sums", sums.toString(), MODEL);

        assertThat(result.exitCode).as(result.output).isZero();
        assertThat(dest.resolve(MODEL).resolve("conf/model.conf")).exists();
    }

    @Test
    void aCorruptedArchiveIsRefusedEvenWithTrustUnverified() throws Exception {
        Path sums = sums(sha256(archive) + "  " + MODEL + ".zip");
        try (OutputStream out = Files.newOutputStream(archive, java.nio.file.StandardOpenOption.APPEND)) {
            out.write(1);
        }

        Result result = run("--from", source.toString(), "--dest", dest.toString(), "--sums", sums.toString(),
                "--trust-unverified", MODEL);

        assertThat(result.exitCode).as(result.output).isEqualTo(3);
        assertThat(result.output).contains("REFUSED").contains("SHA-256 mismatch");
        assertThat(dest.resolve(MODEL)).doesNotExist();
        assertThat(dest.resolve(".download").resolve(MODEL + ".zip")).doesNotExist();
    }

    @Test
    void anArchiveWithNoRecordedSumIsRefusedUnlessTrustUnverifiedIsGiven() throws Exception {
        Path shippedSums = Path.of("voice-models", "SHA256SUMS");

        Result refused = run("--from", source.toString(), "--dest", dest.toString(), "--sums", shippedSums.toString(), MODEL);
        assertThat(refused.exitCode).as(refused.output).isEqualTo(3);
        assertThat(refused.output).contains("no SHA-256 recorded").contains("--trust-unverified");
        assertThat(dest.resolve(MODEL)).doesNotExist();

        Result trusted = run("--from", source.toString(), "--dest", dest.toString(), "--sums", shippedSums.toString(),
                "--trust-unverified", MODEL);
        assertThat(trusted.exitCode).as(trusted.output).isZero();
        assertThat(trusted.output).contains("UNVERIFIED").contains(sha256(source.resolve(MODEL + ".zip")));
        assertThat(dest.resolve(MODEL).resolve("am/final.mdl")).exists();
    }

    @Test
    void theMavenCentralModelIsTheOneTheBuildUsesAndItsSumIsRecorded() throws Exception {
        // the build's copy of com.alphacephei:vosk-model-en:0.3.45, downloaded by Maven and checked against Central's SHA-1
        Path aar = Path.of("target", "model-download", "vosk-model-en.aar");
        Path mirror = Files.createDirectories(tmp.resolve("central"));
        Files.copy(aar, mirror.resolve("vosk-model-en-0.3.45.aar"));

        Result result = run("--from", mirror.toString(), "--dest", dest.toString(), "vosk-model-en-us");

        assertThat(result.exitCode).as(result.output).isZero();
        assertThat(result.output).contains("vosk-model-en-0.3.45.aar SHA-256 verified (" + sha256(aar) + ")");
        Path installed = dest.resolve("vosk-model-en-us");
        assertThat(installed.resolve("am/final.mdl")).hasSameBinaryContentAs(
                Path.of(System.getProperty("callbot.model.dir", "target/voice-models"), "vosk-model-en-us", "am/final.mdl"));
        assertThat(installed.resolve("conf")).isDirectory();
    }

    @Test
    void unknownOptionsAndNoModelAreUsageErrors() throws Exception {
        assertThat(run("--bogus").exitCode).isEqualTo(2);
        assertThat(run().exitCode).isEqualTo(2);
        assertThat(run("--list").output).contains("vosk-model-en-us-0.22-lgraph").contains(MODEL);
    }

    private Path sums(String line) throws IOException {
        return Files.writeString(tmp.resolve("SHA256SUMS"), "# test sums\n" + line + "\n");
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
