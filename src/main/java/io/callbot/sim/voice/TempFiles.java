package io.callbot.sim.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A private temporary directory for one synthesis run, deleted with everything in it on close. Not shared. */
final class TempFiles implements AutoCloseable {

    private final Path dir;

    TempFiles() {
        try {
            this.dir = Files.createTempDirectory("callbot-voice");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for synthesis", e);
        }
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary file left behind is not worth failing a synthesis for
        }
    }
}
