package io.callbot.customer;

import static io.callbot.customer.TestCustomers.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.campaign.AttributeCondition;
import io.callbot.campaign.AttributeCondition.Operator;
import io.callbot.campaign.Audience;
import io.callbot.campaign.TagFilter;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import io.callbot.testing.TestTenants;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL import path (COPY into a staging table, set-based merge) on a real PostgreSQL: it must be the path
 * taken, report bad rows by line, be idempotent, and store exactly what the JDBC-batch path stores on H2.
 */
class PgBulkImportTest {
    private static final String HEADER = "external_id,phone,first_name,last_name,language,timezone,tags,consent,"
            + "do_not_call,city,lifetime_value,last_order_at,note\n";
    /** Batches of 3: several COPY batches per file, a bad row in the middle of one. */
    private static final String FIRST = HEADER
            + "c1,+1 212 555 0101,Ada,Lovelace,en-US,,user:brand:xiaomi;business:vip,yes,,New York,120.5,2026-07-01,\n"
            + "c2,+1 212 555 0102,Bob,,,,brand:apple,no,true,Boston,80,2026-01-15,\"tab\there, back\\\\slash\"\n"
            + "c3,12345,Bad,,,,,,,,,,\n"
            + "c4,+86 138 0013 8000,Li,Wei,zh-CN,Asia/Shanghai,vip,yes,,Shanghai,2500,2025-12-31,\"line\nbreak\"\n"
            + "c5,+44 20 7946 0123,Jane,,,,,,,London,,,\n"
            + ",+1 212 555 0106,NoId,,,,,,,,,,\n"
            + "c7,+1 212 555 0107,Cy,,,,segment:repeat_buyer,yes,false,Chicago,999.99,2026-11-01,\n";
    /** Changes: names kept when blank, a tag's kind replaced, do-not-call added and a false one ignored, zones. */
    private static final String SECOND = HEADER
            + "c1,+1 212 555 0101,,,,,business:brand:xiaomi;new,,,New York,999,,\n"
            + "c2,+1 212 555 0102,Bob,,,,brand:apple,no,false,Boston,80,2026-01-15,\"tab\there, back\\\\slash\"\n"
            + "c4,+86 138 0013 8000,,,,,,,true,,,,\n"
            + "c8,+1 212 555 0108,New,,,,vip,,,Denver,10,2026-11-27,\n";

    @TempDir
    Path dir;

    @Test
    void copyPathImportsRejectsBadRowsByLineAndIsIdempotent() throws Exception {
        Path file = Files.writeString(dir.resolve("first.csv"), FIRST, StandardCharsets.UTF_8);
        try (TestDatabase db = TestDatabases.postgres()) {
            CustomerImporter importer = importer(db, CLOCK);
            CustomerImporterTest.Recorder rec = new CustomerImporterTest.Recorder();
            ImportSummary s = importer.importFile(file, "acme", ImportFormat.CSV, rec);

            assertThat(importer.copiedBatches()).isEqualTo(2); // 5 good rows in batches of 3
            assertThat(s.imported()).isEqualTo(5);
            assertThat(s.rejected()).isEqualTo(2);
            assertThat(rec.problems).containsExactly(
                    file + ":4: phone: not a valid number '12345' (default region US)",
                    file + ":8: external_id: must not be empty",
                    file + ": consent: " + CustomerImporterTest.NO_CONSENT.formatted("1 row gives no consent value"));
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            CustomerProfile c2 = store.getByExternalId("acme", "c2").orElseThrow();
            assertThat(c2.attributes()).containsEntry("note", "tab\there, back\\\\slash");
            assertThat(c2.doNotCall()).isTrue();
            assertThat(c2.doNotCallReason()).isEqualTo("import");
            assertThat(store.getByExternalId("acme", "c4").orElseThrow().attributes()).containsEntry("note", "line\nbreak");
            List<String> before = snapshot(db);

            Clock later = Clock.offset(CLOCK, Duration.ofDays(3));
            CustomerImporter again = importer(db, later);
            ImportSummary second = again.importFile(file, "acme", ImportFormat.CSV, ImportListener.NONE);
            assertThat(again.copiedBatches()).isZero(); // every row unchanged since it was written: none parsed or copied
            assertThat(second.imported()).isZero();
            assertThat(second.updated()).isEqualTo(5);
            assertThat(second.rejected()).isEqualTo(2);
            assertThat(snapshot(db)).isEqualTo(before); // nothing rewritten: no updated_at moved
        }
    }

