package io.callbot.bench;

import io.callbot.campaign.AttributeCondition;
import io.callbot.campaign.AttributeCondition.Operator;
import io.callbot.campaign.Audience;
import io.callbot.campaign.TagFilter;
import io.callbot.customer.AudienceMember;
import io.callbot.customer.AudienceQuery;
import io.callbot.customer.CustomerImporter;
import io.callbot.customer.ImportFormat;
import io.callbot.customer.ImportListener;
import io.callbot.customer.ImportSummary;
import io.callbot.customer.PhoneNumbers;
import io.callbot.customer.SampleCustomers;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Customer store benchmark (not a test): import of generated customers (rows/s) through the real importer,
 * then an audience query (tags + numeric attribute + relative date) over a larger population (count ms,
 * first 10k streamed ms), on H2 and PostgreSQL.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) io.callbot.bench.CustomerStoreBench
 * [importRows] [populationRows] [h2|pg|both]}; defaults 100000, 1000000, both.
 */
public final class CustomerStoreBench {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    private CustomerStoreBench() {}

    public static void main(String[] args) throws Exception {
        int importRows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int population = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        String which = args.length > 2 ? args[2] : "both";
        Path dir = Files.createTempDirectory("callbot-bench");
        Path importFile = dir.resolve("import.csv");
        SampleCustomers.writeCsv(importFile, importRows, 7L, TODAY);
        Path populationFile = dir.resolve("population.csv");
        SampleCustomers.writeCsv(populationFile, population, 11L, TODAY);
        System.out.printf(Locale.ROOT, "cores=%d, import file %,d rows (%,d bytes), population %,d rows%n",
                Runtime.getRuntime().availableProcessors(), importRows, Files.size(importFile), population);
        if (!which.equals("pg")) {
            run("H2 (file)", h2File(dir), importFile, populationFile);
        }
        if (!which.equals("h2")) {
            run("PostgreSQL", TestDatabases.postgres(), importFile, populationFile);
        }
    }

    /** The embedded default is an H2 file, not memory: a million customers should not live in the heap. */
    private static TestDatabase h2File(Path dir) {
        var settings = io.callbot.customer.DatabaseSettings.embedded(dir.resolve("bench").toString());
        return new TestDatabase("H2", io.callbot.customer.Database.open(settings), () -> { });
    }

    private static void run(String name, TestDatabase db, Path importFile, Path populationFile) {
        try (db) {
            var importer = new CustomerImporter(db.database().dataSource(), CLOCK, new PhoneNumbers("US"),
                    CustomerImporter.DEFAULT_BATCH_SIZE);
            long t0 = System.nanoTime();
            ImportSummary s = importer.importFile(importFile, "bench-import", ImportFormat.CSV, ImportListener.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%s import: %s in %.1f s = %,.0f rows/s%n", name, s, seconds,
                    s.rows() / seconds);

            t0 = System.nanoTime();
            ImportSummary p = importer.importFile(populationFile, "bench", ImportFormat.CSV, ImportListener.NONE);
            System.out.printf(Locale.ROOT, "%s population: %s in %.1f s%n", name, p, (System.nanoTime() - t0) / 1e9);
            query(name, db);
        }
    }

    private static void query(String name, TestDatabase db) {
        AudienceQuery query = new AudienceQuery(db.database().dataSource(), CLOCK);
        Audience audience = new Audience(new TagFilter(null, List.of("brand:xiaomi", "segment:vip"),
                List.of("consent:marketing_opt_out")), List.of(
                        new AttributeCondition("last_order_at", Operator.BEFORE, Duration.ofDays(90)),
                        new AttributeCondition("lifetime_value", Operator.GTE, new BigDecimal("500"))), null);
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            long count = query.count("bench", audience);
            double countMs = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            long streamed;
            try (Stream<AudienceMember> s = query.stream("bench", audience, AudienceQuery.Options.DEFAULT)) {
                streamed = s.limit(10_000).count();
            }
            double streamMs = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            long prioritized;
            try (Stream<AudienceMember> s = query.stream("bench", new Audience(audience.tags(), audience.attributes(),
                    10_000), AudienceQuery.Options.DEFAULT.withOrder(io.callbot.customer.AudienceOrder.descending(
                    "lifetime_value")))) {
                prioritized = s.count();
            }
            double orderedMs = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "%s audience round %d: count=%,d in %.0f ms; first %,d streamed in %.0f ms;"
                    + " top %,d by lifetime_value in %.0f ms%n", name, round, count, countMs, streamed, streamMs,
                    prioritized, orderedMs);
        }
    }
}
