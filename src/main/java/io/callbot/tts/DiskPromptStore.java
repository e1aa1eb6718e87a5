package io.callbot.tts;

import io.callbot.audio.Pcm8k;
import io.callbot.audio.WavFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendered prompts on disk, one 8 kHz 16-bit mono WAV per {@link PromptKey} named by its hash, so they survive a
 * restart (and can be listened to). Writes go to a temporary file in the same directory, are forced to disk, then
 * renamed into place atomically: a reader or a crash never sees half a file. Best effort: an unreadable or
 * unwritable entry is logged and treated as a miss. Thread-safe (no shared state but the directory).
 */
final class DiskPromptStore {

    private static final Logger log = LoggerFactory.getLogger(DiskPromptStore.class);

    private final Path directory;

    DiskPromptStore(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IllegalArgumentException("tts.cache.dir " + directory + " cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isWritable(directory)) {
            throw new IllegalArgumentException("tts.cache.dir " + directory + " is not writable");
        }
    }

    Path fileFor(PromptKey key) {
        return directory.resolve(key.hash() + ".wav");
    }

    Optional<Pcm8k> read(PromptKey key) {
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(WavFiles.read8k(Files.readAllBytes(file), file.toString()));
        } catch (IOException | RuntimeException e) {
            log.warn("prompt cache entry {} unreadable, rendering again: {}", file, e.getMessage());
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    void write(PromptKey key, Pcm8k audio) {
        Path target = fileFor(key);
        Path temp = null;
        try {
            temp = Files.createTempFile(directory, ".tmp-", ".wav");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(WavFiles.toWav(audio));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            move(temp, target);
        } catch (IOException e) {
            log.warn("prompt cache entry {} not written: {}", target, e.getMessage());
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + target.getParent() + " cannot rename atomically", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete {}: {}", file, e.getMessage());
        }
    }
}
