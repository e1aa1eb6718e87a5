package io.callbot.cli;

import io.callbot.call.CampaignDialogs;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.campaign.LoadResult;
import io.callbot.customer.CustomerStore;
import io.callbot.dialog.engine.CustomerView;
import io.callbot.dialog.engine.Dialog;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.sim.voice.NoiseCondition;
import io.callbot.sim.voice.VoiceUnavailableException;
import io.callbot.simulate.SimulatedTextCall;
import io.callbot.simulate.SimulatedVoiceCall;
import io.callbot.simulate.SimulationInput;
import io.callbot.simulate.SimulationProfile;
import io.callbot.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code callbot simulate CAMPAIGN.yaml}: try a campaign's script without a phone, in text or through the
 * real voice pipeline; prints the state path, the outcome and the profile changes, and writes nothing.
 * Runs on the caller's thread.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Try a campaign's dialog without a phone: the robot's lines print as text, you type the "
                + "caller's answers (empty line = silence, a single key 0-9*# = keypress, /hangup = hang up).",
                "Prints the state path, the outcome and the profile changes it would make; writes nothing."})
public final class SimulateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CAMPAIGN.yaml", description = "The campaign file.")
    Path campaignFile;

    @Option(names = "--customer", paramLabel = "EXTERNAL_ID", description = "Use this stored customer's profile (read only).")
    String customer;

    @Option(names = "--tenant", paramLabel = "T", description = "Tenant of --customer (default: the campaign's).")
    String tenant;

    @CommandLine.Mixin
    DatabaseOptions db;

    @Option(names = "--profile", paramLabel = "FILE", description = "Customer profile JSON: first_name, last_name, "
            + "phone, timezone, tags [], attributes {}.")
    Path profileFile;

    @Option(names = "--script", paramLabel = "FILE", description = "Read the caller's answers from this file, one a line.")
    Path script;

    @Option(names = "--voice", description = "Run through MaryTTS, a real AudioSocket connection and Vosk.")
    boolean voice;

    @Option(names = "--caller-voice", paramLabel = "ENGINE:VOICE", description = "With --voice: the caller's voice, "
            + "e.g. espeak:en-us+m3, flite:kal, festival:kal_diphone, mary:cmu-slt-hsmm (default "
            + SimulatedVoiceCall.DEFAULT_CALLER_VOICE + "). Its lines go through a phone line: 300-3400 Hz, G.711 mu-law.")
    String callerVoice;

    @Option(names = "--caller-noise", paramLabel = "NOISE", description = "With --voice: background noise on the "
            + "caller's side: none (default), or cafe, pink, white, brown followed by the SNR in dB, e.g. cafe15.")
    String callerNoise;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!voice && (callerVoice != null || callerNoise != null)) {
                throw new IllegalArgumentException("--caller-voice and --caller-noise need --voice");
            }
            Campaign campaign = load();
            CustomerView view = customerView(campaign);
            DialogContext context = new DialogContext(view, campaign.id(), campaign.name(), campaign.data());
            BufferedReader lines = input();
            try {
                SimulationInput in = new SimulationInput(lines, out, script == null);
                if (voice) {
                    return SimulatedVoiceCall.run(campaign, context, in, out,
                            callerVoice == null ? SimulatedVoiceCall.DEFAULT_CALLER_VOICE : callerVoice,
                            NoiseCondition.parse(callerNoise == null ? "none" : callerNoise));
                }
                SimulatedTextCall call = new SimulatedTextCall(
                        new Dialog(campaign.dialog(), context, CampaignDialogs.settingsFor(campaign), Clock.systemDefaultZone()), out);
                call.run(in);
                call.effects().printSummary(call.dialog(), out);
            } finally {
                if (script != null) {
                    lines.close(); // never close the terminal's stdin
                }
            }
            return 0;
        } catch (IllegalArgumentException | VoiceUnavailableException e) {
            err.println("simulate: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private Campaign load() {
        if (!Files.isRegularFile(campaignFile)) {
            throw new IllegalArgumentException(campaignFile + ": no such campaign file");
        }
        LoadResult loaded = CampaignLoader.load(campaignFile);
        if (!loaded.valid()) {
            StringBuilder b = new StringBuilder(campaignFile + ": the campaign is not valid:");
            loaded.errors().forEach(e -> b.append(System.lineSeparator()).append("  ").append(e));
            throw new IllegalArgumentException(b.toString());
        }
        return loaded.campaign();
    }

    private CustomerView customerView(Campaign campaign) {
        if (customer != null && profileFile != null) {
            throw new IllegalArgumentException("give either --customer or --profile, not both");
        }
        if (profileFile != null) {
            return SimulationProfile.read(profileFile);
        }
        if (customer == null) {
            return SimulationProfile.sample();
        }
        String t = tenant != null ? tenant : campaign.tenant();
        try (Database database = db.open()) {
            return new CustomerStore(database.dataSource(), Clock.systemUTC()).getByExternalId(t, customer)
                    .map(SimulationProfile::of)
                    .orElseThrow(() -> new IllegalArgumentException("--customer: no customer '" + customer
                            + "' in tenant '" + t + "'"));
        }
    }

    private BufferedReader input() throws IOException {
        if (script == null) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        if (!Files.isRegularFile(script)) {
            throw new IllegalArgumentException("--script: no such file " + script);
        }
        return Files.newBufferedReader(script, StandardCharsets.UTF_8);
    }
}
