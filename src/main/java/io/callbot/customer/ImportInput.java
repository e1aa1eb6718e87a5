package io.callbot.customer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an import reads: a file (the CLI) or an uploaded body (the API), with the name every problem starts
 * with. Both go through the same {@link CustomerImporter} path. Immutable.
 *
 * @param name   the file path, or a label such as {@code body}
 * @param size   bytes, for progress
 * @param opener opens the bytes afresh
 */
public record ImportInput(String name, long size, Opener opener) {
    /** Opens the input's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static ImportInput of(Path file) throws IOException {
        return new ImportInput(file.toString(), Files.size(file), () -> Files.newInputStream(file));
    }

    public static ImportInput of(String name, byte[] body) {
        return new ImportInput(name, body.length, () -> new ByteArrayInputStream(body));
    }
}
