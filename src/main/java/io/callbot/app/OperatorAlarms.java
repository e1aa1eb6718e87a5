package io.callbot.app;

import io.callbot.api.ReadinessCheck;
import io.callbot.campaign.Campaign;
import io.callbot.config.DaemonThreads;
import io.callbot.dial.LinkState;
import io.callbot.dial.LinkStateListener;
import io.callbot.webhook.SecretResolver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator must not miss, said loudly and again until it is fixed: Asterisk unreachable (no calls are placed)
 * and campaigns whose webhook secret variable is unset (their CRM events stay queued). Logs at ERROR every interval,
 * feeds {@code /ready} with the reasons and the metrics with the figures. Link changes arrive on a dialer thread, the
 * checks run on one daemon thread; state is in volatile fields.
 */
final class OperatorAlarms implements LinkStateListener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OperatorAlarms.class);

    private final String amiTarget;
    private final Supplier<Map<io.callbot.campaign.CampaignKey, Campaign>> campaigns;
    private final SecretResolver secrets;
    private final Clock clock;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("operator-alarms"));
    private volatile LinkState link = LinkState.DISCONNECTED;
    private volatile Instant downSince;

    OperatorAlarms(String amiTarget, Supplier<Map<io.callbot.campaign.CampaignKey, Campaign>> campaigns, SecretResolver secrets, Clock clock,
            Duration interval) {
        this.amiTarget = amiTarget;
        this.campaigns = campaigns;
        this.secrets = secrets;
        this.clock = clock;
        this.interval = interval;
        this.downSince = clock.instant();
    }

    OperatorAlarms start() {
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void onLinkState(LinkState previous, LinkState current) {
        if (current == LinkState.CONNECTED) {
            downSince = null;
        } else if (downSince == null) {
            downSince = clock.instant();
        }
        link = current;
    }

    /** One round of alarms; runs every interval. */
    void check() {
        try {
            Duration down = amiDown();
            if (down.compareTo(interval) >= 0) {
                log.error("Asterisk unreachable: the AMI link to {} has been {} for {} s; no calls are being placed",
                        amiTarget, link, down.toSeconds());
            }
            missingSecrets().forEach(m -> log.error("{}; its CRM events stay queued until the variable is set and the"
                    + " server restarted", m));
        } catch (RuntimeException e) {
            log.warn("operator alarm check failed: {}", e.toString());
        }
    }

    Duration amiDown() {
        Instant since = downSince;
        return since == null ? Duration.ZERO : Duration.between(since, clock.instant());
    }

    /** One sentence per campaign whose webhook secret is not set. */
    List<String> missingSecrets() {
        return campaigns.get().values().stream()
                .filter(c -> c.webhook() != null && secrets.resolve(c.webhook().secretEnv()).isEmpty())
                .map(c -> "campaign " + c.id() + " (tenant " + c.tenant() + "): webhook secret variable "
                        + c.webhook().secretEnv() + " is not set")
                .sorted().toList();
    }

    ReadinessCheck amiReadiness() {
        return check("ami", () -> link == LinkState.CONNECTED ? ReadinessCheck.Status.up("connected to " + amiTarget)
                : ReadinessCheck.Status.down("AMI link to " + amiTarget + " is " + link + " for "
                        + amiDown().toSeconds() + " s"));
    }

    ReadinessCheck secretsReadiness() {
        return check("webhook_secrets", () -> {
            List<String> missing = missingSecrets();
            return missing.isEmpty() ? ReadinessCheck.Status.up("every campaign's webhook secret is set")
                    : ReadinessCheck.Status.down(String.join("; ", missing));
        });
    }

    private static ReadinessCheck check(String name, Supplier<ReadinessCheck.Status> status) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Status check() {
                return status.get();
            }
        };
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
