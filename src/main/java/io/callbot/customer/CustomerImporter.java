package io.callbot.customer;

import io.callbot.config.DaemonThreads;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a CSV or JSON-lines file into one tenant: streams the rows, validates each, and upserts them by
 * external id in batches (one transaction per batch). Bad rows are reported and skipped; a repeated external
 * id in one file is a warning and its last row wins. A writer thread stores batch N while this thread parses
 * batch N+1 (phone parsing is as costly as the writes); batches are written in file order and their outcomes
 * (counts, problems, progress) are reported by the importing thread in that order. Memory holds two batches
 * plus the external ids seen (to report duplicates). Not thread-safe: one import at a time per instance.
 */
public final class CustomerImporter {
    private static final Logger log = LoggerFactory.getLogger(CustomerImporter.class);
    public static final int DEFAULT_BATCH_SIZE = 1000;
    /** rows per COPY and merge on PostgreSQL: per-batch costs (staging table, statements, commit) fade at this size */
    public static final int DEFAULT_BULK_BATCH_SIZE = 10_000;
    public static final int MAX_KEPT_PROBLEMS = 1000;
    /** imports smaller than this leave statistics to autovacuum / H2's own sampling */
    static final int STATISTICS_THRESHOLD = 1000;
    /** at most this many rows are hashed, looked up and parsed together (in parallel) */
    static final int MAX_CHUNK = 10_000;

    private final DataSource dataSource;
    private final ImportBatchWriter batches;
    private final CustomerRecordParser parser;
    private final UnchangedRows unchanged;
    private final int batchSize;

