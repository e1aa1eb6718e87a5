package io.callbot.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * Keeps the embedded database's files (customer data, and the AUTO_SERVER key in its lock file) and recordings
 * readable by the server's user only: directories {@code rwx------}, files {@code rw-------}. No-op on file systems
 * without POSIX permissions. Stateless.
 */
public final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {}

    /** Creates (or tightens) {@code dir} as owner-only. */
    public static Path directory(Path dir) {
        try {
            Files.createDirectories(dir);
            if (posix()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + " owner-only: " + e.getMessage(), e);
        }
    }

    /** The directory an H2 file lives in, owner-only. */
    static void directoryOf(Path h2FileWithoutSuffix) {
        Path parent = h2FileWithoutSuffix.toAbsolutePath().getParent();
        if (parent != null) {
            directory(parent);
        }
    }

    /** Every file of that H2 database ({@code name.mv.db}, {@code name.lock.db}, ...), owner-only. */
    static void filesOf(Path h2FileWithoutSuffix) {
        Path abs = h2FileWithoutSuffix.toAbsolutePath();
        if (!posix() || abs.getParent() == null) {
            return;
        }
        String prefix = abs.getFileName() + ".";
        try (Stream<Path> files = Files.list(abs.getParent())) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + abs + "'s files owner-only: " + e.getMessage(), e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
