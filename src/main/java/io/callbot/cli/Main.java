package io.callbot.cli;

import io.callbot.config.ConfigException;
import io.callbot.config.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code callbot} command line; each subcommand is its own class in this package. Runs on the caller's thread. */
@Command(
        name = "callbot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Self-hosted outbound-call robot server.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ValidateCommand.class,
                CustomersCommand.class,
                WhyCommand.class,
                WebhooksCommand.class,
                DemoCommand.class,
                ServeCommand.class,
                TokensCommand.class,
                TenantsCommand.class,
                SimulateCommand.class,
                ReportCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        chooseLogFormat();
        System.exit(newCommandLine().execute(args));
    }

    /** Before anything logs: log.json (callbot.yaml or CALLBOT_LOG_JSON) picks logback's JSON appender. */
    private static void chooseLogFormat() {
        try {
            Path file = Path.of("callbot.yaml");
            ServerConfig config = ServerConfig.load(Files.exists(file) ? file : null, System.getenv());
            if (config.bool("log.json")) {
                System.setProperty("callbot.log.format", "JSON");
            }
        } catch (RuntimeException e) {
            // an invalid configuration is reported by the command that reads it
        }
    }

    /** Builds the command tree; tests call this to run commands in-process. */
    public static CommandLine newCommandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::configurationProblem);
    }

    /** Any command that reads an invalid configuration says what is wrong and exits 2, without a stack trace. */
    private static int configurationProblem(Exception e, CommandLine cmd, CommandLine.ParseResult parsed)
            throws Exception {
        if (e instanceof ConfigException config) {
            cmd.getErr().println("callbot: the configuration is invalid:");
            config.problems().forEach(p -> cmd.getErr().println("  " + p));
            return 2;
        }
        throw e;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