    @Test
    void copyPathStoresWhatTheBatchPathStores() throws Exception {
        Path first = Files.writeString(dir.resolve("first.csv"), FIRST, StandardCharsets.UTF_8);
        Path second = Files.writeString(dir.resolve("second.csv"), SECOND, StandardCharsets.UTF_8);
        try (TestDatabase pg = TestDatabases.postgres(); TestDatabase h2 = TestDatabases.h2()) {
            Clock later = Clock.offset(CLOCK, Duration.ofDays(3));
            List<ImportSummary> summaries = new ArrayList<>();
            List<CustomerImporterTest.Recorder> recorders = new ArrayList<>();
            for (TestDatabase db : List.of(pg, h2)) {
                importer(db, CLOCK).importFile(first, "acme", ImportFormat.CSV, ImportListener.NONE);
                CustomerImporterTest.Recorder rec = new CustomerImporterTest.Recorder();
                CustomerImporter importer = importer(db, later);
                summaries.add(importer.importFile(second, "acme", ImportFormat.CSV, rec));
                recorders.add(rec);
                assertThat(importer.copiedBatches()).isEqualTo(db == pg ? 2 : 0);
            }
            assertThat(summaries.get(0)).hasToString(summaries.get(1).toString());
            assertThat(summaries.get(0).imported()).isEqualTo(1);
            assertThat(summaries.get(0).updated()).isEqualTo(3);
            assertThat(recorders.get(0).problems).isEqualTo(recorders.get(1).problems).anyMatch(p -> p.contains(
                    "1 row says do_not_call=false"));
            assertThat(profiles(pg)).isEqualTo(profiles(h2));
            for (Audience a : audiences()) {
                assertThat(count(pg, a)).as(a.toString()).isEqualTo(count(h2, a));
            }
            CustomerProfile c1 = new CustomerStore(pg.database().dataSource(), CLOCK).getByExternalId("acme", "c1")
                    .orElseThrow();
            assertThat(c1.firstName()).isEqualTo("Ada");
            assertThat(c1.tags()).containsExactly(new Tag(TagKind.BUSINESS, "brand:xiaomi"),
                    new Tag(TagKind.MERCHANT, "new"), new Tag(TagKind.BUSINESS, "vip"));
            assertThat(c1.updatedAt()).isEqualTo(later.instant());
            assertThat(new CustomerStore(pg.database().dataSource(), CLOCK).getByExternalId("acme", "c2")
                    .orElseThrow().updatedAt()).isEqualTo(CLOCK.instant());
        }
    }

    private static CustomerImporter importer(TestDatabase db, Clock clock) {
        TestTenants.ensure(db.database().dataSource(), "acme");
        return new CustomerImporter(db.database().dataSource(), clock, new PhoneNumbers("US"), 3);
    }

    private static List<Audience> audiences() {
        return List.of(Audience.EVERYONE,
                new Audience(new TagFilter(List.of("vip"), null, null), List.of(), null),
                new Audience(new TagFilter(null, List.of("brand:xiaomi", "new"), null), List.of(), null),
                new Audience(null, List.of(new AttributeCondition("lifetime_value", Operator.GTE, new BigDecimal("100"))), null),
                new Audience(null, List.of(new AttributeCondition("city", Operator.EQ, "New York")), null),
                new Audience(null, List.of(new AttributeCondition("last_order_at", Operator.BEFORE, Duration.ofDays(30))), null));
    }

    private static long count(TestDatabase db, Audience a) {
        return new AudienceQuery(db.database().dataSource(), CLOCK).count("acme", a);
    }

    /** Every stored profile without its database id, attributes by key (jsonb keeps its own key order). */
    private static List<String> profiles(TestDatabase db) {
        CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
        List<String> out = new ArrayList<>();
        for (String id : List.of("c1", "c2", "c3", "c4", "c5", "c7", "c8")) {
            out.add(store.getByExternalId("acme", id).map(p -> new CustomerProfile(0, p.tenant(), p.externalId(),
                    p.phone(), p.firstName(), p.lastName(), p.language(), p.timezone(), p.timezoneSource(), p.tags(),
                    new java.util.TreeMap<>(p.attributes()), p.consent(), p.doNotCall(), p.doNotCallReason(),
                    p.doNotCallAt(), p.createdAt(), p.updatedAt(), p.lastCalledAt(), p.lastOutcome(), p.callbackAt())
                    .toString()).orElse(id + " missing"));
        }
        return out;
    }

    /** The customer tables of the test schema, as text. */
    private static List<String> snapshot(TestDatabase db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.database().dataSource().getConnection()) {
            for (String q : List.of("SELECT * FROM customer ORDER BY id", "SELECT * FROM customer_filter ORDER BY customer_id",
                    "SELECT * FROM customer_tag_name ORDER BY id", "SELECT * FROM customer_attribute_slot ORDER BY attr_key")) {
                try (var rs = c.createStatement().executeQuery(q)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            b.append(rs.getString(i)).append('|');
                        }
                        rows.add(b.toString());
                    }
                }
            }
        }
        return rows;
    }
}
