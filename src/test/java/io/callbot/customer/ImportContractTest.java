package io.callbot.customer;

import static io.callbot.customer.TestCustomers.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.campaign.Audience;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import io.callbot.testing.TestTenants;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import contract (issue 13): every rejected row named by line and reason, no input taken for complete when it
 * was not, do-not-call and consent said out loud, one rule for tags, attributes and phones.
 */
class ImportContractTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static ImportSummary importInto(TestDatabase db, String tenant, Path file, ImportFormat format,
            CustomerImporterTest.Recorder rec) {
        return new CustomerImporter(db.database().dataSource(), CLOCK, new PhoneNumbers("US"), 100)
                .importFile(file, tenant, format, rec);
    }

    private static ImportSummary importInto(TestDatabase db, Path file, ImportFormat format,
            CustomerImporterTest.Recorder rec) {
        TestTenants.ensure(db.database().dataSource(), "acme");
        return importInto(db, "acme", file, format, rec);
    }

    @Test
    void aTenantThatDoesNotExistIsRefusedBeforeAnyRow() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            Path file = write("c.csv", "external_id,phone,consent\nc1,+1 212 555 0123,yes\n");
            ImportSummary s = importInto(db, "nobody", file, ImportFormat.CSV, new CustomerImporterTest.Recorder());
            assertThat(s.completed()).isFalse();
            assertThat(s.fatal()).isEqualTo(file + ": tenant: tenant 'nobody' does not exist; create it first"
                    + " (a merchant under the platform, or a sub-merchant under its merchant)");
            assertThat(s.rows()).isZero();
            assertThat(new CustomerStore(db.database().dataSource(), CLOCK).getByExternalId("nobody", "c1")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void doNotCallColumnsLoadTheListAndAnImportNeverTakesAnyoneOff(TestDatabase db) throws Exception {
        try (db) {
            Path first = write("dnc.csv", "external_id,phone,consent,do_not_call,do_not_call_reason\n"
                    + "c1,+1 212 555 0101,yes,true,asked by email\n"
                    + "c2,+1 212 555 0102,yes,yes,\n"
                    + "c3,+1 212 555 0103,yes,false,\n"
                    + "c4,+1 212 555 0104,yes,,\n");
            CustomerImporterTest.Recorder rec = new CustomerImporterTest.Recorder();
            ImportSummary s = importInto(db, first, ImportFormat.CSV, rec);
            assertThat(s.imported()).isEqualTo(4);
            assertThat(rec.problems).isEmpty();
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            CustomerProfile c1 = store.getByExternalId("acme", "c1").orElseThrow();
            assertThat(c1.doNotCall()).isTrue();
            assertThat(c1.doNotCallReason()).isEqualTo("asked by email");
            assertThat(c1.doNotCallAt()).isEqualTo(CLOCK.instant());
            assertThat(c1.attributes()).isEmpty();
            assertThat(store.getByExternalId("acme", "c2").orElseThrow().doNotCallReason()).isEqualTo("import");
            assertThat(store.getByExternalId("acme", "c3").orElseThrow().doNotCall()).isFalse();
            AudienceQuery audience = new AudienceQuery(db.database().dataSource(), CLOCK);
            assertThat(audience.count("acme", Audience.EVERYONE)).isEqualTo(2);

            Path second = write("again.csv", "external_id,phone,consent,do_not_call\n"
                    + "c1,+1 212 555 0101,yes,false\n"
                    + "c4,+1 212 555 0104,yes,true\n");
            CustomerImporterTest.Recorder again = new CustomerImporterTest.Recorder();
            importInto(db, second, ImportFormat.CSV, again);
            assertThat(store.getByExternalId("acme", "c1").orElseThrow().doNotCall()).isTrue();
            assertThat(store.getByExternalId("acme", "c4").orElseThrow().doNotCall()).isTrue();
            assertThat(audience.count("acme", Audience.EVERYONE)).isEqualTo(1);
            assertThat(again.problems).containsExactly(second + ": do_not_call: 1 row says do_not_call=false for"
                    + " customers on the do-not-call list: they stay on it (an import never takes anyone off; use"
                    + " DELETE /api/v1/customers/{id}/do-not-call)");
        }
    }

    @Test
    void aFileWithoutConsentSaysWhichDefaultApplied() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            Path file = write("noconsent.csv", "external_id,phone,dnc\nc1,+1 212 555 0101,1\n");
            CustomerImporterTest.Recorder rec = new CustomerImporterTest.Recorder();
            ImportSummary s = importInto(db, file, ImportFormat.CSV, rec);
            assertThat(s.imported()).isEqualTo(1);
            assertThat(s.warnings()).isEqualTo(2);
            assertThat(rec.problems).containsExactly(
                    file + ":1: dnc: stored as an attribute; if it means do_not_call, name the column do_not_call",
                    file + ": consent: " + CustomerImporterTest.NO_CONSENT.formatted("no consent column"));
            assertThat(new CustomerStore(db.database().dataSource(), CLOCK).getByExternalId("acme", "c1")
                    .orElseThrow().consent()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void tagsAttributesAndPhonesFollowTheSameRulesAsTheApi(TestDatabase db) throws Exception {
        try (db) {
            Path file = write("rules.jsonl", String.join("\n",
                    "{\"external_id\": \"ok\", \"phone\": \"+1 212 555 0101\", \"consent\": true, \"tags\": [\"vip\"]}",
                    "{\"external_id\": \"tag\", \"phone\": \"+1 212 555 0102\", \"tags\": [\"hacker:<b>\"]}",
                    "{\"external_id\": \"nested\", \"phone\": \"+1 212 555 0103\","
                            + " \"attributes\": {\"address\": {\"city\": \"Paris\"}}}",
                    "{\"external_id\": \"list\", \"phone\": \"+1 212 555 0104\", \"sizes\": [1, 2]}",
                    "{\"external_id\": \"number\", \"phone\": 12125550105}",
                    "{\"external_id\": \"extension\", \"phone\": \"+1 212 555 0106 ext. 42\"}"));
            CustomerImporterTest.Recorder rec = new CustomerImporterTest.Recorder();
            ImportSummary s = importInto(db, file, ImportFormat.JSONL, rec);

            assertThat(s.imported()).isEqualTo(1);
            assertThat(s.rejected()).isEqualTo(5);
            assertThat(rec.problems).containsExactly(
                    file + ":2: tags: tag 'hacker:<b>' may contain only letters, digits, '_', '.', ':' and '-'"
                            + " ('hacker:<b>')",
                    file + ":3: attributes.address: must be a text, number or boolean, was an object (nested"
                            + " attributes are not supported: give each part its own attribute, e.g. address_city)",
                    file + ":4: attributes.sizes: must be a text, number or boolean, was a list (nested"
                            + " attributes are not supported: give each part its own attribute, e.g. address_city)",
                    file + ":5: phone: must be a string such as \"+12125550123\", was the JSON number 12125550105"
                            + " (a number drops a leading + or 0)",
                    file + ":6: phone: '+1 212 555 0106 ext. 42' has an extension (42) that the robot cannot dial;"
                            + " give the number without it");
        }
    }

    @Test
    void csvRowsAreNumberedByTheLineTheyStartOn() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            Path file = write("lines.csv", "external_id,phone,consent,note\n"
                    + "c1,+1 212 555 0101,yes,\"two\nlines\"\n"
                    + "\n"
                    + "c2,12345,yes,x\n"
                    + "c3,+1 212 555 0103,yes,\"a\nb\",extra\n");
            CustomerImporterTest.Recorder rec = new CustomerImporterTest.Recorder();
            ImportSummary s = importInto(db, file, ImportFormat.CSV, rec);
            assertThat(s.imported()).isEqualTo(1);
            assertThat(rec.problems).containsExactly(
                    file + ":5: phone: not a valid number '12345' (default region US)",
                    file + ":6: row: has 5 columns, the header has 4 (it spans lines 6-7: check for an unbalanced"
                            + " quote)");
        }
    }

    @Test
    void anUnbalancedQuoteStopsAtTheLineWhereItOpensAndSaysWhatWasImported() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            Path file = write("quote.csv", "external_id,phone,consent,first_name\n"
                    + "c1,+1 212 555 0101,yes,Ada\n"
                    + "c2,+1 212 555 0102,yes,\"Bob\n"
                    + "c3,+1 212 555 0103,yes,Cy\n"
                    + "c4,+1 212 555 0104,yes,Dee\n");
            ImportSummary s = importInto(db, file, ImportFormat.CSV, new CustomerImporterTest.Recorder());
            assertThat(s.completed()).isFalse();
            assertThat(s.imported()).isEqualTo(1);
            assertThat(s.fatal()).isEqualTo(file + ":3: row: a quoted value opened on this line is never closed"
                    + " (unbalanced \"); the rows before this line were imported, nothing from here on: fix the quoting"
                    + " and import the file again");
        }
    }

    @Test
    void inputsInTheWrongFormatOrWithoutAHeaderStopWithWhatToDo() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            Path noHeader = write("noheader.csv", "c1,+1 212 555 0101,yes\nc2,+1 212 555 0102,yes\n");
            Path jsonAsCsv = write("json.csv", "{\"external_id\": \"c1\", \"phone\": \"+1 212 555 0101\"}\n");
            Path csvAsJson = write("csv.jsonl", "external_id,phone\nc1,+1 212 555 0101\n");
            Path mobile = write("mobile.csv", "external_id,mobile\nc1,+1 212 555 0101\n");
            List<String> stops = List.of(noHeader, jsonAsCsv, mobile).stream()
                    .map(f -> importInto(db, f, ImportFormat.CSV, new CustomerImporterTest.Recorder()).fatal()).toList();
            String csvStop = importInto(db, csvAsJson, ImportFormat.JSONL, new CustomerImporterTest.Recorder()).fatal();

            assertThat(stops).containsExactly(
                    noHeader + ":1: header: no header row: the first line must name the columns, e.g."
                            + " external_id,phone,first_name,consent (found: c1, +1 212 555 0101, yes)",
                    jsonAsCsv + ":1: header: this looks like JSON lines, not CSV (the first line starts with '{'):"
                            + " import it as JSON lines (Content-Type: application/x-ndjson, or --format jsonl)",
                    mobile + ":1: header: missing required column phone (found: external_id, mobile); if column"
                            + " 'mobile' is it, rename it to phone");
            assertThat(csvStop).isEqualTo(csvAsJson + ":1: row: this looks like a CSV header, not JSON lines:"
                    + " import it as CSV (Content-Type: text/csv, or --format csv)");
        }
    }
}
