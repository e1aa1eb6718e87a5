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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A re-import skips rows whose content did not change since the import that wrote their customer (the stored
 * {@code import_hash}), and never one whose customer another writer changed since: the outcome is what merging
 * every row again gives.
 */
class UnchangedReimportTest {
    private static final String HEADER = "external_id,phone,first_name,tags,consent,do_not_call,city\n";
    private static final Clock LATER = Clock.offset(CLOCK, Duration.ofDays(2));

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static CustomerImporter importer(TestDatabase db, Clock clock, int batchSize) {
        TestTenants.ensure(db.database().dataSource(), "acme");
        return new CustomerImporter(db.database().dataSource(), clock, new PhoneNumbers("US"), batchSize);
    }

    private static ImportSummary importFile(TestDatabase db, Path file, Clock clock, ImportListener listener) {
        return importer(db, clock, 2).importFile(file, "acme", ImportFormat.CSV, listener);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void everyOtherWriterMakesTheNextReimportMergeTheRowAgain(TestDatabase db) throws Exception {
        try (db) {
            Path file = write("c.csv", HEADER
                    + "c1,+1 212 555 0101,Ada,vip,yes,true,New York\n"
                    + "c2,+1 212 555 0102,Bob,vip,yes,,Boston\n"
                    + "c3,+1 212 555 0103,Cy,,yes,,Chicago\n"
                    + "c4,+1 212 555 0104,Di,,yes,,Denver\n");
            importFile(db, file, CLOCK, ImportListener.NONE);
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            long c1 = store.getByExternalId("acme", "c1").orElseThrow().id();
            long c2 = store.getByExternalId("acme", "c2").orElseThrow().id();
            long c3 = store.getByExternalId("acme", "c3").orElseThrow().id();
            store.setDoNotCall("acme", c1, false, null);
            store.updateTags("acme", c2, List.of(), List.of("vip"));
            try (Connection c = db.database().dataSource().getConnection()) {
                store.recordCallOutcome(c, "acme", c3, new CallOutcomeUpdate(CLOCK.instant(), "ANSWERED", null,
                        List.of(), List.of(), Map.of("city", "Paris"), false, null));
            }
            store.upsert("acme", TestCustomers.customer("c4", "+1 212 555 0104", Map.of("city", "Dallas")));

            ImportSummary again = importFile(db, file, LATER, ImportListener.NONE);

            assertThat(again.updated()).isEqualTo(4);
            assertThat(store.getByExternalId("acme", "c1").orElseThrow().doNotCall()).isTrue();
            assertThat(store.getByExternalId("acme", "c2").orElseThrow().tags()).extracting(Tag::toString)
                    .contains("merchant:vip");
            assertThat(store.getByExternalId("acme", "c3").orElseThrow().attributes()).containsEntry("city", "Chicago");
            assertThat(store.getByExternalId("acme", "c4").orElseThrow().attributes()).containsEntry("city", "Denver");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aSkippedRowStillCountsAndWarnsAsAMergedOneDoes(TestDatabase db) throws Exception {
        try (db) {
            importFile(db, write("on.csv", HEADER + "c1,+1 212 555 0101,Ada,,yes,true,\n"), CLOCK, ImportListener.NONE);
            Path off = write("off.csv", HEADER + "c1,+1 212 555 0101,Ada,,,false,\n");
            CustomerImporterTest.Recorder merged = new CustomerImporterTest.Recorder();
            ImportSummary first = importFile(db, off, CLOCK, merged);
            CustomerImporterTest.Recorder skipped = new CustomerImporterTest.Recorder();
            ImportSummary second = importFile(db, off, LATER, skipped);

            assertThat(merged.problems).hasSize(2); // no consent value, do_not_call=false kept
            assertThat(skipped.problems).isEqualTo(merged.problems);
            assertThat(second.updated()).isEqualTo(first.updated()).isEqualTo(1);
            assertThat(second.warnings()).isEqualTo(first.warnings());
            assertThat(skipped.progress).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aRowTheFileRepeatsIsMergedEvenWhenItsHashIsStored(TestDatabase db) throws Exception {
        try (db) {
            Path file = write("twice.csv", HEADER
                    + "c1,+1 212 555 0101,Ada,,yes,,Berlin\n"
                    + "c2,+1 212 555 0102,Bob,,yes,,Boston\n"
                    + "c1,+1 212 555 0101,Ada,,yes,,Paris\n");
            CustomerImporter oneRowBatches = importer(db, CLOCK, 1);
            oneRowBatches.importFile(file, "acme", ImportFormat.CSV, ImportListener.NONE);
            importer(db, LATER, 1).importFile(file, "acme", ImportFormat.CSV, ImportListener.NONE);

            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            assertThat(store.getByExternalId("acme", "c1").orElseThrow().attributes()).containsEntry("city", "Paris");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aChunkOfRowsWithoutExternalIdIsRejectedRowByRowOnAFirstImportAndAReimport(TestDatabase db) throws Exception {
        try (db) {
            Path file = write("blank.csv", HEADER + " ,+1 212 555 0101,Ada,,yes,,\n");
            for (Clock clock : List.of(CLOCK, LATER)) {
                CustomerImporterTest.Recorder rec = new CustomerImporterTest.Recorder();
                ImportSummary s = importFile(db, file, clock, rec);
                assertThat(s.rejected()).isEqualTo(1);
                assertThat(rec.problems).containsExactly(file + ":2: external_id: must not be empty");
                importFile(db, write("one.csv", HEADER + "c1,+1 212 555 0101,Ada,,yes,,\n"), clock, ImportListener.NONE);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void customersStoredWithoutAHashGetOneWithoutMovingUpdatedAt(TestDatabase db) throws Exception {
        try (db) {
            Path file = write("c.csv", HEADER + "c1,+1 212 555 0101,Ada,vip,yes,,New York\n");
            importFile(db, file, CLOCK, ImportListener.NONE);
            try (Connection c = db.database().dataSource().getConnection()) {
                c.createStatement().executeUpdate("UPDATE customer SET import_hash = NULL"); // as stored before V90
            }
            importFile(db, file, LATER, ImportListener.NONE);

            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            assertThat(store.getByExternalId("acme", "c1").orElseThrow().updatedAt()).isEqualTo(CLOCK.instant());
            try (Connection c = db.database().dataSource().getConnection();
                    var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM customer WHERE import_hash IS NULL")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }
}
