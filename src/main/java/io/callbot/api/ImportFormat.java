package io.callbot.api;

/** Body formats of {@code POST /customers/import}: CSV with a header row, or one JSON object per line. */
public enum ImportFormat {
    CSV, JSONL
}
