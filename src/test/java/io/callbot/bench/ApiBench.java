package io.callbot.bench;

import io.callbot.api.ApiServer;
import io.callbot.api.ApiServices;
import io.callbot.api.ApiSettings;
import io.callbot.api.Caller;
import io.callbot.api.Json;
import io.callbot.api.Tenant;
import io.callbot.api.TenantKind;
import io.callbot.api.TenantScope;
import io.callbot.api.TokenRole;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * API p99 latency of {@code GET /api/v1/calls} over 1,000,000 call rows in PostgreSQL (127.0.0.1:5432/test, a private
 * schema dropped at the end), through the real HTTP server: first pages, cursor walks, deep random cursors, filters.
 * Run: {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}, then
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.callbot.bench.ApiBench [rows]}.
 * Single-threaded client, sequential requests over one keep-alive connection.
 */
public final class ApiBench {
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final List<Tenant> TENANTS = List.of(new Tenant("platform", null, TenantKind.PLATFORM),
            new Tenant("acme", "platform", TenantKind.MERCHANT), new Tenant("acme-east", "acme", TenantKind.SUB_MERCHANT),
            new Tenant("globex", "platform", TenantKind.MERCHANT), new Tenant("initech", "platform", TenantKind.MERCHANT));

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(PG, "postgres", "")) {
            admin.createStatement().execute("CREATE SCHEMA " + schema);
            try {
                run(schema, rows);
            } finally {
                admin.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void run(String schema, int rows) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(PG + "?currentSchema=" + schema);
        ds.setUser("postgres");
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(CallListingSql.DDL);
            s.execute("INSERT INTO call_attempt SELECT md5(i::text)::uuid,"
                    + " (ARRAY['acme','acme-east','globex','initech'])[1 + i % 4], 'camp-' || (i % 40),"
                    + " i, 1, 'FINISHED', (ARRAY['ANSWERED','BUSY','NO_ANSWER','FAILED','REJECTED'])[1 + i % 5],"
                    + " CASE WHEN i % 5 = 0 THEN 'interested' ELSE NULL END,"
                    + " TIMESTAMPTZ '2026-11-01 00:00:00+00' - i * INTERVAL '2 seconds' - INTERVAL '40 seconds',"
                    + " TIMESTAMPTZ '2026-11-01 00:00:00+00' - i * INTERVAL '2 seconds'"
                    + " FROM generate_series(1, " + rows + ") i");
            for (String ix : CallListingSql.INDEXES) {
                s.execute(ix);
            }
            s.execute("ANALYZE call_attempt");
        }
        System.out.printf("loaded %,d rows in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
        Map<String, Caller> callers = Map.of("tok-acme", new Caller("t1", TenantScope.of(TENANTS.get(1), TENANTS), TokenRole.READ),
                "tok-globex", new Caller("t2", TenantScope.of(TENANTS.get(3), TENANTS), TokenRole.READ));
        ApiServices services = new ApiServices(t -> Optional.ofNullable(callers.get(t)), null, null,
                new CallListingSql(ds), null, List.of(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        try (ApiServer server = new ApiServer(ApiSettings.defaults("127.0.0.1", 0), services).start()) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port() + "/api/v1/calls";
            measure("warm-up", http, base, "?limit=50", "tok-acme", 300, false);
            measure("first page, merchant + sub-merchant (2 tenants)", http, base, "?limit=50", "tok-acme", 500, false);
            measure("first page, one merchant", http, base, "?limit=50", "tok-globex", 500, false);
            measure("cursor walk, 500 consecutive pages", http, base, "?limit=50", "tok-globex", 500, true);
            measure("deep random cursor (anywhere in 1M)", http, base, "?limit=50&cursor=", "tok-globex", 500, false);
            measure("filter campaign + result", http, base, "?limit=50&campaign=camp-2&result=FAILED", "tok-globex",
                    500, false);
            measure("filter outcome + time window", http, base,
                    "?limit=50&outcome=interested&from=2026-10-20T00:00:00Z&to=2026-10-25T00:00:00Z", "tok-globex",
                    500, false);
        }
    }

    private static void measure(String name, HttpClient http, String base, String query, String token, int n,
                                boolean follow) throws Exception {
        long[] nanos = new long[n];
        Random random = new Random(42);
        String next = null;
        for (int i = 0; i < n; i++) {
            String q = query;
            if (query.endsWith("cursor=")) {
                long sec = 1_793_491_200L - 2L * random.nextInt(1_000_000);
                q = query + new io.callbot.api.CallCursor(java.time.Instant.ofEpochSecond(sec),
                        new UUID(0, 0)).encode();
            } else if (follow && next != null) {
                q = query + "&cursor=" + next;
            }
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + q)).header("Authorization", "Bearer " + token)
                    .build();
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - t;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(name + ": HTTP " + r.statusCode() + " " + r.body());
            }
            var page = Json.mapper().readTree(r.body());
            if (page.path("calls").isEmpty() && !name.startsWith("filter")) {
                throw new IllegalStateException(name + ": empty page");
            }
            next = page.path("next").isNull() ? null : page.path("next").asText();
        }
        Arrays.sort(nanos);
        System.out.printf("%-50s n=%d  p50 %.2f ms  p99 %.2f ms  max %.2f ms%n", name, n, nanos[n / 2] / 1e6,
                nanos[(int) Math.ceil(n * 0.99) - 1] / 1e6, nanos[n - 1] / 1e6);
    }
}
