package io.callbot.api;

import java.util.List;

/** What an import did: rows inserted / updated, and each rejected row with its number and reason. Immutable value. */
public record ImportReport(int inserted, int updated, List<RowError> rejected) {
    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /** A rejected input row: 1-based line number in the uploaded body, and what to fix. */
    public record RowError(int line, String message) {
    }
}
