package io.callbot.customer;

import static io.callbot.customer.TestCustomers.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import io.callbot.testing.TestTenants;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CustomerImporterTest {
    private static final String HEADER = "external_id,phone,first_name,last_name,language,timezone,tags,consent,city,lifetime_value\n";
    /** the warning when rows leave consent empty; %s says how ("no consent column" or "N rows give no consent value") */
    static final String NO_CONSENT = "%s: customers new to the store were saved without consent (false), so marketing"
            + " and re_engagement campaigns will not call them (service_notice campaigns do); customers already stored"
            + " keep their consent";

    @TempDir
    Path dir;

    /** Collects what the importer reports. */
    static final class Recorder implements ImportListener {
        final List<String> problems = new ArrayList<>();
        final List<long[]> progress = new ArrayList<>();

        @Override
        public void problem(ImportProblem problem) {
            problems.add(problem.toString());
        }

        @Override
        public void progress(long rows, long bytesRead, long totalBytes) {
            progress.add(new long[] {rows, bytesRead, totalBytes});
        }
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path writeBytes(String name, byte[]... parts) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p);
        }
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    private static CustomerImporter importer(TestDatabase db, int batchSize) {
        TestTenants.ensure(db.database().dataSource(), "acme", "bulk");
        return new CustomerImporter(db.database().dataSource(), CLOCK, new PhoneNumbers("US"), batchSize);
    }

    private static long count(TestDatabase db, String table) throws Exception {
        try (Connection c = db.database().dataSource().getConnection();
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void keepsGoodRowsAndReportsEachBadRowWithItsRowAndField(TestDatabase db) throws Exception {
        try (db) {
            Path file = write("customers.csv", HEADER
                    + "c1,+1 212 555 0123,Ada,Lovelace,en-US,,user:brand:xiaomi;business:vip,yes,New York,120.5\n"
                    + "c2,12345,Bob,,,,,,,\n"
                    + ",+1 415 555 0142,Cy,,,,,,,\n"
                    + "c4,+86 138 0013 8000,Li,Wei,zh-CN,Asia/Tokio,,,,\n"
                    + "c5,+44 20 7946 0123,\"Smith, Jane\",,,,,,London\n"
                    + "c6,(415) 555-0142,Dee,,,,brand:apple,no,\"San Francisco\",80\n");
            Recorder rec = new Recorder();
            ImportSummary s = importer(db, 1000).importFile(file, "acme", ImportFormat.CSV, rec);

            assertThat(s.rows()).isEqualTo(6);
            assertThat(s.imported()).isEqualTo(2);
            assertThat(s.rejected()).isEqualTo(4);
            assertThat(s.completed()).isTrue();
            assertThat(rec.problems).containsExactly(
                    file + ":3: phone: not a valid number '12345' (default region US)",
                    file + ":4: external_id: must not be empty",
                    file + ":5: timezone: unknown timezone 'Asia/Tokio' (use an IANA name such as America/New_York)",
                    file + ":6: row: has 9 columns, the header has 10");
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            CustomerProfile c1 = store.getByExternalId("acme", "c1").orElseThrow();
            assertThat(c1.tags()).containsExactly(new Tag(TagKind.USER, "brand:xiaomi"), new Tag(TagKind.BUSINESS, "vip"));
            assertThat(c1.attributes()).containsEntry("city", "New York").containsEntry("lifetime_value", "120.5");
            assertThat(c1.consent()).isTrue();
            CustomerProfile c6 = store.getByExternalId("acme", "c6").orElseThrow();
            assertThat(c6.phone()).isEqualTo("+14155550142");
            assertThat(c6.consent()).isFalse();
            assertThat(store.getByExternalId("other", "c1")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void reimportingTheSameFileUpdatesInsteadOfDuplicating(TestDatabase db) throws Exception {
        try (db) {
            Path file = write("customers.csv", HEADER
                    + "c1,+1 212 555 0123,Ada,,,,vip;brand:xiaomi,yes,New York,120\n"
                    + "c2,+1 415 555 0142,Bob,,,,,,Oakland,80\n"
                    + "c3,+1 312 555 0187,Cy,,,,vip,,Chicago,\n");
            ImportSummary first = importer(db, 2).importFile(file, "acme", ImportFormat.CSV, ImportListener.NONE);
            List<String> before = snapshot(db);
            ImportSummary second = importer(db, 2).importFile(file, "acme", ImportFormat.CSV, ImportListener.NONE);

            assertThat(first.imported()).isEqualTo(3);
            assertThat(first.updated()).isZero();
            assertThat(second.imported()).isZero();
            assertThat(second.updated()).isEqualTo(3);
            assertThat(count(db, "customer")).isEqualTo(3);
            assertThat(count(db, "customer_filter")).isEqualTo(3);
            assertThat(tagMemberships(db)).isEqualTo(3);
            assertThat(snapshot(db)).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aRepeatedExternalIdWarnsAndTheLastRowWins(TestDatabase db) throws Exception {
        try (db) {
            Path file = write("dups.csv", HEADER
                    + "c1,+1 212 555 0123,First,,,,,,,\n"
                    + "c1,+1 212 555 0124,Second,,,,,,,\n"
                    + "c2,+1 212 555 0125,Other,,,,,,,\n"
                    + "c1,+1 212 555 0126,Third,,,,,,,\n");
            Recorder rec = new Recorder();
            // batch size 2: the third c1 lands in a later batch than the first two
            ImportSummary s = importer(db, 2).importFile(file, "acme", ImportFormat.CSV, rec);

            assertThat(s.imported()).isEqualTo(2);
            assertThat(s.updated()).isZero();
            assertThat(s.warnings()).isEqualTo(3);
            assertThat(rec.problems).containsExactly(
                    file + ":3: external_id: duplicate 'c1' (also row 2): the last row wins",
                    file + ":5: external_id: duplicate 'c1' (also row 2): the last row wins",
                    file + ": consent: " + NO_CONSENT.formatted("4 rows give no consent value"));
            CustomerProfile c1 = new CustomerStore(db.database().dataSource(), CLOCK).getByExternalId("acme", "c1")
                    .orElseThrow();
            assertThat(c1.firstName()).isEqualTo("Third");
            assertThat(c1.phone()).isEqualTo("+12125550126");
        }
    }

    @Test
    void emptyFilesImportNothingAndSaySo() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            Recorder rec = new Recorder();
            Path empty = write("empty.csv", "");
            ImportSummary s = importer(db, 10).importFile(empty, "acme", ImportFormat.CSV, rec);
            assertThat(s.rows()).isZero();
            assertThat(s.completed()).isTrue();
            Path headerOnly = write("header.csv", HEADER);
            Path emptyJson = write("empty.jsonl", "\n\n");
            importer(db, 10).importFile(headerOnly, "acme", ImportFormat.CSV, rec);
            importer(db, 10).importFile(emptyJson, "acme", ImportFormat.JSONL, rec);
            assertThat(rec.problems).containsExactly(
                    empty + ": file: empty file (no header row), nothing imported",
                    headerOnly + ": file: no customer rows, nothing imported",
                    emptyJson + ": file: no customer rows, nothing imported");
        }
    }

    @Test
    void latin1BytesRejectTheirRowByNameAndTheRestIsImported() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            Path file = writeBytes("latin1.csv", HEADER.getBytes(StandardCharsets.UTF_8),
                    "c1,+1 212 555 0123,Jos\u00e9,,,,,,,\n".getBytes(StandardCharsets.ISO_8859_1),
                    "c2,+1 212 555 0124,Zo\u00eb,,,,,,,\n".getBytes(StandardCharsets.UTF_8));
            Recorder rec = new Recorder();
            ImportSummary s = importer(db, 10).importFile(file, "acme", ImportFormat.CSV, rec);
            assertThat(s.imported()).isEqualTo(1);
            assertThat(s.rejected()).isEqualTo(1);
            assertThat(rec.problems).containsExactly(file + ":2: first_name: not valid UTF-8 (the file may be"
                    + " Latin-1 or Windows-1252): save it as UTF-8",
                    file + ": consent: " + NO_CONSENT.formatted("1 row gives no consent value"));
            assertThat(new CustomerStore(db.database().dataSource(), CLOCK).getByExternalId("acme", "c2")
                    .orElseThrow().firstName()).isEqualTo("Zo\u00eb");
        }
    }

    @Test
    void utf16IsRefusedWithAClearMessageAndUtf8BomIsAccepted() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            Path utf16 = writeBytes("utf16.csv", (HEADER + "c1,+1 212 555 0123,A,,,,,,,\n").getBytes(StandardCharsets.UTF_16));
            ImportSummary refused = importer(db, 10).importFile(utf16, "acme", ImportFormat.CSV, ImportListener.NONE);
            assertThat(refused.completed()).isFalse();
            assertThat(refused.fatal()).isEqualTo(utf16 + ": file: is UTF-16/UTF-32 (it starts with a byte order"
                    + " mark); save it as UTF-8 and import again");

            Path bom = writeBytes("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    (HEADER + "c1,+1 212 555 0123,A,,,,,yes,,\n").getBytes(StandardCharsets.UTF_8));
            ImportSummary ok = importer(db, 10).importFile(bom, "acme", ImportFormat.CSV, ImportListener.NONE);
            assertThat(ok.imported()).isEqualTo(1);
            assertThat(ok.problems()).isEmpty();
        }
    }

    @Test
    void aBrokenHeaderOrQuotingStopsWithTheRowNamed() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            Path noPhone = write("nophone.csv", "external_id,name\nc1,A\n");
            assertThat(importer(db, 10).importFile(noPhone, "acme", ImportFormat.CSV, ImportListener.NONE).fatal())
                    .isEqualTo(noPhone + ":1: header: missing required column phone (found: external_id, name)");
            Path twice = write("twice.csv", "external_id,phone,Phone\n");
            assertThat(importer(db, 10).importFile(twice, "acme", ImportFormat.CSV, ImportListener.NONE).fatal())
                    .isEqualTo(twice + ":1: header: column 'Phone' appears twice");

            Path quoting = write("quoting.csv", HEADER + "c1,+1 212 555 0123,A,,,,,,,\n"
                    + "c2,+1 212 555 0124,\"B\"x,,,,,,,\n");
            ImportSummary s = importer(db, 10).importFile(quoting, "acme", ImportFormat.CSV, ImportListener.NONE);
            assertThat(s.fatal()).startsWith(quoting + ":3: row: malformed CSV (");
            assertThat(s.imported()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void importsJsonLinesWithTypedAttributes(TestDatabase db) throws Exception {
        try (db) {
            Path file = write("customers.jsonl", String.join("\n",
                    "{\"external_id\": 1001, \"phone\": \"+86 138 0013 8000\", \"first_name\": \"Li\", \"language\": \"zh-CN\","
                            + " \"tags\": [\"user:brand:xiaomi\", \"vip\"], \"consent\": true,"
                            + " \"attributes\": {\"lifetime_value\": 250.75, \"last_order_at\": \"2026-07-01\", \"vip_level\": 3},"
                            + " \"city\": \"Shanghai\"}",
                    "",
                    "{\"external_id\": \"1002\", \"phone\": \"+1 212 555 0123\", \"tags\": \"vip\"",
                    "[1, 2]",
                    "{\"external_id\": \"1004\", \"phone\": \"+1 212 555 0124\", \"tags\": {\"a\": 1}}",
                    "{\"external_id\": \"1005\", \"phone\": \"+1 212 555 0125\", \"timezone\": \"Europe/Nowhere\"}"));
            Recorder rec = new Recorder();
            ImportSummary s = importer(db, 10).importFile(file, "acme", ImportFormat.JSONL, rec);
            assertThat(s.imported()).isEqualTo(1);
            assertThat(s.rejected()).isEqualTo(4);
            assertThat(rec.problems).hasSize(4);
            assertThat(rec.problems.get(0)).startsWith(file + ":3: row: malformed JSON: ");
            assertThat(rec.problems.subList(1, 4)).containsExactly(
                    file + ":4: row: must be a JSON object, was ARRAY",
                    file + ":5: tags: must be an array of strings",
                    file + ":6: timezone: unknown timezone 'Europe/Nowhere' (use an IANA name such as America/New_York)");
            CustomerProfile p = new CustomerStore(db.database().dataSource(), CLOCK).getByExternalId("acme", "1001")
                    .orElseThrow();
            assertThat(p.timezone()).isEqualTo("Asia/Shanghai");
            assertThat(p.attributes()).containsEntry("city", "Shanghai").containsKey("vip_level");
            var audience = new io.callbot.campaign.Audience(null, List.of(new io.callbot.campaign.AttributeCondition(
                    "lifetime_value", io.callbot.campaign.AttributeCondition.Operator.GT, new java.math.BigDecimal("250.7"))),
                    null);
            assertThat(new AudienceQuery(db.database().dataSource(), CLOCK).count("acme", audience)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aHugeFileIsStreamedInBatches(TestDatabase db) throws Exception {
        try (db) {
            Path file = dir.resolve("huge.csv");
            // 100k and more: CustomerStoreBench; here enough rows for many batches on a shared 2-core machine
            int rows = Integer.getInteger("callbot.test.huge.rows", 10_000);
            SampleCustomers.writeCsv(file, rows, 42L, java.time.LocalDate.parse("2026-11-28"));
            Recorder rec = new Recorder();
            ImportSummary s = importer(db, 500).importFile(file, "bulk", ImportFormat.CSV, rec);

            assertThat(s.rejected()).isZero();
            assertThat(s.imported()).isEqualTo(rows);
            assertThat(count(db, "customer")).isEqualTo(rows);
            // one progress report per 500-row batch, the first after reading only a small part of the file:
            // the file is read as a stream, not loaded whole
            assertThat(rec.progress).hasSizeGreaterThanOrEqualTo(rows / 500);
            long[] firstReport = rec.progress.get(0);
            assertThat(firstReport[0]).isEqualTo(500);
            assertThat(firstReport[1]).isLessThan(firstReport[2] / 4); // read-ahead buffers: 2 x 64 KiB
            assertThat(rec.progress).extracting(p -> p[1]).isSorted();
            assertThat(rec.progress.get(rec.progress.size() - 1)[1]).isEqualTo(Files.size(file));
        }
    }

    /** How many (customer, tag) pairs the tenant's filter rows hold. */
    private static long tagMemberships(TestDatabase db) throws Exception {
        try (Connection c = db.database().dataSource().getConnection();
                var rs = c.createStatement().executeQuery("SELECT SUM(CARDINALITY(tag_ids)) FROM customer_filter")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every row of the customer tables, as text, to compare database states. */
    private static List<String> snapshot(TestDatabase db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.database().dataSource().getConnection()) {
            for (String q : List.of(
                    "SELECT external_id, phone, first_name, timezone, consent, attributes, created_at, updated_at"
                            + " FROM customer ORDER BY external_id",
                    "SELECT * FROM customer_filter ORDER BY customer_id",
                    "SELECT * FROM customer_tag_name ORDER BY id",
                    "SELECT * FROM customer_attribute_slot ORDER BY tenant, attr_key")) {
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void reimportingTheSameFileLaterChangesNoRow(TestDatabase db) throws Exception {
        try (db) {
            Path file = write("customers.csv", HEADER
                    + "c1,+1 212 555 0123,Ada,,,,vip;brand:xiaomi,yes,New York,120.5\n"
                    + "c2,+86 138 0013 8000,Li,,zh-CN,,,,Shanghai,80\n");
            importer(db, 1).importFile(file, "acme", ImportFormat.CSV, ImportListener.NONE);
            List<String> before = snapshot(db);
            var later = java.time.Clock.offset(CLOCK, java.time.Duration.ofDays(3));
            ImportSummary again = new CustomerImporter(db.database().dataSource(), later, new PhoneNumbers("US"), 1)
                    .importFile(file, "acme", ImportFormat.CSV, ImportListener.NONE);

            assertThat(again.updated()).isEqualTo(2);
            // no updated_at / added_at moved: nothing was rewritten
            assertThat(snapshot(db)).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void reimportingWithChangesWritesTheChangesAndKeepsTheRest(TestDatabase db) throws Exception {
        try (db) {
            Path first = write("first.csv", HEADER
                    + "c1,+1 212 555 0123,Ada,,,,vip;brand:xiaomi,yes,New York,120.5\n"
                    + "c2,+1 212 555 0124,Bob,,,,vip,,Boston,80\n");
            importer(db, 10).importFile(first, "acme", ImportFormat.CSV, ImportListener.NONE);
            Path second = write("second.csv", HEADER
                    + "c1,+1 212 555 0123,,,,,business:vip;user:brand:xiaomi;new,,New York,999\n"
                    + "c2,+1 212 555 0124,Bob,,,,vip,,Boston,80\n");
            var later = java.time.Clock.offset(CLOCK, java.time.Duration.ofDays(3));
            ImportSummary s = new CustomerImporter(db.database().dataSource(), later, new PhoneNumbers("US"), 10)
                    .importFile(second, "acme", ImportFormat.CSV, ImportListener.NONE);

            assertThat(s.updated()).isEqualTo(2);
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            CustomerProfile c1 = store.getByExternalId("acme", "c1").orElseThrow();
            assertThat(c1.firstName()).isEqualTo("Ada");
            assertThat(c1.consent()).isTrue();
            assertThat(c1.attributes()).containsEntry("city", "New York").containsEntry("lifetime_value", "999");
            assertThat(c1.updatedAt()).isEqualTo(later.instant());
            assertThat(c1.tags()).containsExactly(new Tag(TagKind.USER, "brand:xiaomi"), new Tag(TagKind.MERCHANT, "new"),
                    new Tag(TagKind.BUSINESS, "vip"));
            assertThat(store.getByExternalId("acme", "c2").orElseThrow().updatedAt()).isEqualTo(CLOCK.instant());
            var byValue = new io.callbot.campaign.Audience(null, List.of(new io.callbot.campaign.AttributeCondition(
                    "lifetime_value", io.callbot.campaign.AttributeCondition.Operator.GTE, new java.math.BigDecimal("500"))),
                    null);
            var inNewYork = new io.callbot.campaign.Audience(null, List.of(new io.callbot.campaign.AttributeCondition(
                    "city", io.callbot.campaign.AttributeCondition.Operator.EQ, "New York")), null);
            AudienceQuery audience = new AudienceQuery(db.database().dataSource(), CLOCK);
            assertThat(audience.count("acme", byValue)).isEqualTo(1);
            assertThat(audience.count("acme", inNewYork)).isEqualTo(1);
            assertThat(tagMemberships(db)).isEqualTo(4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aRowTheDatabaseRefusesIsReportedWithoutSqlAndTheRestOfItsBatchLands(TestDatabase db) throws Exception {
        try (db) {
            // a rule only the database knows (the parser checks every length the schema has): the row is refused
            // there, and its message must not quote the driver's SQL or other rows' values
            try (Connection c = db.database().dataSource().getConnection()) {
                c.createStatement().execute("ALTER TABLE customer ADD CONSTRAINT test_no_bob CHECK (first_name <> 'Bob')");
            }
            Path file = write("customers.csv", HEADER
                    + "c1,+1 212 555 0123,Ada,,,,vip,yes,,\n"
                    + "c2,+1 212 555 0124,Bob,,,,,yes,,\n"
                    + "c3,+1 212 555 0125,Cy,,,,vip,yes,,\n"
                    + "c4,+1 212 555 0126,Dee,,,,,yes,,\n");
            Recorder rec = new Recorder();
            ImportSummary s = importer(db, 3).importFile(file, "acme", ImportFormat.CSV, rec);

            assertThat(s.imported()).isEqualTo(3);
            assertThat(s.rejected()).isEqualTo(1);
            // SQLSTATE 23514 on PostgreSQL, 23513 on H2
            assertThat(rec.problems).singleElement().asString()
                    .matches(java.util.regex.Pattern.quote(file + ":3: row: a value breaks a rule the database checks"
                            + " (SQLSTATE 2351") + "[34]\\); the server log has the details");
            assertThat(count(db, "customer")).isEqualTo(3);
            assertThat(rec.progress).extracting(p -> p[0]).containsExactly(3L, 4L);
        }
    }

    @Test
    void aValueLongerThanItsColumnIsRejectedBeforeTheDatabase() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            String tooLong = "en-" + String.join("-", java.util.Collections.nCopies(5, "abcdefgh"));
            Path file = write("customers.csv", HEADER + "c1,+1 212 555 0123,Ada,," + tooLong + ",,,yes,,\n");
            Recorder rec = new Recorder();
            ImportSummary s = importer(db, 3).importFile(file, "acme", ImportFormat.CSV, rec);
            assertThat(s.rejected()).isEqualTo(1);
            assertThat(rec.problems).containsExactly(file + ":2: language: must be at most 35 characters, was 47");
        }
    }
}
