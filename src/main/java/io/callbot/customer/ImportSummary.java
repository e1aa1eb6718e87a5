package io.callbot.customer;

import java.util.List;

/**
 * What an import did. Immutable.
 *
 * @param rows     data rows read (header and blank lines excluded)
 * @param imported new profiles created
 * @param updated  existing profiles updated (a re-import of the same file updates every row)
 * @param rejected rows skipped because of an error
 * @param warnings warnings (duplicate external ids, empty file, ...)
 * @param problems the first problems (at most {@link CustomerImporter#MAX_KEPT_PROBLEMS}); the listener sees all
 * @param fatal    the error that stopped the import early (unreadable file, broken CSV quoting), or null
 */
public record ImportSummary(long rows, long imported, long updated, long rejected, long warnings,
        List<ImportProblem> problems, String fatal) {
    public ImportSummary {
        problems = List.copyOf(problems);
    }

    public boolean completed() {
        return fatal == null;
    }

    @Override
    public String toString() {
        return String.format("%,d rows: %,d imported, %,d updated, %,d rejected, %,d warnings%s", rows, imported,
                updated, rejected, warnings, fatal == null ? "" : " (stopped early: " + fatal + ")");
    }
}
