package io.callbot.bench;

import io.callbot.campaign.AttributeCondition.Operator;
import io.callbot.campaign.AttributeCondition;
import io.callbot.campaign.Audience;
import io.callbot.campaign.TagFilter;
import io.callbot.customer.AudienceQuery;
import io.callbot.customer.CustomerImporter;
import io.callbot.customer.FilterIndexes;
import io.callbot.customer.ImportFormat;
import io.callbot.customer.ImportListener;
import io.callbot.customer.ImportSummary;
import io.callbot.customer.PhoneNumbers;
import io.callbot.customer.SampleCustomers;
import io.callbot.store.Database;
import io.callbot.store.DatabaseSettings;
import io.callbot.testing.TestDatabases.TestDatabase;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestTenants;
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

/**
 * The customer store at issue #15's scale (not a test). {@code import N}: a generated CSV of N customers through
 * the real importer on PostgreSQL (the COPY path, default batch size), then the same file again (nothing changed).
 * {@code count N pg|h2 [rounds]}: N customers seeded set-based ({@link PopulationSeed}: {@code INSERT ... SELECT
 * FROM GENERATE_SERIES}) into one tenant, then audience counts of single filters and the combined filter of
 * BENCHMARKS.md, {@code rounds} times each (best / median / worst ms).
 *
 * <p>Run (after {@code mvn -o -q -B -DskipTests package} and {@code mvn -o -q dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}): {@code java -cp target/test-classes:target/classes:$(cat cp.txt)
 * -Dcallbot.test.pg.url=jdbc:postgresql://127.0.0.1:5432/DB io.callbot.bench.StoreScaleBench import 1000000}.
 * PostgreSQL runs in a throw-away schema of that database (dropped at the end); H2 in a file under /tmp.
 */
