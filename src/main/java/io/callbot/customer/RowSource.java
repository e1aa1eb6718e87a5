package io.callbot.customer;

/** Reads an import file row by row (streaming, never whole). Not thread-safe: one reader per file. */
interface RowSource extends AutoCloseable {
    /** The next data row, or null at the end; throws when the file cannot be read any further. */
    SourceRow next() throws ImportException;

    @Override
    void close();
}
