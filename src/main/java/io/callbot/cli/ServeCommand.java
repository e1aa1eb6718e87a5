package io.callbot.cli;

import io.callbot.app.CallbotServer;
import io.callbot.config.ConfigException;
import io.callbot.config.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code callbot serve}: runs the robot until SIGTERM / Ctrl-C, then shuts down gracefully: stops releasing
 * calls, lets live calls finish up to {@code shutdown.timeout}, then stops the scheduler, webhooks and media.
 * A second signal ends at once. Runs on the caller's thread until shutdown.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the call robot: campaigns, dialer, media server, speech, webhooks.",
                "Settings come from callbot.yaml (or --config) and CALLBOT_* environment variables."})
final class ServeCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--config", description = "Configuration file (default: ./callbot.yaml when it exists).")
    Path configFile;

    @Override
    public Integer call() throws Exception {
        Path file = configFile != null ? configFile : Files.exists(Path.of("callbot.yaml")) ? Path.of("callbot.yaml") : null;
        ServerConfig config;
        try {
            config = ServerConfig.load(file, System.getenv());
        } catch (ConfigException e) {
            System.err.println("callbot: the configuration is invalid:");
            e.problems().forEach(p -> System.err.println("  " + p));
            return 2;
        }
        CountDownLatch stop = new CountDownLatch(1);
        try (CallbotServer server = CallbotServer.start(config, CallbotServer.Options.defaults())) {
            // A signal handler, not a shutdown hook: the JVM does not start exiting (and H2 does not close the
            // database under the calls still finishing) until the drain below is done. A second signal ends at once.
            for (String name : new String[] {"TERM", "INT"}) {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    if (stop.getCount() == 0) {
                        log.warn("second SIG{}: stopping now", name);
                        Runtime.getRuntime().halt(1);
                    }
                    stop.countDown();
                });
            }
            stop.await();
            drain(server, config.duration("shutdown.timeout"));
        }
        return 0;
    }

    /** Stops releasing calls and waits for those in progress, saying what it waits for. */
    static void drain(CallbotServer server, Duration timeout) throws InterruptedException {
        log.info("shutting down: no new calls; waiting up to {} s for {} call(s) in progress", timeout.toSeconds(),
                server.callsInProgress());
        server.stopReleasingCalls();
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (server.callsInProgress() > 0 && System.nanoTime() < deadline) {
            if (server.callsInProgress() != last) {
                last = server.callsInProgress();
                log.info("waiting for {} call(s) to finish", last);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        if (server.callsInProgress() > 0) {
            log.warn("shutdown timeout: {} call(s) still in progress are left to reconciliation", server.callsInProgress());
        } else {
            log.info("all calls finished; stopping");
        }
    }
}
