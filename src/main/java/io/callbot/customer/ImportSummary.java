package io.callbot.customer;

import java.util.List;

/**
 * What an import did. Immutable.
 *
 * @param rows     data rows read (header and blank lines excluded)
 * @param imported new profiles created
 * @param updated  existing profiles matched by external id (a re-import of the same file matches every row, and
 *                 writes only what changed)
 * @param rejected rows skipped because of an error
 * @param warnings warnings (duplicate external ids, defaults applied, empty input, ...)
 * @param problems the first problems (at most {@link CustomerImporter#MAX_KEPT_PROBLEMS}); the listener sees all
 * @param stop     the problem that stopped the import early (unreadable input, broken CSV quoting, no header,
 *                 unknown tenant), or null when every row was read
 */
public record ImportSummary(long rows, long imported, long updated, long rejected, long warnings,
        List<ImportProblem> problems, ImportProblem stop) {
    public ImportSummary {
        problems = List.copyOf(problems);
    }

    public boolean completed() {
        return stop == null;
    }

    /** {@link #stop} as {@code INPUT:LINE: field: reason}, or null. */
    public String fatal() {
        return stop == null ? null : stop.toString();
    }

    @Override
    public String toString() {
        return String.format("%,d rows: %,d imported, %,d updated, %,d rejected, %,d warnings%s", rows, imported,
                updated, rejected, warnings, stop == null ? "" : " (stopped early: " + stop + ")");
    }
}
