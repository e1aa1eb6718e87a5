package io.callbot.bench;

import io.callbot.campaign.AttributeCondition.Operator;
import io.callbot.campaign.AttributeCondition;
import io.callbot.campaign.Audience;
import io.callbot.campaign.TagFilter;
import io.callbot.customer.AudienceMember;
import io.callbot.customer.AudienceOrder;
import io.callbot.customer.AudienceQuery;
import io.callbot.customer.CustomerImporter;
import io.callbot.customer.ImportFormat;
import io.callbot.customer.ImportListener;
import io.callbot.customer.ImportSummary;
import io.callbot.customer.PhoneNumbers;
import io.callbot.customer.SampleCustomers;
import io.callbot.store.Database;
import io.callbot.store.DatabaseSettings;
import io.callbot.testing.TestDatabases.TestDatabase;
import io.callbot.testing.TestDatabases;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Customer store benchmark (not a test). Import: a generated CSV through the real importer (rows/s wall and per
 * CPU-second of this JVM), then the same file again (the idempotent re-import). Audience: a population seeded
 * set-based ({@link PopulationSeed}), then typical filters, each as a count and as the streamed full result,
 * {@code rounds} times (median and max ms).
 *
 * <p>Run (after {@code mvn -o -q -B -DskipTests package} and
 * {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}): {@code java -cp
 * target/test-classes:target/classes:$(cat cp.txt) -Dcallbot.test.pg.url=jdbc:postgresql://127.0.0.1:5432/DB
 * io.callbot.bench.CustomerStoreBench [importRows] [populationRows] [h2|pg|both] [rounds]}; defaults 100000,
 * 1000000, both, 3. PostgreSQL runs in a throw-away schema of that database.
 */
public final class CustomerStoreBench {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    private CustomerStoreBench() {}

    public static void main(String[] args) throws Exception {
        int importRows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int population = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        String which = args.length > 2 ? args[2] : "both";
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path dir = Files.createTempDirectory("callbot-bench");
        Path importFile = dir.resolve("import.csv");
        SampleCustomers.writeCsv(importFile, importRows, 7L, TODAY);
        System.out.printf(Locale.ROOT, "cores=%d, import file %,d rows (%,d bytes), population %,d, load %s%n",
                Runtime.getRuntime().availableProcessors(), importRows, Files.size(importFile), population, load());
        if (!which.equals("pg")) {
            run("H2 (file)", h2File(dir), importRows > 0 ? importFile : null, population, rounds);
        }
        if (!which.equals("h2")) {
            run("PostgreSQL", TestDatabases.postgres(), importRows > 0 ? importFile : null, population, rounds);
        }
    }

    /** The embedded default is an H2 file, not memory: a million customers should not live in the heap. */
    private static TestDatabase h2File(Path dir) {
        Database db = Database.open(DatabaseSettings.embedded(dir.resolve("bench").toString()));
        return new TestDatabase("H2", db, () -> { });
    }

    private static void run(String name, TestDatabase db, Path importFile, int population, int rounds)
            throws Exception {
        try (db) {
            if (importFile != null) {
                importTwice(name, db, importFile);
            }
            if (population > 0) {
                long t0 = System.nanoTime();
                PopulationSeed.seed(db.database().dataSource(), "bench", population, db.database().isPostgres());
                System.out.printf(Locale.ROOT, "%s seeded %,d customers in %.1f s (load %s)%n", name, population,
                        (System.nanoTime() - t0) / 1e9, load());
                queries(name, db, rounds);
            }
        }
    }

    private static void importTwice(String name, TestDatabase db, Path file) {
        io.callbot.testing.TestTenants.ensure(db.database().dataSource(), "bench-import");
        var importer = new CustomerImporter(db.database().dataSource(), CLOCK, new PhoneNumbers("US"),
                CustomerImporter.DEFAULT_BATCH_SIZE);
        for (String pass : List.of("import", "re-import")) {
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            ImportSummary s = importer.importFile(file, "bench-import", ImportFormat.CSV, ImportListener.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "%s %s: %s in %.1f s = %,.0f rows/s (JVM CPU %.1f s = %,.0f rows per"
                    + " CPU-second; load %s)%n", name, pass, s, seconds, s.rows() / seconds, cpu, s.rows() / cpu, load());
        }
    }

