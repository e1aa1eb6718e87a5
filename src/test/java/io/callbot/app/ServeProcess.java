package io.callbot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code callbot serve} as a child JVM on the test's class path, configured through {@code CALLBOT_*}
 * environment variables, its output in a log file. Used by the process-level tests; one thread at a time.
 */
final class ServeProcess implements AutoCloseable {
    private final Path log;
    private final Process process;

    private ServeProcess(Path log, Process process) {
        this.log = log;
        this.process = process;
    }

    /**
     * The environment of a {@code serve} node on the simulated PBX with quick personas, logging every Originate to
     * {@code originates}, on ephemeral media and API ports; tests add their database and limits.
     */
    static Map<String, String> simulatedNodeEnv(String node, Path data, Path campaigns, Path originates) {
        Map<String, String> env = new HashMap<>();
        env.put("CALLBOT_NODE_ID", node);
        env.put("CALLBOT_DATA_DIR", data.toString());
        env.put("CALLBOT_CAMPAIGNS_DIR", campaigns.toString());
        env.put("CALLBOT_AMI_SIMULATED", "true");
        env.put("CALLBOT_AMI_SIMULATED_PERSONAS", "quick");
        env.put("CALLBOT_AMI_SIMULATED_ORIGINATE_LOG", originates.toString());
        env.put("CALLBOT_MEDIA_PORT", "0");
        env.put("CALLBOT_MEDIA_BIND", "127.0.0.1");
        env.put("CALLBOT_API_PORT", "0");
        return env;
    }

    static ServeProcess start(Path log, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dcallbot.model.dir=" + System.getProperty("callbot.model.dir", "target/voice-models"),
                "-Dmary.base=" + System.getProperty("mary.base", "target/marytts"),
                "io.callbot.cli.Main", "serve")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return new ServeProcess(log, pb.start());
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    boolean ready() throws IOException {
        return log().contains("callbot ready");
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL on Linux: no shutdown hook, no graceful stop, exactly a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("serve did not die after SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
