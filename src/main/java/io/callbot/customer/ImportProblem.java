package io.callbot.customer;

/**
 * A rejected row or a warning, printed as {@code FILE:ROW: field: reason} (row 0: the whole file). Immutable.
 *
 * @param row   CSV record number (the header is row 1) or JSON-lines line number; 0 for the whole file
 * @param field the column or key at fault, or a short label such as {@code row} or {@code file}
 */
public record ImportProblem(String file, long row, String field, String reason, boolean warning) {
    @Override
    public String toString() {
        return (row > 0 ? file + ":" + row : file) + ": " + field + ": " + reason;
    }
}