    /** Typical campaign audiences over the seeded tenant. */
    private static Map<String, Audience> audiences() {
        Map<String, Audience> a = new LinkedHashMap<>();
        a.put("tags all [segment:vip]", tags(List.of("segment:vip"), null, null));
        a.put("tags any [brand:xiaomi, brand:apple]", tags(null, List.of("brand:xiaomi", "brand:apple"), null));
        a.put("tags none [consent:marketing_opt_out]", tags(null, null, List.of("consent:marketing_opt_out")));
        a.put("lifetime_value >= 1500", attrs(new AttributeCondition("lifetime_value", Operator.GTE,
                new BigDecimal("1500"))));
        a.put("last_order_at before 300d", attrs(new AttributeCondition("last_order_at", Operator.BEFORE,
                Duration.ofDays(300))));
        a.put("city = Shanghai", attrs(new AttributeCondition("city", Operator.EQ, "Shanghai")));
        a.put("xiaomi|vip, not opted out, last order > 90d, ltv >= 500", combined(null));
        a.put("same, cap 10000", combined(10_000));
        return a;
    }

    private static Audience tags(List<String> all, List<String> any, List<String> none) {
        return new Audience(new TagFilter(all, any, none), List.of(), null);
    }

    private static Audience attrs(AttributeCondition condition) {
        return new Audience(null, List.of(condition), null);
    }

    private static Audience combined(Integer cap) {
        return new Audience(new TagFilter(null, List.of("brand:xiaomi", "segment:vip"),
                List.of("consent:marketing_opt_out")), List.of(
                        new AttributeCondition("last_order_at", Operator.BEFORE, Duration.ofDays(90)),
                        new AttributeCondition("lifetime_value", Operator.GTE, new BigDecimal("500"))), cap);
    }

    private static void queries(String name, TestDatabase db, int rounds) {
        AudienceQuery query = new AudienceQuery(db.database().dataSource(), CLOCK);
        for (var e : audiences().entrySet()) {
            double[] countMs = new double[rounds];
            double[] streamMs = new double[rounds];
            long count = 0;
            long streamed = 0;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                count = query.count("bench", e.getValue());
                countMs[r] = (System.nanoTime() - t0) / 1e6;
                t0 = System.nanoTime();
                try (Stream<AudienceMember> s = query.stream("bench", e.getValue(), AudienceQuery.Options.DEFAULT)) {
                    streamed = s.count();
                }
                streamMs[r] = (System.nanoTime() - t0) / 1e6;
            }
            System.out.printf(Locale.ROOT, "%s | %s | count %,d: %s ms | stream %,d: %s ms | load %s%n", name,
                    e.getKey(), count, stats(countMs), streamed, stats(streamMs), load());
        }
        Audience top = combined(10_000);
        double[] ms = new double[rounds];
        long n = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            try (Stream<AudienceMember> s = query.stream("bench", top,
                    AudienceQuery.Options.DEFAULT.withOrder(AudienceOrder.descending("lifetime_value")))) {
                n = s.count();
            }
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%s | same, cap 10000, ordered by lifetime_value desc | stream %,d: %s ms%n",
                name, n, stats(ms));
    }

    /** median / max of the rounds (best / worst below 3 rounds, where a median says nothing). */
    private static String stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        if (s.length < 3) {
            return String.format(Locale.ROOT, "best %.0f, worst %.0f", s[0], s[s.length - 1]);
        }
        return String.format(Locale.ROOT, "median %.0f, max %.0f", s[s.length / 2], s[s.length - 1]);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
