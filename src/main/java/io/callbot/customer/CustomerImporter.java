package io.callbot.customer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a CSV or JSON-lines file into one tenant: streams the rows, validates each, and upserts them by
 * external id in batches (one transaction per batch). Bad rows are reported and skipped; a repeated external
 * id in one file is a warning and its last row wins. Memory holds one batch plus the external ids seen (to
 * report duplicates). Not thread-safe: one import at a time per instance.
 */
public final class CustomerImporter {
    private static final Logger log = LoggerFactory.getLogger(CustomerImporter.class);
    public static final int DEFAULT_BATCH_SIZE = 1000;
    public static final int MAX_KEPT_PROBLEMS = 1000;
    /** imports smaller than this leave statistics to autovacuum / H2's own sampling */
    static final int STATISTICS_THRESHOLD = 1000;

    private final DataSource dataSource;
    private final CustomerWriter writer;
    private final CustomerRecordParser parser;
    private final int batchSize;

    public CustomerImporter(DataSource dataSource, Clock clock, PhoneNumbers phones, int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("import batch size must be > 0, was " + batchSize);
        }
        this.dataSource = dataSource;
        this.writer = new CustomerWriter(clock);
        this.parser = new CustomerRecordParser(phones);
        this.batchSize = batchSize;
    }

    public ImportSummary importFile(Path file, String tenant, ImportFormat format, ImportListener listener) {
        Run run = new Run(file.toString(), tenant, listener);
        TextInput input = null;
        try {
            input = TextInput.open(file);
            RowSource source = format == ImportFormat.CSV ? CsvRowSource.open(file, input) : new JsonLinesRowSource(file, input);
            if (source == null) {
                run.warn(0, "file", "empty file (no header row), nothing imported");
            } else {
                try (source) {
                    readAll(source, run, input);
                }
            }
        } catch (ImportException e) {
            run.fatal = e.getMessage();
            flushQuietly(run);
        } finally {
            if (input != null) {
                input.close();
            }
        }
        refreshStatistics(run);
        if (run.fatal == null && run.rows == 0 && run.warnings == 0) {
            run.warn(0, "file", "no customer rows, nothing imported");
        }
        log.info("import of {} for tenant {}: {} rows, {} imported, {} updated, {} rejected", file, tenant, run.rows,
                run.imported, run.updated, run.rejected);
        return new ImportSummary(run.rows, run.imported, run.updated, run.rejected, run.warnings, run.kept, run.fatal);
    }

    private void readAll(RowSource source, Run run, TextInput input) throws ImportException {
        for (SourceRow row = source.next(); row != null; row = source.next()) {
            run.rows++;
            accept(row, run);
            if (run.batch.size() >= batchSize) {
                flush(run);
                run.listener.progress(run.rows, input.bytesRead(), input.size());
            }
        }
        flush(run);
        run.listener.progress(run.rows, input.bytesRead(), input.size());
    }

    private void accept(SourceRow row, Run run) {
        List<FieldError> errors = row.errors();
        CustomerRecord record = null;
        if (errors.isEmpty()) {
            CustomerRecordParser.Result result = parser.parse(row.raw());
            errors = result.errors();
            record = result.record();
        }
        if (record == null) {
            run.rejected++;
            errors.forEach(e -> run.report(new ImportProblem(run.file, row.row(), e.field(), e.reason(), false)));
            return;
        }
        Long firstRow = run.seen.putIfAbsent(record.externalId(), row.row());
        if (firstRow != null) {
            run.warn(row.row(), "external_id", "duplicate '" + record.externalId() + "' (also row " + firstRow
                    + "): the last row wins");
            if (!run.batch.containsKey(record.externalId())) {
                run.repeatsOfEarlierBatches++;
            }
        }
        run.batch.remove(record.externalId());
        run.batch.put(record.externalId(), record);
        run.rowOf.put(record.externalId(), row.row());
    }

    private void flush(Run run) {
        if (run.batch.isEmpty()) {
            return;
        }
        List<CustomerRecord> records = new ArrayList<>(run.batch.values());
        try (Connection c = dataSource.getConnection()) {
            CustomerWriter.Outcome o = Transactions.run(c, tx -> writer.upsert(tx, run.tenant, records));
            run.count(o.inserted(), o.updated());
        } catch (SQLException | RuntimeException e) {
            log.warn("import batch for tenant {} failed ({}), retrying its rows one by one", run.tenant, e.getMessage());
            records.forEach(r -> flushOne(run, r));
        }
        run.batch.clear();
        run.rowOf.clear();
        run.repeatsOfEarlierBatches = 0;
    }

    /** After a failed batch: each row alone, so one bad row is reported and the others still land. */
    private void flushOne(Run run, CustomerRecord record) {
        try (Connection c = dataSource.getConnection()) {
            CustomerWriter.Outcome o = Transactions.run(c, tx -> writer.upsert(tx, run.tenant, List.of(record)));
            run.count(o.inserted(), o.updated());
        } catch (SQLException | RuntimeException e) {
            run.rejected++;
            run.report(new ImportProblem(run.file, run.rowOf.get(record.externalId()), "row",
                    "database refused it: " + e.getMessage(), false));
        }
    }

    /** After a big import the planner must know the new sizes, or audience queries pick nested loops. */
    private void refreshStatistics(Run run) {
        if (run.imported + run.updated < STATISTICS_THRESHOLD) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            TableStatistics.refresh(c);
        } catch (SQLException e) {
            log.warn("could not refresh table statistics after the import for tenant {}: {}", run.tenant, e.getMessage());
        }
    }

    private void flushQuietly(Run run) {
        flush(run);
    }

    /** The state of one import. */
    private static final class Run {
        final String file;
        final String tenant;
        final ImportListener listener;
        final Map<String, CustomerRecord> batch = new LinkedHashMap<>();
        final Map<String, Long> rowOf = new HashMap<>();
        final Map<String, Long> seen = new HashMap<>();
        final List<ImportProblem> kept = new ArrayList<>();
        long rows;
        long imported;
        long updated;
        long rejected;
        long warnings;
        /** rows of this batch whose external id an earlier batch already wrote: not counted again */
        long repeatsOfEarlierBatches;
        String fatal;

        Run(String file, String tenant, ImportListener listener) {
            this.file = file;
            this.tenant = tenant;
            this.listener = listener;
        }

        void count(int inserted, int updatedRows) {
            imported += inserted;
            long repeats = Math.min(repeatsOfEarlierBatches, updatedRows);
            updated += updatedRows - repeats;
            repeatsOfEarlierBatches -= repeats;
        }

        void warn(long row, String field, String reason) {
            warnings++;
            report(new ImportProblem(file, row, field, reason, true));
        }

        void report(ImportProblem problem) {
            if (kept.size() < MAX_KEPT_PROBLEMS) {
                kept.add(problem);
            }
            listener.problem(problem);
        }
    }
}
