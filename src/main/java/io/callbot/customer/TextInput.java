package io.callbot.customer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Opens an import's bytes as UTF-8 text: skips a UTF-8 byte order mark, refuses UTF-16/32 (by BOM) with a clear
 * message, counts bytes for progress, and decodes invalid UTF-8 to U+FFFD so that the row holding it can be
 * rejected by name instead of stopping the import. Not thread-safe: one reader per file.
 */
final class TextInput {
    static final char REPLACEMENT = '\uFFFD';

    private final CountingStream counter;
    private final BufferedReader reader;
    private final long size;

    private TextInput(CountingStream counter, BufferedReader reader, long size) {
        this.counter = counter;
        this.reader = reader;
        this.size = size;
    }

    static TextInput open(ImportInput input) throws ImportException {
        try {
            CountingStream counter = new CountingStream(input.opener().open());
            BufferedInputStream in = new BufferedInputStream(counter, 1 << 16);
            skipBom(input.name(), in);
            return new TextInput(counter, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16),
                    input.size());
        } catch (IOException e) {
            throw new ImportException(input.name(), 0, "file", "cannot read: " + e.getMessage(), e);
        }
    }

    private static void skipBom(String name, BufferedInputStream in) throws IOException, ImportException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        int b0 = head.length > 0 ? head[0] & 0xff : -1;
        int b1 = head.length > 1 ? head[1] & 0xff : -1;
        int b2 = head.length > 2 ? head[2] & 0xff : -1;
        in.reset();
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            in.skipNBytes(3);
        } else if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || (b0 == 0 && b1 == 0 && b2 == 0xFE)) {
            throw new ImportException(name, 0, "file", "is UTF-16/UTF-32 (it starts with a byte order mark); "
                    + "save it as UTF-8 and import again");
        }
    }

    BufferedReader reader() {
        return reader;
    }

    long bytesRead() {
        return counter.count;
    }

    long size() {
        return size;
    }

    /** Why a text that went through the decoder cannot be trusted, or null when it is fine. */
    static String encodingProblem(String text) {
        if (text.indexOf(REPLACEMENT) >= 0) {
            return "not valid UTF-8 (the file may be Latin-1 or Windows-1252): save it as UTF-8";
        }
        if (text.indexOf('\0') >= 0) {
            return "contains NUL characters (the file may be UTF-16 without a byte order mark): save it as UTF-8";
        }
        return null;
    }

    void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // read-only file: nothing to flush
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