public final class StoreScaleBench {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    private StoreScaleBench() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "import";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        System.out.printf(Locale.ROOT, "cores=%d, %s %,d, load %s%n", Runtime.getRuntime().availableProcessors(),
                mode, n, load());
        if (mode.equals("import")) {
            importTwice(n);
        } else if (mode.equals("count")) {
            String db = args.length > 2 ? args[2] : "pg";
            int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
            counts(n, db, rounds);
        } else {
            throw new IllegalArgumentException("mode must be import or count, was " + mode);
        }
    }

    private static void importTwice(int rows) throws Exception {
        Path dir = Files.createTempDirectory("callbot-scale");
        Path file = dir.resolve("import.csv");
        SampleCustomers.writeCsv(file, rows, 7L, TODAY);
        System.out.printf(Locale.ROOT, "file %,d rows, %,d bytes%n", rows, Files.size(file));
        try (TestDatabase db = TestDatabases.postgres()) {
            TestTenants.ensure(db.database().dataSource(), "bench-import");
            if (Boolean.getBoolean("bench.filterIndexes")) {
                filterIndexesFirst(db, dir);
            }
            CustomerImporter importer = CustomerImporter.withDefaultBatchSize(db.database().dataSource(), CLOCK,
                    new PhoneNumbers("US"));
            for (String pass : List.of("import", "re-import")) {
                long cpu0 = cpuNanos();
                long t0 = System.nanoTime();
                ImportSummary s = importer.importFile(file, "bench-import", ImportFormat.CSV, ImportListener.NONE);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpu = (cpuNanos() - cpu0) / 1e9;
                System.out.printf(Locale.ROOT, "PostgreSQL %s: %s in %.1f s = %,.0f rows/s (client JVM CPU %.1f s;"
                        + " COPY batches so far %d; load %s)%n", pass, s, seconds, s.rows() / seconds, cpu,
                        importer.copiedBatches(), load());
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * {@code -Dbench.filterIndexes=true}: the import then maintains the indexes a campaign filtering on this file's
     * tags and attributes gets ({@link FilterIndexes}: one partial index per tag condition, one B-tree per slot of
     * {@link #audiences()}). The tags and slots need ids first, so the file's first 1,000 rows are imported before
     * (the timed import then updates them rather than inserting them: 0.1% of its rows).
     */
    private static void filterIndexesFirst(TestDatabase db, Path dir) throws Exception {
        Path head = dir.resolve("head.csv");
        SampleCustomers.writeCsv(head, 1_000, 7L, TODAY);
        CustomerImporter.withDefaultBatchSize(db.database().dataSource(), CLOCK, new PhoneNumbers("US"))
                .importFile(head, "bench-import", ImportFormat.CSV, ImportListener.NONE);
        Files.delete(head);
        FilterIndexes indexes = new FilterIndexes(db.database().dataSource(), Runnable::run);
        audiences().forEach((name, audience) -> indexes.ensureFor("bench-import", name, audience));
        System.out.println("filter indexes built for the bench audiences");
    }

    private static void counts(int population, String which, int rounds) throws Exception {
        Path dir = Files.createTempDirectory("callbot-scale");
        String kept = System.getProperty("bench.schema");
        TestDatabase db = which.equals("h2") ? h2File(dir) : kept != null ? keptSchema(kept) : TestDatabases.postgres();
        try (db) {
            long t0 = System.nanoTime();
            if (kept != null && seeded(db, "bench") == population) {
                System.out.printf(Locale.ROOT, "%s schema %s already holds %,d customers: not seeded again%n", db, kept,
                        population);
            } else {
                PopulationSeed.seed(db.database().dataSource(), "bench", population, db.database().isPostgres());
                System.out.printf(Locale.ROOT, "%s seeded %,d customers in %.1f s (load %s)%n", db, population,
                        (System.nanoTime() - t0) / 1e9, load());
            }
            if (Boolean.getBoolean("bench.filterIndexes")) {
                long ti = System.nanoTime();
                FilterIndexes indexes = new FilterIndexes(db.database().dataSource(), Runnable::run);
                audiences().forEach((name, audience) -> indexes.ensureFor("bench", name, audience));
                System.out.printf(Locale.ROOT, "filter indexes ready in %.1f s (load %s)%n", (System.nanoTime() - ti) / 1e9,
                        load());
            }
            AudienceQuery query = new AudienceQuery(db.database().dataSource(), CLOCK);
            for (var e : audiences().entrySet()) {
                double[] ms = new double[rounds];
                long count = 0;
                for (int r = 0; r < rounds; r++) {
                    long t = System.nanoTime();
                    count = query.count("bench", e.getValue());
                    ms[r] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "%s | %s | count %,d | best %.0f, median %.0f, worst %.0f ms | load %s%n",
                        db, e.getKey(), count, ms[0], ms[ms.length / 2], ms[ms.length - 1], load());
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * A PostgreSQL schema kept between runs ({@code -Dbench.schema=NAME}): seeding 10M customers takes minutes, so
     * repeated count runs reuse it; drop it by hand ({@code DROP SCHEMA NAME CASCADE}).
     */
    private static TestDatabase keptSchema(String schema) {
        Database db = Database.open(new DatabaseSettings(TestDatabases.PG_URL + "?currentSchema=" + schema,
                TestDatabases.PG_USER, "", 8, schema));
        return new TestDatabase("PostgreSQL", db, () -> { });
    }

    private static long seeded(TestDatabase db, String tenant) throws java.sql.SQLException {
        try (java.sql.Connection c = db.database().dataSource().getConnection();
                java.sql.PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM customer WHERE tenant = ?")) {
            ps.setString(1, tenant);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static TestDatabase h2File(Path dir) {
        Database db = Database.open(DatabaseSettings.embedded(dir.resolve("bench").toString()));
        return new TestDatabase("H2", db, () -> { });
    }

    /** The single filters and the combined filter of BENCHMARKS.md. */
    private static Map<String, Audience> audiences() {
        Map<String, Audience> a = new LinkedHashMap<>();
        a.put("tags all [segment:vip]", new Audience(new TagFilter(List.of("segment:vip"), null, null), List.of(), null));
        a.put("tags any [brand:xiaomi, brand:apple]", new Audience(new TagFilter(null,
                List.of("brand:xiaomi", "brand:apple"), null), List.of(), null));
        a.put("lifetime_value >= 1500", new Audience(null, List.of(new AttributeCondition("lifetime_value",
                Operator.GTE, new BigDecimal("1500"))), null));
        a.put("city = Shanghai", new Audience(null, List.of(new AttributeCondition("city", Operator.EQ, "Shanghai")),
                null));
        a.put("combined: xiaomi|vip, not opted out, last order > 90d, ltv >= 500", new Audience(new TagFilter(null,
                List.of("brand:xiaomi", "segment:vip"), List.of("consent:marketing_opt_out")), List.of(
                        new AttributeCondition("last_order_at", Operator.BEFORE, Duration.ofDays(90)),
                        new AttributeCondition("lifetime_value", Operator.GTE, new BigDecimal("500"))), null));
        return a;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
