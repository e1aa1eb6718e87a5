package io.callbot.app;

import io.callbot.api.ApiProfileEvents;
import io.callbot.api.ApiServer;
import io.callbot.api.ApiServices;
import io.callbot.api.ApiSettings;
import io.callbot.api.CallsApi;
import io.callbot.api.CampaignsApi;
import io.callbot.api.CustomersApi;
import io.callbot.api.DeadLettersApi;
import io.callbot.api.JdbcTokenStore;
import io.callbot.api.ReadinessCheck;
import io.callbot.call.ActiveCalls;
import io.callbot.call.CrmEvents;
import io.callbot.campaign.CampaignCatalog;
import io.callbot.config.ServerConfig;
import io.callbot.customer.AudienceQuery;
import io.callbot.customer.CustomerStore;
import io.callbot.launch.CustomerWhy;
import io.callbot.launch.OptOuts;
import io.callbot.schedule.AttemptLedger;
import io.callbot.schedule.CampaignScheduler;
import io.callbot.schedule.TickSettings;
import io.callbot.webhook.Backlog;
import io.callbot.webhook.WebhookOutbox;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The server's HTTP API and console: the read and control ports over the database, the live calls and the
 * scheduler, the readiness checks and the metrics. Built once at start by {@link CallbotServer}.
 */
final class ApiSubsystem {

    /**
     * The {@code api.*} settings.
     *
     * @param why the scheduler's settings the API's {@code why} applies
     */
    record Settings(String bind, int port, TickSettings why) {
        static Settings from(ServerConfig config) {
            return new Settings(config.string("api.bind"), config.integer("api.port"),
                    TickSettings.fromConfig(config, "api"));
        }
    }

    private ApiSubsystem() {
    }

    /** What the API reads and controls, as the other subsystems built it. */
    record Parts(DataSource dataSource, CustomerStore customers, CampaignCatalog catalog, CampaignScheduler scheduler,
            ActiveCalls calls, CrmEvents crmEvents, Path recordings, OperatorAlarms alarms, boolean speechModel) {
    }

    static ApiServer start(Settings settings, Parts parts, ServerMetrics metrics, Clock clock,
            CallbotServer.Closeables closeables) {
        DataSource ds = parts.dataSource();
        metrics.metrics().liveCalls(parts.calls()::live);
        WebhookOutbox outbox = new WebhookOutbox(ds, clock);
        metrics.metrics().webhookBacklog(() -> (int) backlog(outbox).pending(),
                () -> backlog(outbox).oldestUndeliveredAge().map(d -> d.toMillis() / 1000.0).orElse(0.0));
        List<ReadinessCheck> readiness = List.of(
                check("database", () -> {
                    try (var c = ds.getConnection()) {
                        return c.isValid(2);
                    }
                }),
                parts.alarms().amiReadiness(),
                parts.alarms().secretsReadiness(),
                check("speech_model", parts::speechModel));
        CampaignCatalog catalog = parts.catalog();
        ApiServices services = new ApiServices(new JdbcTokenStore(ds, clock),
                new CampaignsApi(catalog, parts.scheduler(), ds),
                new CustomersApi(ds, parts.customers(), new ApiProfileEvents(ds, outbox, parts.crmEvents(),
                        catalog::campaigns, clock), new CustomerWhy(ds, parts.customers(), new AudienceQuery(ds, clock),
                        settings.why(), clock, catalog::get),
                        new OptOuts(parts.customers(), new AttemptLedger(ds), clock)),
                new CallsApi(ds, parts.recordings(), parts.calls()), new DeadLettersApi(outbox),
                readiness, metrics.registry());
        return closeables.keep(new ApiServer(ApiSettings.defaults(settings.bind(), settings.port()), services)
                .start());
    }

    private static Backlog backlog(WebhookOutbox outbox) {
        try {
            return outbox.backlog();
        } catch (SQLException e) {
            return new Backlog(0, 0, 0, Optional.empty());
        }
    }

    private interface Probe {
        boolean up() throws Exception;
    }

    private static ReadinessCheck check(String name, Probe probe) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Status check() {
                try {
                    return probe.up() ? Status.up("ok") : Status.down("not ready");
                } catch (Exception e) {
                    return Status.down(e.getMessage());
                }
            }
        };
    }
}
