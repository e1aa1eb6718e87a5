package io.callbot.customer;

import io.callbot.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import's writer side: one batch of distinct external ids at a time, through COPY and a set-based merge on
 * PostgreSQL ({@link PgBulkWriter}) or JDBC batches on H2 ({@link CustomerWriter}); a batch the database refuses is
 * retried row by row so that only the refused rows are reported. Thread-safe (each call takes its own connections).
 */
final class ImportBatchWriter {
    private static final Logger log = LoggerFactory.getLogger(ImportBatchWriter.class);

    /** What the writer did with a batch; {@code refused} maps rows the database refused to its reason. */
    record Written(int inserted, int updated, int doNotCallKept, Map<CustomerRecord, String> refused) {}

    private final DataSource dataSource;
    private final CustomerWriter writer;
    private final PgBulkWriter bulk;
    private final AtomicLong copiedBatches = new AtomicLong();

    ImportBatchWriter(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.writer = new CustomerWriter(clock);
        this.bulk = new PgBulkWriter(clock);
    }

    /** Batches merged through COPY (PostgreSQL) so far. */
    long copiedBatches() {
        return copiedBatches.get();
    }

    /**
     * A batch ready to write: prepared (tag ids and attribute slots allocated, values typed) and, on PostgreSQL,
     * encoded for COPY ({@code encoded} null on H2).
     */
    record Staged(String tenant, CustomerWriter.Prepared prepared, byte[] encoded) {}

    /**
     * The Java half of a batch (in parallel, and on the importing thread, so it overlaps the writing of the batch
     * before): allocates its tags and slots, types its values and encodes it for COPY on PostgreSQL.
     */
    Staged stage(String tenant, List<CustomerRecord> records, Map<String, Long> importHashes) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            CustomerWriter.Prepared prepared = CustomerWriter.prepare(c, tenant, records, importHashes);
            byte[] encoded = Dialect.of(c) == Dialect.POSTGRES ? PgStaging.encode(prepared) : null;
            log.debug("import batch of {} rows for tenant {} prepared{} in {} ms", records.size(), tenant,
                    encoded == null ? "" : " and encoded", (System.nanoTime() - started) / 1_000_000);
            return new Staged(tenant, prepared, encoded);
        } catch (SQLException e) {
            throw new CustomerStoreException("import for tenant " + tenant + ": cannot allocate tags and attribute"
                    + " slots: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a staged batch: in one transaction (on PostgreSQL through COPY and a set-based merge,
     * {@link PgBulkWriter}), or row by row when the database refuses it.
     */
    Written write(Staged staged) {
        long started = System.nanoTime();
        String tenant = staged.tenant();
        CustomerWriter.Prepared prepared = staged.prepared();
        boolean postgres = staged.encoded() != null;
        try (Connection c = dataSource.getConnection()) {
            CustomerWriter.Outcome o = Transactions.run(c, tx -> postgres ? bulk.upsert(tx, prepared, staged.encoded())
                    : writer.upsert(tx, prepared));
            if (postgres) {
                copiedBatches.incrementAndGet();
            }
            log.debug("import batch of {} rows for tenant {} written in {} ms", prepared.records().size(), tenant,
                    (System.nanoTime() - started) / 1_000_000);
            return new Written(o.inserted(), o.updated(), o.doNotCallKept(), Map.of());
        } catch (SQLException | RuntimeException e) {
            log.warn("import batch for tenant {} failed ({}), retrying its rows one by one", tenant,
                    DatabaseRefusal.sqlState(e));
        }
        int inserted = 0;
        int updated = 0;
        int kept = 0;
        Map<CustomerRecord, String> refused = new LinkedHashMap<>();
        for (int i = 0; i < prepared.records().size(); i++) {
            CustomerWriter.Prepared one = CustomerWriter.one(prepared, i);
            try (Connection c = dataSource.getConnection()) {
                CustomerWriter.Outcome o = Transactions.run(c, tx -> writer.upsert(tx, one));
                inserted += o.inserted();
                updated += o.updated();
                kept += o.doNotCallKept();
            } catch (SQLException | RuntimeException e) {
                log.warn("import row of tenant {} refused by the database ({})", tenant,
                        DatabaseRefusal.sqlState(e), e);
                refused.put(one.records().get(0), DatabaseRefusal.reason(e));
            }
        }
        return new Written(inserted, updated, kept, refused);
    }

    /** After a big import the planner must know the new sizes, or audience queries pick nested loops. */
    void refreshStatistics(String tenant, long rowsWritten) {
        if (rowsWritten < CustomerImporter.STATISTICS_THRESHOLD) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            TableStatistics.refresh(c);
        } catch (SQLException e) {
            log.warn("could not refresh table statistics after the import for tenant {}: {}", tenant, e.getMessage());
        }
    }
}
