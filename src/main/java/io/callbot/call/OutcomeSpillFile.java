package io.callbot.call;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps call records the database would not take: one JSON line per record, appended and fsync'ed, so a record
 * outlives the process. {@link #replay} writes them at start; lines that still fail stay in the file, and a line
 * that cannot be read is moved to {@code <file>.malformed} with its line number logged. Thread-safe (appends are
 * serialised on this object).
 */
public final class OutcomeSpillFile {
    private static final Logger log = LoggerFactory.getLogger(OutcomeSpillFile.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;

    public OutcomeSpillFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Writes a record that may be replayed: true when it is written now or was written before. */
    @FunctionalInterface
    public interface Replayer {
        boolean replay(CallRecord record) throws Exception;
    }

    /** What a replay did. */
    public record Replayed(int written, int alreadyWritten, int kept, int malformed) {
    }

    /** Appends the record as one line and forces it to disk. */
    public synchronized void append(CallRecord record) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] line = (JSON.writeValueAsString(SpilledCallRecord.of(record)) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buf = ByteBuffer.wrap(line);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            log.error("call record {} not written to the database, kept in {} for replay at start",
                    record.plan().attemptId(), file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep call record " + record.plan().attemptId() + " in " + file, e);
        }
    }

    /**
     * Replays every kept record through {@code replayer}, in file order. The file then holds only the records that
     * failed again (or is removed when none did); unreadable lines go to {@code <file>.malformed}.
     */
    public synchronized Replayed replay(SpilledCallRecord.Campaigns campaigns, Replayer replayer) throws IOException {
        if (!Files.exists(file)) {
            return new Replayed(0, 0, 0, 0);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        int written = 0;
        int already = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            CallRecord record;
            try {
                record = JSON.readValue(line, SpilledCallRecord.class).toRecord(campaigns);
            } catch (IOException | RuntimeException e) {
                log.error("spilled call record at {}:{} cannot be read, moved to {}.malformed: {}", file, i + 1,
                        file.getFileName(), e.getMessage());
                malformed.add(line);
                continue;
            }
            try {
                if (replayer.replay(record)) {
                    written++;
                } else {
                    already++;
                }
            } catch (Exception e) {
                log.error("spilled call record at {}:{} (call {}) still not written, kept: {}", file, i + 1,
                        record.plan().attemptId(), e.getMessage());
                kept.add(line);
            }
        }
        if (!malformed.isEmpty()) {
            Path aside = file.resolveSibling(file.getFileName() + ".malformed");
            Files.write(aside, malformed, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        }
        rewrite(kept);
        return new Replayed(written, already, kept.size(), malformed.size());
    }

    /** Replaces the file by the lines still kept, atomically, or removes it when there are none. */
    private void rewrite(List<String> kept) throws IOException {
        if (kept.isEmpty()) {
            Files.delete(file);
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, kept, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
