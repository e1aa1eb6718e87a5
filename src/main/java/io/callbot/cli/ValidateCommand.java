package io.callbot.cli;

import io.callbot.campaign.AsrModelCheck;
import io.callbot.campaign.CampaignLoader;
import io.callbot.campaign.ListeningReport;
import io.callbot.campaign.LoadResult;
import io.callbot.campaign.TransferCheck;
import io.callbot.campaign.ValidationError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code callbot validate [PATH...]}: checks campaign files and prints every error; runs on the caller's thread. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
                "Check campaign YAML files and print every error as file:line:column: path: rule.",
                "Each transfer_to must resolve in [callbot-transfer] of the dialplan (the shipped",
                "dialplans/extensions_callbot.conf unless --dialplan names the PBX's copy).",
                "Exit code 0 when every file is valid, 1 otherwise."},
        footer = {"", "Examples:", "  callbot validate campaigns/", "  callbot validate campaigns/winback-coupon.yaml",
                "  callbot validate --explain campaigns/winback-coupon.yaml",
                "  callbot validate --dialplan /etc/asterisk/extensions_callbot.conf campaigns/"})
public final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Campaign files, or directories whose *.yaml files are checked (default: campaigns/).")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Option(names = "--explain",
            description = "For each valid campaign, what every listening state hears: library intents, own phrases, keys.")
    boolean explain;

    @CommandLine.Option(names = "--dialplan", paramLabel = "FILE",
            description = "The extensions_callbot.conf deployed on the PBX (its #includes read from its directory); "
                    + "default: the one shipped in dialplans/.")
    Path dialplan;

    @CommandLine.Option(names = "--asr-model", paramLabel = "NAME",
            description = "The server's speech model (the name of its asr.model_dir directory, e.g. vosk-model-en-us): "
                    + "voice.asr_model must name it; default: any name is accepted (the server checks at load).")
    String asrModel;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> targets = paths.isEmpty() ? List.of(Path.of("campaigns")) : paths;
        TransferCheck transfers;
        try {
            transfers = dialplan == null ? TransferCheck.shipped() : TransferCheck.read(dialplan);
        } catch (IOException e) {
            err.println(dialplan + ": cannot read the dialplan: " + e.getMessage());
            err.flush();
            return 1;
        }
        // what Asterisk itself would warn about in that dialplan comes first: its targets may be missing because of it
        transfers.problems().forEach(p -> err.println(p));
        List<LoadResult> results = new ArrayList<>();
        boolean ok = transfers.problems().isEmpty();
        AsrModelCheck models = asrModel == null ? AsrModelCheck.ANY : AsrModelCheck.serverHas(asrModel);
        for (Path target : targets) {
            ok &= collect(target, results, err, transfers, models);
        }
        int invalid = 0;
        for (LoadResult result : results) {
            if (result.valid()) {
                out.printf("ok      %s  (id %s, version %s)%n", result.file(), result.campaign().id(),
                        result.campaign().version().substring(0, 12));
                if (explain) {
                    ListeningReport.of(result.campaign()).forEach(out::println);
                }
            } else {
                invalid++;
                result.errors().forEach(e -> err.println(e));
            }
        }
        int errors = results.stream().mapToInt(r -> r.errors().size()).sum();
        out.printf("%d campaign file(s) checked: %d valid, %d invalid, %d error(s)%n",
                results.size(), results.size() - invalid, invalid, errors);
        out.flush();
        err.flush();
        return ok && invalid == 0 ? 0 : 1;
    }

    private static boolean collect(Path target, List<LoadResult> results, PrintWriter err, TransferCheck transfers,
            AsrModelCheck models) {
        if (Files.isDirectory(target)) {
            try {
                List<LoadResult> found = CampaignLoader.loadDirectory(target, transfers, models);
                if (found.isEmpty()) {
                    err.println(target + ": no *.yaml campaign files found");
                    return false;
                }
                results.addAll(found);
                return true;
            } catch (IOException e) {
                err.println(target + ": cannot list directory: " + e.getMessage());
                return false;
            }
        }
        if (!Files.exists(target)) {
            err.println(target + ": no such file or directory");
            return false;
        }
        results.add(CampaignLoader.load(target, transfers, models));
        return true;
    }
}
