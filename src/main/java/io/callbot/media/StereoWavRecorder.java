package io.callbot.media;

import io.callbot.audio.WavFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records one call to a stereo WAV (caller left, robot right, 8 kHz, 16-bit little-endian PCM). The robot's paced
 * frames set the timeline; the caller's audio is laid against them from a FIFO. Thread-safe (synchronized); all file
 * I/O runs on the given writer executor, never on the caller's thread.
 */
final class StereoWavRecorder {

    private static final Logger log = LoggerFactory.getLogger(StereoWavRecorder.class);
    private static final int HEADER_BYTES = 44;
    private static final int RATE = 8_000;
    /** Flush to disk about once a second (4 bytes per stereo sample). */
    private static final int FLUSH_BYTES = RATE * 4;
    /** Caller audio more than a second ahead of the robot's timeline is dropped, oldest first. */
    private static final int MAX_CALLER_BACKLOG = RATE;

    private final Path file;
    private final Executor writer;
    private final short[] callerFifo = new short[MAX_CALLER_BACKLOG];
    private int callerHead;
    private int callerCount;
    private ByteBuffer pending = newChunk();
    private CompletableFuture<FileChannel> channel;
    private long dataBytes;
    private boolean closed;

    StereoWavRecorder(Path file, Executor writer) {
        this.file = file;
        this.writer = writer;
        this.channel = CompletableFuture.supplyAsync(this::openWithHeader, writer);
    }

    Path file() {
        return file;
    }

    /** Caller audio, 8 kHz. */
    synchronized void callerAudio(short[] samples8kHz) {
        for (short s : samples8kHz) {
            if (callerCount == MAX_CALLER_BACKLOG) {
                callerHead = (callerHead + 1) % MAX_CALLER_BACKLOG;
                callerCount--;
            }
            callerFifo[(callerHead + callerCount) % MAX_CALLER_BACKLOG] = s;
            callerCount++;
        }
    }

    /** One robot frame as sent, 8 kHz; pairs it with as much caller audio as is waiting. */
    synchronized void robotFrame(short[] frame8kHz) {
        if (closed) {
            return;
        }
        for (short robot : frame8kHz) {
            short caller = 0;
            if (callerCount > 0) {
                caller = callerFifo[callerHead];
                callerHead = (callerHead + 1) % MAX_CALLER_BACKLOG;
                callerCount--;
            }
            pending.putShort(caller).putShort(robot);
        }
        if (pending.remaining() < frame8kHz.length * 4) {
            flush();
        }
    }

    /** Writes what is left and fixes the header's sizes; the future completes when the file is whole. */
    synchronized CompletableFuture<Path> close() {
        if (!closed) {
            closed = true;
            flush();
            channel = channel.thenApplyAsync(this::finish, writer);
        }
        return channel.thenApply(c -> file).exceptionally(e -> {
            log.error("recording {} failed", file, e);
            return file;
        });
    }

    private void flush() {
        ByteBuffer chunk = pending.flip();
        pending = newChunk();
        dataBytes += chunk.remaining();
        channel = channel.thenApplyAsync(c -> write(c, chunk, -1), writer);
    }

    private FileChannel openWithHeader() {
        try {
            // the first recording after start (or after an operator emptied the directory) creates it; callers'
            // voices are personal data: directory and files are the server user's only
            java.nio.file.Path dir = file.toAbsolutePath().getParent();
            java.nio.file.Files.createDirectories(dir);
            boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (posix) {
                java.nio.file.Files.setPosixFilePermissions(dir,
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            }
            FileChannel c = posix
                    ? FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING), java.nio.file.attribute.PosixFilePermissions
                            .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")))
                    : FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING);
            write(c, header(0), 0);
            c.position(HEADER_BYTES);
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create recording " + file, e);
        }
    }

    private FileChannel finish(FileChannel c) {
        try (c) {
            write(c, header(dataBytes), 0);
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close recording " + file, e);
        }
    }

    private static FileChannel write(FileChannel c, ByteBuffer data, long at) {
        try {
            while (data.hasRemaining()) {
                if (at >= 0) {
                    at += c.write(data, at);
                } else {
                    c.write(data);
                }
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A canonical 44-byte PCM WAV header for 8 kHz 16-bit stereo. */
    static ByteBuffer header(long dataBytes) {
        return WavFiles.header(2, dataBytes);
    }

    private static ByteBuffer newChunk() {
        return ByteBuffer.allocate(FLUSH_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    }
}
