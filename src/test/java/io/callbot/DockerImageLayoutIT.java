package io.callbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server image without a Docker engine (none runs on the CI machine): after {@code package}, builds the
 * runtime stage's file tree from the Dockerfile's own COPY lines into a temporary root, then runs its ENTRYPOINT
 * with its ENV (paths moved under that root) as the container would: the CLI validates the shipped campaigns, and
 * {@code serve} comes up ready (database, AMI link to the simulated PBX, speech model) and stops cleanly on SIGTERM.
 * A missing jar, library, model or campaign in the image fails here.
 */
class DockerImageLayoutIT {
    private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");
    private static final Pattern COPY = Pattern.compile("(?m)^COPY (--from=build )?(\\S+) (\\S+)\\s*$");
    private static final Pattern ENV_PAIR = Pattern.compile("(CALLBOT_\\w+)=(\\S+)");

    @TempDir
    Path root;

    private String runtimeStage;

    @BeforeEach
    void buildTheRuntimeTree() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        runtimeStage = dockerfile.substring(dockerfile.indexOf("FROM eclipse-temurin"));
        Matcher m = COPY.matcher(runtimeStage);
        int copies = 0;
        while (m.find()) {
            // stage 1 works in /src, so /src/target/x is this build's target/x
            Path from = m.group(1) != null ? Path.of(m.group(2).replaceFirst("^/src/", "")) : Path.of(m.group(2));
            copyTree(from, inRoot(m.group(3)));
            copies++;
        }
        assertThat(copies).as("COPY lines in the runtime stage").isGreaterThanOrEqualTo(4);
        Files.createDirectories(inRoot("/var/lib/callbot/marytts"));
    }

    @Test
    void theImagesEntrypointValidatesTheShippedCampaignsAndServesUntilSigterm() throws Exception {
        Process validate = start(List.of("validate", inRoot("/opt/callbot/campaigns").toString()), Map.of());
        assertThat(validate.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(validate.exitValue()).as(log("validate")).isZero();
        assertThat(log("validate")).contains("0 invalid");

        Map<String, String> env = new HashMap<>(Map.of("CALLBOT_AMI_SIMULATED", "true", "CALLBOT_API_PORT", "0",
                "CALLBOT_MEDIA_PORT", "0", "CALLBOT_API_BIND", "127.0.0.1", "CALLBOT_MEDIA_BIND", "127.0.0.1"));
        // the operator sets each shipped campaign's webhook secret (without it /ready names the missing variable)
        for (String variable : webhookSecretVariables(inRoot("/opt/callbot/campaigns"))) {
            env.put(variable, "test-secret-of-" + variable.toLowerCase());
        }
        Process serve = start(List.of("serve"), env);
        try {
            await().atMost(Duration.ofMinutes(4)).until(() -> log("serve").contains("callbot ready")
                    || !serve.isAlive());
            Matcher api = Pattern.compile("API and dashboard on http://([^:]+):(\\d+)/").matcher(log("serve"));
            assertThat(api.find()).as(log("serve")).isTrue();
            URI ready = URI.create("http://127.0.0.1:" + api.group(2) + "/ready");
            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString()).statusCode()
                            == 200);
            Map<?, ?> body = new ObjectMapper().readValue(http.send(HttpRequest.newBuilder(ready).build(),
                    HttpResponse.BodyHandlers.ofString()).body(), Map.class);
            assertThat(body.get("ready")).isEqualTo(true);
            assertThat(inRoot("/var/lib/callbot/callbot.mv.db")).as("data on the volume").exists();

            serve.destroy(); // SIGTERM, as `docker stop` sends it
            assertThat(serve.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(serve.exitValue()).as(log("serve")).isZero();
        } catch (AssertionError | RuntimeException e) {
            System.out.println("serve.log:\n" + log("serve"));
            throw e;
        } finally {
            serve.destroyForcibly();
        }
    }

    /** The environment variables the campaigns in {@code dir} read their webhook signing secrets from. */
    private static List<String> webhookSecretVariables(Path dir) throws IOException {
        Pattern secretEnv = Pattern.compile("(?m)^\\s*secret_env:\\s*(\\w+)");
        List<String> variables = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Matcher m = secretEnv.matcher(Files.readString(f));
                while (m.find()) {
                    variables.add(m.group(1));
                }
            }
        }
        assertThat(variables).as("webhook secrets of the shipped campaigns").isNotEmpty();
        return variables;
    }

    /** The jar's class path (what the image loads from lib/) leaves out MaryTTS's scripting engine and HSQLDB cache. */
    @Test
    void theRuntimeClassPathLeavesOutWhatNothingLoads() throws IOException {
        List<String> jars;
        try (JarFile jar = new JarFile(Path.of("target", "callbot.jar").toFile())) {
            jars = List.of(jar.getManifest().getMainAttributes().getValue("Class-Path").trim().split("\\s+"));
        }
        assertThat(jars).contains("lib/log4j-core-2.17.2.jar").anyMatch(j -> j.startsWith("lib/marytts-runtime-"))
                .noneMatch(j -> j.startsWith("lib/groovy-all-") || j.startsWith("lib/hsqldb-")
                        || j.startsWith("lib/jul-to-slf4j-") || j.startsWith("lib/jackson-dataformat-yaml-"));
    }

    /** The ENTRYPOINT's java command with the image's ENV, every /opt/callbot and /var/lib/callbot moved to root. */
    private Process start(List<String> args, Map<String, String> overrides) throws Exception {
        Matcher entry = Pattern.compile("(?m)^ENTRYPOINT (\\[.*])$").matcher(runtimeStage);
        assertThat(entry.find()).isTrue();
        List<String> command = new ArrayList<>();
        for (Object part : new ObjectMapper().readValue(entry.group(1), List.class)) {
            command.add(moved(part.toString()));
        }
        command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        Map<String, String> env = new HashMap<>();
        Matcher m = ENV_PAIR.matcher(runtimeStage);
        while (m.find()) {
            env.put(m.group(1), moved(m.group(2)));
        }
        env.putAll(overrides);
        ProcessBuilder pb = new ProcessBuilder(command).directory(inRoot("/opt/callbot").toFile())
                .redirectErrorStream(true).redirectOutput(root.resolve(args.get(0) + ".log").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("CALLBOT_"));
        pb.environment().putAll(env);
        return pb.start();
    }

    private String moved(String s) {
        return s.replace("/opt/callbot", inRoot("/opt/callbot").toString())
                .replace("/var/lib/callbot", inRoot("/var/lib/callbot").toString());
    }

    private Path inRoot(String absolute) {
        return root.resolve(absolute.substring(1));
    }

    private String log(String name) throws IOException {
        Path f = root.resolve(name + ".log");
        return Files.exists(f) ? Files.readString(f) : "";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        assertThat(from).as("the Dockerfile copies %s", from).exists();
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
