package io.callbot.app;

import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignKey;
import io.callbot.campaign.TransferCheck;
import io.callbot.config.ServerConfig;
import io.callbot.dial.AmiDialer;
import io.callbot.dial.AmiSettings;
import io.callbot.dial.DialLimits;
import io.callbot.schedule.AttemptLedger;
import io.callbot.sim.PersonaMixes;
import io.callbot.sim.SimOptions;
import io.callbot.sim.SimPbxConfig;
import io.callbot.sim.SimulatedPbx;
import io.callbot.simulate.SimulatedCallers;
import io.callbot.tts.PromptCache;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's dialing: the AMI dialer towards Asterisk, or towards a simulated PBX run in this process
 * ({@code ami.simulated}), and the operator alarms that watch its link and the campaigns' webhook secrets. Built once
 * at start by {@link CallbotServer}; thread-safe.
 */
final class DialingSubsystem {
    private static final Logger log = LoggerFactory.getLogger(DialingSubsystem.class);

    /**
     * The {@code ami.*} settings.
     *
     * @param originateLog {@code ami.simulated_originate_log}, or null
     * @param alarmInterval {@code log.alarm_interval}: how often a standing alarm is logged again
     */
    record Settings(String host, int port, String user, String secret, boolean simulated, String simulatedPersonas,
            Path originateLog, Duration alarmInterval) {
        static Settings from(ServerConfig config) {
            return new Settings(config.string("ami.host"), config.integer("ami.port"), config.string("ami.user"),
                    config.string("ami.secret"), config.bool("ami.simulated"), config.string("ami.simulated_personas"),
                    config.string("ami.simulated_originate_log").isEmpty() ? null
                            : config.path("ami.simulated_originate_log"),
                    config.duration("log.alarm_interval"));
        }
    }

    final AmiDialer dialer;
    /** null unless {@code ami.simulated} */
    final SimulatedPbx pbx;
    final OperatorAlarms alarms;

    private DialingSubsystem(AmiDialer dialer, SimulatedPbx pbx, OperatorAlarms alarms) {
        this.dialer = dialer;
        this.pbx = pbx;
        this.alarms = alarms;
    }

    /** The dialplan every campaign's transfer_to must resolve in: ami.dialplan, or the shipped one. */
    static TransferCheck transfers(ServerConfig config) throws IOException {
        if (config.optional("ami.dialplan") == null) {
            return TransferCheck.shipped();
        }
        TransferCheck deployed = TransferCheck.read(config.path("ami.dialplan"));
        deployed.problems().forEach(p -> log.warn("ami.dialplan: {}", p));
        log.info("transfer targets are checked against {}", deployed.source());
        return deployed;
    }

    /**
     * Starts the simulated PBX when configured, then the dialer and the alarms.
     *
     * @param prompts   the simulated callers' voices
     * @param transfers the dialplan the simulated PBX runs
     * @param ledger    learns that an attempt may reach the phone before its Originate goes out (crash safety)
     */
    static DialingSubsystem start(Settings settings, CallbotServer.Options options, PromptCache prompts,
            TransferCheck transfers, AttemptLedger ledger, Supplier<Map<CampaignKey, Campaign>> campaigns,
            ServerMetrics metrics, Clock clock, CallbotServer.Closeables closeables) throws Exception {
        String secret = settings.secret();
        String host = settings.host();
        int port = settings.port();
        SimulatedPbx pbx = null;
        if (settings.simulated()) {
            if (secret.isEmpty()) {
                secret = UUID.randomUUID().toString();
            }
            SimOptions sim = SimOptions.defaults(settings.user(), secret, options.personas() != null
                    ? options.personas() : PersonaMixes.named(settings.simulatedPersonas(), 42));
            if (settings.originateLog() != null) {
                sim = sim.withOriginateLog(settings.originateLog());
            }
            var handler = options.simHandler() != null ? options.simHandler()
                    : closeables.keep(new SimulatedCallers(prompts));
            sim = sim.withHandler(handler).withPbx(SimPbxConfig.shipped().withDialplan(transfers.dialplan()));
            pbx = closeables.keep(SimulatedPbx.start(options.simulation() == null ? sim
                    : options.simulation().apply(sim)));
            host = "127.0.0.1";
            port = pbx.port();
        }
        AmiDialer dialer = closeables.keep(new AmiDialer(AmiSettings.of(host, port, settings.user(), secret),
                DialLimits.uniform(50, 100, 200, 200), metrics.dial()));
        dialer.addLinkStateListener(metrics.link());
        OperatorAlarms alarms = closeables.keep(new OperatorAlarms(host + ":" + port, campaigns, options.secrets(),
                clock, settings.alarmInterval()));
        dialer.addLinkStateListener(alarms);
        metrics.metrics().alarms(() -> alarms.amiDown().toMillis() / 1000.0, () -> alarms.missingSecrets().size());
        dialer.gate(attemptId -> ledger.markOriginating(attemptId, clock.instant()));
        dialer.start();
        alarms.start();
        return new DialingSubsystem(dialer, pbx, alarms);
    }
}