    public CustomerImporter(DataSource dataSource, Clock clock, PhoneNumbers phones, int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("import batch size must be > 0, was " + batchSize);
        }
        this.dataSource = dataSource;
        this.batches = new ImportBatchWriter(dataSource, clock);
        this.parser = new CustomerRecordParser(phones);
        this.unchanged = new UnchangedRows(dataSource, new ImportFingerprint(phones.defaultRegion()));
        this.batchSize = batchSize;
    }

    /**
     * An importer with the database's default batch size: {@link #DEFAULT_BULK_BATCH_SIZE} on PostgreSQL (the COPY
     * path), {@link #DEFAULT_BATCH_SIZE} on H2.
     */
    public static CustomerImporter withDefaultBatchSize(DataSource dataSource, Clock clock, PhoneNumbers phones) {
        return new CustomerImporter(dataSource, clock, phones, isPostgres(dataSource) ? DEFAULT_BULK_BATCH_SIZE
                : DEFAULT_BATCH_SIZE);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return Dialect.of(c) == Dialect.POSTGRES;
        } catch (SQLException e) {
            throw new CustomerStoreException("cannot open the customer database: " + e.getMessage(), e);
        }
    }

    /** Batches merged through COPY (PostgreSQL) by this importer so far; the rest went through JDBC batches. */
    public long copiedBatches() {
        return batches.copiedBatches();
    }

    /** {@link #importInput} of a file. */
    public ImportSummary importFile(Path file, String tenant, ImportFormat format, ImportListener listener) {
        try {
            return importInput(ImportInput.of(file), tenant, format, listener);
        } catch (java.io.IOException e) {
            ImportProblem stop = new ImportProblem(file.toString(), 0, "file", "cannot read: " + e.getMessage(), false);
            return new ImportSummary(0, 0, 0, 0, 0, List.of(), stop);
        }
    }

    /**
     * Imports an input into an existing tenant. Every rejected row is reported with its line and reason; a
     * problem that stops the import (unknown tenant, no header, broken quoting, unreadable input) is the summary's
     * {@link ImportSummary#stop()}, so no caller can take a partial import for a complete one.
     */
    public ImportSummary importInput(ImportInput in, String tenant, ImportFormat format, ImportListener listener) {
        ExecutorService writerThread = thread("customer-import-writer");
        ExecutorService stagerThread = thread("customer-import-stager");
        Run run = new Run(in.name(), tenant, listener, writerThread, stagerThread);
        TextInput input = null;
        RowSource source = null;
        try {
            ImportTenant.check(dataSource, in.name(), tenant);
            run.hashesStored = unchanged.anyStored(tenant);
            input = TextInput.open(in);
            source = format == ImportFormat.CSV ? CsvRowSource.open(in.name(), input)
                    : new JsonLinesRowSource(in.name(), input);
            if (source == null) {
                run.warn(0, "file", "empty file (no header row), nothing imported");
            } else {
                source.headerWarnings().forEach(run::report);
                run.warnings += source.headerWarnings().size();
                readAll(source, run, input);
            }
        } catch (ImportException e) {
            run.stop = e.problem();
            flush(run, input);
        } finally {
            try {
                awaitWritten(run);
            } finally {
                writerThread.shutdownNow();
                stagerThread.shutdownNow();
                if (source != null) {
                    source.close();
                }
                if (input != null) {
                    input.close();
                }
            }
        }
        // rows skipped as unchanged wrote nothing: no statistics or visibility map to refresh for them
        batches.refreshStatistics(run.tenant, run.imported + run.updated - run.unchanged);
        warnAboutDefaults(run, source);
        if (run.stop == null && run.rows == 0 && run.warnings == 0) {
            run.warn(0, "file", "no customer rows, nothing imported");
        }
        log.info("import of {} for tenant {}: {} rows, {} imported, {} updated ({} unchanged since the import that"
                + " wrote them, not parsed), {} rejected{}", in.name(), tenant, run.rows, run.imported, run.updated,
                run.unchanged, run.rejected, run.stop == null ? "" : ", stopped: " + run.stop);
        return new ImportSummary(run.rows, run.imported, run.updated, run.rejected, run.warnings, run.kept, run.stop);
    }

    private static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(DaemonThreads.named(name));
    }

    /** Says which defaults applied where the input was silent, so an ambiguous file is never taken at face value. */
    private static void warnAboutDefaults(Run run, RowSource source) {
        if (run.withoutConsent > 0) {
            String which = source != null && source.lacksColumn("consent") ? "no consent column"
                    : count(run.withoutConsent, "row gives", "rows give") + " no consent value";
            run.warn(0, "consent", which + ": customers new to the store were saved without consent (false), so"
                    + " marketing and re_engagement campaigns will not call them (service_notice campaigns do);"
                    + " customers already stored keep their consent");
        }
        if (run.doNotCallKept > 0) {
            run.warn(0, "do_not_call", count(run.doNotCallKept, "row says", "rows say") + " do_not_call=false for"
                    + " customers on the do-not-call list: they stay on it (an import never takes anyone off; use"
                    + " DELETE /api/v1/customers/{id}/do-not-call)");
        }
    }

    /** "1 row gives" / "12 rows give". */
    private static String count(long n, String one, String many) {
        return n == 1 ? "1 " + one : String.format("%,d %s", n, many);
    }

    /**
     * Reads rows in chunks (a batch, at most {@link #MAX_CHUNK} rows), hashes each chunk's rows and reads their
     * customers' stored hashes in one query, and parses the rest of the chunk in parallel (parsing, the phone numbers
     * above all, costs the importing thread more than the database's merge costs the writer); what the rows mean
     * for the import (counts, duplicates, problems, batches) is then taken in file order on this thread. Rows read
     * before a problem that stops the import are still taken.
     */
    private void readAll(RowSource source, Run run, TextInput input) throws ImportException {
        int chunkSize = Math.min(batchSize, MAX_CHUNK);
        List<SourceRow> chunk = new ArrayList<>(chunkSize);
        try {
            for (SourceRow row = source.next(); row != null; row = source.next()) {
                chunk.add(row);
                if (chunk.size() >= chunkSize) {
                    acceptAll(chunk, run, input);
                }
            }
        } finally {
            acceptAll(chunk, run, input);
        }
        flush(run, input);
        awaitWritten(run);
    }

    private void acceptAll(List<SourceRow> chunk, Run run, TextInput input) {
        if (chunk.isEmpty()) {
            return;
        }
        UnchangedRows.Chunk checked = unchanged.check(run.tenant, chunk, run.seen.keySet(), run.hashesStored);
        Long[] hashes = checked.hashes();
        boolean[] same = checked.same();
        Map<String, UnchangedRows.Stored> stored = checked.stored();
        List<CustomerRecordParser.Result> parsed = java.util.stream.IntStream.range(0, chunk.size()).parallel()
                .mapToObj(i -> same[i] || !chunk.get(i).errors().isEmpty() ? null : parser.parse(chunk.get(i).raw()))
                .toList();
        for (int i = 0; i < chunk.size(); i++) {
            run.rows++;
            SourceRow row = chunk.get(i);
            String externalId = same[i] ? CustomerRecordParser.externalIdOf(row.raw()) : null;
            if (same[i] && !run.seen.containsKey(externalId)) {
                acceptUnchanged(row, externalId, stored.get(externalId), run);
            } else {
                // a row the file repeats is taken in full even when unchanged: an earlier row of it may be written
                accept(row, same[i] ? parser.parse(row.raw()) : parsed.get(i), hashes[i], run);
            }
            if (run.batch.size() >= batchSize) {
                flush(run, input);
            }
        }
        chunk.clear();
        if (run.inFlight == null && run.batch.isEmpty() && input != null) {
            run.listener.progress(run.rows, input.bytesRead(), input.size());
        }
    }

    /**
     * Takes a row whose content hash equals the one stored by the import that last wrote its customer, which no
     * writer has changed since: merging it again would write nothing, so it is counted as the merge would count it.
     */
    private static void acceptUnchanged(SourceRow row, String externalId, UnchangedRows.Stored stored, Run run) {
        if (CustomerRecordParser.isBlank(row.raw().consent())) {
            run.withoutConsent++;
        }
        run.seen.put(externalId, row.row());
        run.updated++;
        run.unchanged++;
        if (stored.doNotCall() && CustomerRecordParser.saysFalse(row.raw().doNotCall())) {
            run.doNotCallKept++;
        }
    }

    /** Takes one row: {@code result} is its parse, null when the row could not be read into fields. */
    private void accept(SourceRow row, CustomerRecordParser.Result result, Long hash, Run run) {
        List<FieldError> errors = row.errors();
        CustomerRecord record = null;
        if (result != null) {
            errors = result.errors();
            record = result.record();
        }
        if (record == null) {
            run.rejected++;
            errors.forEach(e -> run.report(new ImportProblem(run.file, row.row(), e.field(), e.reason(), false)));
            return;
        }
        if (record.consent() == null) {
            run.withoutConsent++;
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
        run.hashOf.put(record.externalId(), hash);
    }

    /**
     * Hands the current batch to the stager thread (the Java half of a write: tags, slots, typed values, COPY
     * encoding, while the writer stores the batch before) and then to the writer thread, after reporting the outcome
     * of the one before it: at most one batch is being written, so memory stays bounded (three batches: parsed,
     * staged, written) and batches land in file order (a later row wins).
     */
    private void flush(Run run, TextInput input) {
        if (run.batch.isEmpty()) {
            return;
        }
        Batch batch = new Batch(new ArrayList<>(run.batch.values()), new HashMap<>(run.rowOf), new HashMap<>(run.hashOf),
                run.repeatsOfEarlierBatches, run.rows, input == null ? 0 : input.bytesRead(),
                input == null ? 0 : input.size());
        run.batch.clear();
        run.rowOf.clear();
        run.hashOf.clear();
        run.repeatsOfEarlierBatches = 0;
        Future<ImportBatchWriter.Staged> staged = run.stagerThread.submit(() -> batches.stage(run.tenant,
                batch.records(), batch.hashOf()));
        awaitWritten(run);
        run.inFlight = batch;
        run.written = run.writerThread.submit(() -> {
            try {
                return batches.write(staged.get());
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        });
    }

    /** Waits for the batch in flight (if any) and reports its outcome on this thread. */
    private void awaitWritten(Run run) {
        if (run.written == null) {
            return;
        }
        Batch batch = run.inFlight;
        ImportBatchWriter.Written written;
        try {
            written = run.written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import of " + run.file + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("import writer of " + run.file + " failed: " + e.getCause(), e.getCause());
        } finally {
            run.written = null;
            run.inFlight = null;
        }
        run.count(written.inserted(), written.updated(), batch.repeatsOfEarlierBatches());
        run.doNotCallKept += written.doNotCallKept();
        written.refused().forEach((record, reason) -> {
            run.rejected++;
            run.report(new ImportProblem(run.file, batch.rowOf().get(record.externalId()), "row", reason, false));
        });
        run.listener.progress(batch.rowsRead(), batch.bytesRead(), batch.totalBytes());
    }

    /**
     * One batch handed to the writer, with what its outcome report needs: the row numbers of its records, how
     * many of them repeat an earlier batch's ids, and the read position when it was cut.
     */
    private record Batch(List<CustomerRecord> records, Map<String, Long> rowOf, Map<String, Long> hashOf,
            long repeatsOfEarlierBatches,
            long rowsRead, long bytesRead, long totalBytes) {}

    /** The state of one import. */
    private static final class Run {
        final String file;
        final String tenant;
        final ImportListener listener;
        final ExecutorService writerThread;
        /** prepares and encodes a batch while the writer stores the one before */
        final ExecutorService stagerThread;
        final Map<String, CustomerRecord> batch = new LinkedHashMap<>();
        final Map<String, Long> rowOf = new HashMap<>();
        /** the content hash of each batched row, stored with its customer */
        final Map<String, Long> hashOf = new HashMap<>();
        final Map<String, Long> seen = new HashMap<>();
        final List<ImportProblem> kept = new ArrayList<>();
        long rows;
        long imported;
        long updated;
        /** rows skipped unparsed: their customer holds what this very row wrote */
        long unchanged;
        /** whether the tenant held import hashes when the import started (else no row can be skipped) */
        boolean hashesStored;
        long rejected;
        long warnings;
        /** rows of this batch whose external id an earlier batch already wrote: not counted again */
        long repeatsOfEarlierBatches;
        long withoutConsent;
        long doNotCallKept;
        ImportProblem stop;
        /** the batch the writer thread is storing, and its pending outcome; null when none */
        Batch inFlight;
        Future<ImportBatchWriter.Written> written;

        Run(String file, String tenant, ImportListener listener, ExecutorService writerThread,
                ExecutorService stagerThread) {
            this.file = file;
            this.tenant = tenant;
            this.listener = listener;
            this.writerThread = writerThread;
            this.stagerThread = stagerThread;
        }

        /** Rows of a batch that repeat an earlier batch's ids updated their own earlier row: not counted again. */
        void count(int inserted, int updatedRows, long repeats) {
            imported += inserted;
            updated += updatedRows - Math.min(repeats, updatedRows);
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
