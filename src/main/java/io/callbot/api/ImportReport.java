package io.callbot.api;

import java.util.List;

/**
 * What an import did: rows read, profiles inserted / updated, each rejected row with its line and reason, the
 * warnings (defaults applied, duplicates, columns that look like known ones), and the problem that stopped the
 * import early, if any (then the rows before it were imported and nothing after it). Immutable value.
 */
public record ImportReport(long rows, int inserted, int updated, List<RowError> rejected, List<RowError> warnings,
                           RowError stoppedAt) {
    public ImportReport {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** A report of a complete import without warnings. */
    public ImportReport(int inserted, int updated, List<RowError> rejected) {
        this(inserted + updated + rejected.size(), inserted, updated, rejected, List.of(), null);
    }

    public boolean completed() {
        return stoppedAt == null;
    }

    /** A problem with the input: 1-based line in the uploaded body (0: the body as a whole), and what to fix. */
    public record RowError(long line, String message) {
    }
}
