package io.callbot.api;

import io.callbot.customer.ImportFormat;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tenancy tree (platform; merchants acme and globex; acme's sub-merchant acme-east) with one campaign, customer,
 * call and dead letter each, served by in-memory ports that filter by scope as the real ones must.
 */
final class Fixture {
    static final Tenant PLATFORM = new Tenant("platform", null, TenantKind.PLATFORM);
    static final Tenant ACME = new Tenant("acme", "platform", TenantKind.MERCHANT);
    static final Tenant EAST = new Tenant("acme-east", "acme", TenantKind.SUB_MERCHANT);
    static final Tenant GLOBEX = new Tenant("globex", "platform", TenantKind.MERCHANT);
    static final List<Tenant> TENANTS = List.of(PLATFORM, ACME, EAST, GLOBEX);
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    static final String REJECTED_EDIT = "campaigns/camp-acme-east.yaml:14:7: dial.max_concurrent: must be > 0, was -1";
    static final CampaignSchedule SCHEDULE = new CampaignSchedule(java.time.LocalDate.parse("2026-11-01"), null,
            "0 0/5 9-19 ? * MON-FRI", "America/New_York", "09:00", "20:00", List.of("mon", "tue", "wed", "thu", "fri"),
            List.of());

    final Map<String, String> tokens = new HashMap<>();
    final Map<String, CampaignSummary> campaigns = new ConcurrentHashMap<>();
    final Map<String, Funnel> funnels = new HashMap<>();
    final Map<String, CustomerDetail> customers = new ConcurrentHashMap<>();
    final Map<String, UUID> callIds = new LinkedHashMap<>();
    final Map<String, DeadLetterSummary> deadLetters = new LinkedHashMap<>();
    final List<String> imports = new ArrayList<>();
    final InMemoryCalls calls;
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    static final int RECORDING_BYTES = 150_000;
    final Path recording;

    Fixture() throws IOException {
        recording = Files.createTempFile("call", ".wav");
        // longer than one chunk of a file response, so the API's chunked file sending is exercised
        Files.writeString(recording, "RIFF\0\0\0\0WAVE" + "d".repeat(RECORDING_BYTES - 12));
        recording.toFile().deleteOnExit();
        List<CallSummary> summaries = new ArrayList<>();
        int n = 0;
        for (Tenant t : TENANTS) {
            tokens.put(t.id(), "tok-" + t.id());
            if (t == PLATFORM) {
                continue;
            }
            n++;
            String camp = "camp-" + t.id();
            campaigns.put(camp, new CampaignSummary(camp, t.id(), "Campaign of " + t.id(), "marketing", "RUNNING",
                    "v" + n, n, T0, null, SCHEDULE));
            funnels.put(camp, new Funnel(100L * n, 80L * n, 50L * n, 40L * n, 30L * n, 10L * n, n));
            String cust = "cust-" + t.id();
            customers.put(cust, new CustomerDetail(cust, t.id(), "crm-" + n, "+1555000000" + n, "America/New_York",
                    Set.of("new"), Map.of(), false, null, null));
            UUID call = UUID.nameUUIDFromBytes(t.id().getBytes());
            callIds.put(t.id(), call);
            CallSummary s = new CallSummary(call, t.id(), camp, cust, 1, "ANSWERED", "interested",
                    T0.plusSeconds(60L * n), T0.plusSeconds(60L * n + 45), 45_000,
                    new CustomerCard(cust, "crm-" + n, "Customer " + n, "+1 \u2022\u2022\u2022-\u2022\u2022\u2022-000" + n,
                            "America/New_York"));
            summaries.add(s);
            deadLetters.put("dl-" + t.id(), new DeadLetterSummary("dl-" + t.id(), t.id(), camp, "call.finished",
                    "https://crm.example/hook", 12, "HTTP 500", T0, T0.plusSeconds(86_400)));
        }
        calls = new InMemoryCalls(summaries);
        for (CallSummary s : summaries) {
            calls.detail(new CallDetail(s, List.of(new TranscriptLine("robot", 0, "Hello, this is Acme."),
                    new TranscriptLine("customer", 2100, "yes I am interested")), List.of("interested"), true),
                    recording);
            calls.live(new LiveCall(UUID.randomUUID(), s.tenant(), s.campaignId(), s.customerId(), "IN_CALL", T0));
        }
    }

    String token(Tenant t) {
        return tokens.get(t.id());
    }

    ApiServices services(List<ReadinessCheck> checks) {
        Map<String, Caller> callers = new HashMap<>();
        for (Tenant t : TENANTS) {
            callers.put(tokens.get(t.id()), new Caller("id-" + t.id(), TenantScope.of(t, TENANTS), TokenRole.ADMIN));
        }
        return new ApiServices(raw -> Optional.ofNullable(callers.get(raw)), new Campaigns(), new Customers(),
                calls, new DeadLetters(), checks, registry);
    }

    final class Campaigns implements CampaignPort {
        @Override
        public List<CampaignSummary> list(TenantScope scope) {
            return campaigns.values().stream().filter(c -> scope.sees(c.tenant())).sorted(
                    java.util.Comparator.comparing(CampaignSummary::id)).toList();
        }

        @Override
        public Optional<CampaignDetail> get(TenantScope scope, String id) {
            // acme-east's file has a rejected edit, as CampaignCatalog reports one
            return visible(scope, id).map(c -> new CampaignDetail(c, "campaigns/" + id + ".yaml",
                    id.equals("camp-acme-east") ? List.of(REJECTED_EDIT) : List.of()));
        }

        @Override
        public Optional<CampaignSummary> control(TenantScope scope, String id, CampaignCommand command) {
            return visible(scope, id).map(c -> {
                String next = switch (command) {
                    case START, RESUME -> "RUNNING";
                    case PAUSE -> "PAUSED";
                    case CANCEL -> "CANCELLED";
                };
                if (c.state().equals("CANCELLED")) {
                    throw new IllegalStateException("campaign " + id + " is cancelled; it cannot be "
                            + command.name().toLowerCase() + "d");
                }
                CampaignSummary after = c.withState(next);
                campaigns.put(id, after);
                return after;
            });
        }

        @Override
        public Optional<Funnel> stats(TenantScope scope, String id) {
            return visible(scope, id).map(c -> funnels.get(id));
        }

        @Override
        public Optional<List<NoMatchRow>> noMatch(TenantScope scope, String id, int limit) {
            return visible(scope, id).map(c -> List.of(new NoMatchRow("greeting", "what is this about", 3),
                    new NoMatchRow("offer", "maybe later", 1)).subList(0, Math.min(2, limit)));
        }

        @Override
        public Optional<Timeline> timeline(TenantScope scope, String id, Instant from, Instant to, boolean daily,
                java.time.ZoneId zone) {
            return visible(scope, id).map(c -> new Timeline(daily ? "day" : "hour", zone.getId(), List.of(
                    new Timeline.Bucket(from, Map.of("ANSWERED", 2L, "BUSY", 1L), Map.of("interested", 1L, "none", 2L)))));
        }

        @Override
        public Optional<List<LocalHourRate>> answerRateByLocalHour(TenantScope scope, String id) {
            return visible(scope, id).map(c -> java.util.stream.IntStream.range(0, 24)
                    .mapToObj(h -> new LocalHourRate(h, h >= 9 && h < 20 ? 10 : 0, h >= 9 && h < 20 ? h - 8 : 0, 0))
                    .toList());
        }

        private Optional<CampaignSummary> visible(TenantScope scope, String id) {
            return Optional.ofNullable(campaigns.get(id)).filter(c -> scope.sees(c.tenant()));
        }
    }

    final class Customers implements CustomerPort {
        @Override
        public ImportReport importCustomers(String tenantId, ImportFormat format, byte[] body) {
            imports.add(tenantId + ":" + format);
            long lines = new String(body).lines().count();
            return new ImportReport((int) (format == ImportFormat.CSV ? lines - 1 : lines), 0, List.of());
        }

        @Override
        public Optional<CustomerDetail> get(TenantScope scope, String id) {
            return Optional.ofNullable(customers.get(id)).filter(c -> scope.sees(c.tenant()));
        }

        @Override
        public Optional<CustomerDetail> changeTags(TenantScope scope, String id, Set<String> add, Set<String> remove) {
            return get(scope, id).map(c -> {
                Set<String> tags = new TreeSet<>(c.tags());
                tags.addAll(add);
                tags.removeAll(remove);
                return put(new CustomerDetail(c.id(), c.tenant(), c.externalId(), c.phone(), c.timezone(), tags,
                        c.attributes(), c.doNotCall(), c.doNotCallReason(), c.lastCalledAt()));
            });
        }

        @Override
        public Optional<CustomerDetail> setDoNotCall(TenantScope scope, String id, boolean dnc, String reason) {
            return get(scope, id).map(c -> put(new CustomerDetail(c.id(), c.tenant(), c.externalId(), c.phone(),
                    c.timezone(), c.tags(), c.attributes(), dnc, dnc ? reason : null, c.lastCalledAt())));
        }

        @Override
        public Optional<WhyNotCalled> whyNotCalled(TenantScope scope, String id, String campaignId) {
            CampaignSummary camp = campaigns.get(campaignId);
            if (camp == null || !scope.sees(camp.tenant())) {
                return Optional.empty();
            }
            return get(scope, id).map(c -> new WhyNotCalled(id, campaignId, !c.doNotCall(), c.doNotCall()
                    ? List.of(new WhyNotCalled.Reason("DO_NOT_CALL", "customer is on the do-not-call list"))
                    : List.of(), null));
        }

        private CustomerDetail put(CustomerDetail c) {
            customers.put(c.id(), c);
            return c;
        }
    }

    final class DeadLetters implements DeadLetterPort {
        @Override
        public List<DeadLetterSummary> list(TenantScope scope, int limit) {
            return deadLetters.values().stream().filter(d -> scope.sees(d.tenant())).limit(limit).toList();
        }

        @Override
        public Optional<DeadLetterSummary> replay(TenantScope scope, String id) {
            return Optional.ofNullable(deadLetters.get(id)).filter(d -> scope.sees(d.tenant()));
        }
    }
}
