package io.callbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

import io.callbot.asr.AsrSettings;
import io.callbot.cli.Main;
import io.callbot.config.ConfigKey;
import io.callbot.config.ConfigKeys;
import io.callbot.config.ServerConfig;
import io.callbot.pbx.AsteriskConfig;
import io.callbot.pbx.AsteriskQueue;
import io.callbot.pbx.ConfigSection;
import io.callbot.pbx.Dialplan;
import io.callbot.pbx.ManagerUser;
import io.callbot.pbx.ShippedPbxConfig;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the Docker deployment in {@code docker/} without a Docker engine: {@code docker-compose config} (Debian's
 * docker-compose 1.29, installed by .ci/run) must accept compose.yml with the example env file, the robots' environment
 * must be valid callbot configuration, the Dockerfile must have the promised shape, and the Asterisk start script must
 * write the config files it promises. Single-threaded, like every JUnit test here.
 */
class DockerComposeConfigTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path COMPOSE = ROOT.resolve("docker/compose.yml");
    private static final Path ENV_EXAMPLE = ROOT.resolve("docker/.env.example");
    private static final Path DOCKERFILE = ROOT.resolve("docker/Dockerfile");
    private static final Path START_SH = ROOT.resolve("docker/asterisk/start.sh");

    private static Map<String, Object> services;

    /** The services of {@code docker-compose config} with the example env file, run once for the class. */
    private static Map<String, Object> services() throws Exception {
        if (services == null) {
            Result r = run(List.of(dockerCompose(), "--env-file", ENV_EXAMPLE.toString(), "-f", COMPOSE.toString(),
                    "config"), Map.of());
            assertThat(r.exit()).as("docker-compose config failed:%n%s", r.err()).isZero();
            Map<String, Object> doc = new Yaml().load(r.out());
            services = map(doc.get("services"));
        }
        return services;
    }

    @Test
    void composeHasTheFourServices() throws Exception {
        assertThat(services().keySet()).containsExactlyInAnyOrder("asterisk", "postgres", "callbot-1", "callbot-2");
        services.forEach((name, s) -> assertThat(map(s).get("restart")).as(name + " restart").isEqualTo("unless-stopped"));
    }

    @Test
    void robotsAreValidCallbotConfigurationAndClustered() throws Exception {
        ServerConfig one = robotConfig("callbot-1");
        ServerConfig two = robotConfig("callbot-2");
        assertThat(one.string("ami.host")).isEqualTo("asterisk");
        assertThat(one.string("db.url")).startsWith("jdbc:postgresql://postgres:5432/").isEqualTo(two.string("db.url"));
        assertThat(one.string("media.advertise")).isEqualTo("callbot-1:9092");
        assertThat(two.string("media.advertise")).isEqualTo("callbot-2:9092");
        assertThat(one.string("ami.secret")).isNotBlank().isEqualTo(two.string("ami.secret"));
    }

    @Test
    void robotsWaitForHealthyDependenciesAndOnlyNodeOneIsOn8080() throws Exception {
        for (String node : List.of("callbot-1", "callbot-2")) {
            Map<String, Object> deps = map(map(services().get(node)).get("depends_on"));
            assertThat(map(deps.get("postgres")).get("condition")).isEqualTo("service_healthy");
            assertThat(map(deps.get("asterisk")).get("condition")).isEqualTo("service_healthy");
        }
        assertThat(String.valueOf(map(services.get("callbot-1")).get("ports"))).contains("127.0.0.1:8080:8080");
        assertThat(map(services.get("postgres"))).containsKey("healthcheck");
        assertThat(map(services.get("asterisk"))).containsKey("healthcheck");
    }

    @Test
    void asteriskMountsTheProjectDialplansAndKeepsAmiPrivate() throws Exception {
        Map<String, Object> asterisk = map(services().get("asterisk"));
        assertThat(String.valueOf(asterisk.get("volumes")))
                .contains(ROOT.resolve("dialplans") + ":/etc/asterisk/callbot:ro");
        assertThat(String.valueOf(asterisk.get("ports"))).contains("5060").doesNotContain("5038");
        assertThat(String.valueOf(asterisk.get("image"))).startsWith("andrius/asterisk:22.");
    }

    @Test
    void configRefusesToRunWithoutTheSecrets(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.env"), "");
        Result r = run(List.of(dockerCompose(), "--env-file", empty.toString(), "-f", COMPOSE.toString(), "config"),
                Map.of());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("in docker/.env (copy docker/.env.example)");
    }

    @Test
    void dockerfileIsMultiStageNonRootWithHealthcheckModelAndLibs() throws IOException {
        String df = Files.readString(DOCKERFILE);
        assertThat(df).contains("FROM maven:3.9-eclipse-temurin-17 AS build", "FROM eclipse-temurin:17-jre",
                "mvn -B -ntp package -DskipTests", "EXPOSE 9092 8080", "VOLUME [\"/var/lib/callbot\"]", "CMD [\"serve\"]",
                "COPY --from=build /src/target/lib /opt/callbot/lib",
                "COPY --from=build /src/target/callbot.jar /opt/callbot/callbot.jar");
        assertThat(df.indexOf("COPY pom.xml")).as("dependency layer before the sources")
                .isPositive().isLessThan(df.indexOf("COPY src"));
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(df);
        assertThat(user.find()).as("a USER line").isTrue();
        assertThat(user.group(1)).doesNotStartWith("root").doesNotStartWith("0");
        assertThat(df).containsPattern("(?m)^HEALTHCHECK .*\\n\\s+CMD curl -fsS .*http://127\\.0\\.0\\.1:\\$\\{CALLBOT_API_PORT:-8080}/health");
    }

    @Test
    void dockerfileModelPathIsWhereTheServerLooks() throws IOException {
        String df = Files.readString(DOCKERFILE);
        Matcher modelDir = Pattern.compile("\"-D" + Pattern.quote(AsrSettings.MODEL_DIR_PROPERTY) + "=([^\"]+)\"").matcher(df);
        assertThat(modelDir.find()).as("ENTRYPOINT sets -D%s", AsrSettings.MODEL_DIR_PROPERTY).isTrue();
        String model = modelDir.group(1) + "/" + AsrSettings.DEFAULT_MODEL_NAME;
        assertThat(df).contains("COPY --from=build /src/target/voice-models/vosk-model-en-us " + model,
                "CALLBOT_ASR_MODEL_DIR=" + model, "\"-Dmary.base=/var/lib/callbot/marytts\"", "\"-jar\", \"/opt/callbot/callbot.jar\"");
        Set<String> known = ConfigKeys.ALL.stream().map(ConfigKey::envName).collect(Collectors.toSet());
        Matcher env = Pattern.compile("(CALLBOT_[A-Z_]+)=").matcher(df);
        while (env.find()) {
            assertThat(known).as("Dockerfile ENV %s is a callbot.yaml key", env.group(1)).contains(env.group(1));
        }
        assertThat(Files.readString(ROOT.resolve(".dockerignore"))).contains("docker/.env", "target");
    }

    @Test
    void asteriskStartScriptWritesAmiAndSoftphoneConfig(@TempDir Path conf) throws Exception {
        Result r = startScript(conf, "abcdefghijklmnop1234", "long-enough-pw");
        assertThat(r.exit()).as(r.err()).isZero();
        String manager = Files.readString(conf.resolve("manager.conf"));
        assertThat(manager).contains("secret = abcdefghijklmnop1234", "permit = 172.28.5.0/24", "bindaddr = 0.0.0.0");
        assertThat(classes(manager)).as("same AMI rights as dialplans/manager_callbot.conf")
                .isEqualTo(classes(Files.readString(ROOT.resolve("dialplans/manager_callbot.conf"))));
        assertThat(Files.readString(conf.resolve("pjsip.conf"))).contains("#include callbot/pjsip_callbot.conf",
                "[+14155550199]", "username = +14155550199", "password = long-enough-pw");
        assertThat(Files.readString(conf.resolve("extensions.conf"))).contains("#include callbot/extensions_callbot.conf");
        assertThat(Files.readString(conf.resolve("queues.conf"))).contains("#include callbot/queues_callbot.conf");
        assertThat(Files.readString(conf.resolve("rtp.conf"))).contains("rtpstart = 10000", "rtpend = 10099");
    }

    /** The written files with their #includes resolved as Asterisk would, from /etc/asterisk of the container. */
    @Test
    void theWrittenFilesLoadWithTheDropInsAsAsteriskWouldReadThem(@TempDir Path conf) throws Exception {
        assertThat(startScript(conf, "abcdefghijklmnop1234", "long-enough-pw").exit()).isZero();
        Files.createSymbolicLink(conf.resolve("callbot"), ROOT.resolve("dialplans"));
        Files.createSymbolicLink(conf.resolve("docker"), ROOT.resolve("docker/asterisk"));
        for (String file : List.of("manager.conf", "pjsip.conf", "extensions.conf", "queues.conf", "amd.conf", "rtp.conf")) {
            assertThat(AsteriskConfig.read(conf.resolve(file)).problems()).as(file).isEmpty();
        }
        Dialplan dialplan = Dialplan.read(conf.resolve("extensions.conf"));
        assertThat(dialplan.problems()).isEmpty();
        assertThat(dialplan.exists("callbot-outbound", "s", 1)).isTrue();
        assertThat(dialplan.exists("callbot-docker-softphone", "7000", 1)).isTrue();
        AsteriskConfig pjsip = AsteriskConfig.read(conf.resolve("pjsip.conf"));
        assertThat(pjsip.sections().stream().filter(s -> s.value("type").orElse("").equals("transport")))
                .as("one transport, the container's").hasSize(1);
        assertThat(pjsip.section("+14155550199", "endpoint")).isPresent();
        assertThat(pjsip.section("callbot-agent1", "endpoint")).isPresent();
        for (ConfigSection s : pjsip.sections()) {
            if (s.value("type").orElse("").equals("endpoint")) {
                assertThat(dialplan.context(s.value("context").orElseThrow())).as(s.name() + " context").isPresent();
            }
        }
        assertThat(AsteriskQueue.all(AsteriskConfig.read(conf.resolve("queues.conf"))))
                .extracting(AsteriskQueue::name).containsExactly("callbot-agents");
        ManagerUser user = ManagerUser.all(AsteriskConfig.read(conf.resolve("manager.conf"))).get(0);
        assertThat(user.read()).isEqualTo(ShippedPbxConfig.get().managerUser().read());
        assertThat(user.write()).isEqualTo(ShippedPbxConfig.get().managerUser().write());
    }

    @Test
    void asteriskStartScriptRefusesExampleAndShortSecrets(@TempDir Path conf) throws Exception {
        Result example = startScript(conf, "CHANGE_ME_ami_secret_at_least_16_chars", "long-enough-pw");
        assertThat(example.exit()).isNotZero();
        assertThat(example.err()).contains("CALLBOT_AMI_SECRET is still the example value");
        Result shortPw = startScript(conf, "abcdefghijklmnop1234", "short");
        assertThat(shortPw.exit()).isNotZero();
        assertThat(shortPw.err()).contains("SOFTPHONE_PASSWORD must be at least 12 characters");
        assertThat(conf.resolve("manager.conf")).doesNotExist();
    }

    @Test
    void softphoneCampaignIsValidAndMatchesTheExampleCustomer() throws IOException {
        assertThat(Main.newCommandLine().execute("validate", ROOT.resolve("docker/campaigns").toString())).isZero();
        String campaign = Files.readString(ROOT.resolve("docker/campaigns/softphone-test.yaml"));
        assertThat(campaign).contains("trunk: \"PJSIP/{phone}\"", "tenant: docker-test", "all: [test:softphone]");
        String number = envExample().get("SOFTPHONE_NUMBER");
        assertThat(Files.readString(ROOT.resolve("docker/import/softphone.csv"))).contains("," + number + ",", "test:softphone");
    }

    private static ServerConfig robotConfig(String node) throws Exception {
        Map<String, String> env = new TreeMap<>();
        map(map(services().get(node)).get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        Set<String> known = ConfigKeys.ALL.stream().map(ConfigKey::envName).collect(Collectors.toSet());
        env.keySet().stream().filter(k -> k.startsWith("CALLBOT_"))
                .forEach(k -> assertThat(known).as("%s sets %s, which is no callbot.yaml key", node, k).contains(k));
        assertThatCode(() -> ServerConfig.fromEnvironment(env)).as(node).doesNotThrowAnyException();
        return ServerConfig.fromEnvironment(env);
    }

    private static Result startScript(Path conf, String amiSecret, String softphonePassword) throws Exception {
        return run(List.of("sh", START_SH.toString(), "true"), Map.of("ASTERISK_CONF_DIR", conf.toString(),
                "CALLBOT_AMI_SECRET", amiSecret, "SOFTPHONE_NUMBER", "+14155550199", "SOFTPHONE_PASSWORD", softphonePassword));
    }

    /** The read= and write= lines of an AMI user: the rights the robot's AMI login has. */
    private static List<String> classes(String managerConf) {
        return managerConf.lines().map(String::strip).filter(l -> l.matches("(read|write)\\s*=.*"))
                .map(l -> l.replaceAll("\\s*;.*$", "").replaceAll("\\s+", "")).toList();
    }

    private static Map<String, String> envExample() throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        Files.readAllLines(ENV_EXAMPLE).stream().filter(l -> l.contains("=") && !l.startsWith("#"))
                .forEach(l -> env.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        return env;
    }

    /** The docker-compose executable; missing fails in CI (.ci/run installs it) and skips elsewhere. */
    private static String dockerCompose() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path exe = Path.of(dir, "docker-compose");
            if (Files.isExecutable(exe)) {
                return exe.toString();
            }
        }
        String message = "docker-compose is not installed: .ci/run installs Debian's docker-compose package"
                + " (apt-get install docker-compose), which validates docker/compose.yml without a Docker engine";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
        return null;
    }

    /** Runs a process with a minimal environment (so the caller's variables cannot fill in the secrets). */
    private static Result run(List<String> command, Map<String, String> extraEnv) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().retainAll(Set.of("PATH", "HOME", "LANG", "LC_ALL"));
        env.putAll(extraEnv);
        Path err = Files.createTempFile("docker-test", ".err");
        try {
            pb.redirectError(err.toFile());
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command + " did not finish in 120 s");
            }
            return new Result(p.exitValue(), out, Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    private record Result(int exit, String out, String err) {}
}
