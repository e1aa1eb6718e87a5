package io.callbot.customer;

import java.util.List;

/** Reads an import input row by row (streaming, never whole). Not thread-safe: one reader per input. */
interface RowSource extends AutoCloseable {
    /** The next data row, or null at the end; throws when the input cannot be read any further. */
    SourceRow next() throws ImportException;

    /** Warnings about the input as a whole (e.g. a column that looks like a known one), known once it is open. */
    default List<ImportProblem> headerWarnings() {
        return List.of();
    }

    /** True when the input's format names its columns once and {@code column} is not among them. */
    default boolean lacksColumn(String column) {
        return false;
    }

    @Override
    void close();
}
