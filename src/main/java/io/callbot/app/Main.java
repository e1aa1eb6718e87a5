package io.callbot.app;

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
                SimulateCommand.class,
                ReportCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** Builds the command tree; tests call this to run commands in-process. */
    public static CommandLine newCommandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
