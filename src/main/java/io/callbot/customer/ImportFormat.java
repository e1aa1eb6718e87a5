package io.callbot.customer;

import java.nio.file.Path;
import java.util.Locale;

/** The import file formats. Immutable. */
public enum ImportFormat {
    /** a header row, then one customer per record (RFC 4180) */
    CSV,
    /** one JSON object per line */
    JSONL;

    /** Guesses from the file name: {@code .jsonl}, {@code .ndjson} and {@code .json} are JSON lines, the rest CSV. */
    public static ImportFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") ? JSONL : CSV;
    }
}
