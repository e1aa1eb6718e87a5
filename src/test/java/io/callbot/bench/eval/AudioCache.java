package io.callbot.bench.eval;

import io.callbot.sim.voice.CallerVoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Synthesized caller lines kept on disk ({@code DIR/<voice>/<sha-256 of the text>.s16}: 8 kHz 16-bit little-endian
 * mono, before the phone line), so a rerun of the evaluation synthesizes nothing. Thread-safe: files are written to a
 * temporary name and moved into place.
 */
final class AudioCache {

    /** Festival starts slowly: it renders this many lines per run. */
    private static final int BATCH = 40;

    private final Path dir;

    AudioCache(Path dir) {
        this.dir = dir;
    }

    short[] get(CallerVoice voice, String text) {
        Path file = file(voice, text);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        short[] audio = voice.speak(text);
        write(file, audio);
        return audio;
    }

    /** Synthesizes what is missing of {@code texts}, on {@code threads} threads (batches for festival). */
    void fill(CallerVoice voice, List<String> texts, int threads) throws Exception {
        List<String> missing = texts.stream().distinct().filter(t -> !Files.isRegularFile(file(voice, t))).toList();
        if (missing.isEmpty()) {
            return;
        }
        System.out.printf("synthesizing %d lines with %s%n", missing.size(), voice.spec());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            boolean batched = voice.spec().startsWith("festival:");
            for (int i = 0; i < missing.size(); i += batched ? BATCH : 1) {
                List<String> part = missing.subList(i, Math.min(missing.size(), i + (batched ? BATCH : 1)));
                jobs.add(pool.submit(() -> {
                    List<short[]> audio = voice.speakAll(part);
                    for (int k = 0; k < part.size(); k++) {
                        write(file(voice, part.get(k)), audio.get(k));
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Path file(CallerVoice voice, String text) {
        return dir.resolve(voice.spec().replaceAll("[^A-Za-z0-9_.-]", "_")).resolve(sha256(text) + ".s16");
    }

    private static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static short[] read(Path file) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            short[] s = new short[b.remaining() / 2];
            b.asShortBuffer().get(s);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, short[] audio) {
        try {
            Files.createDirectories(file.getParent());
            ByteBuffer b = ByteBuffer.allocate(audio.length * 2).order(ByteOrder.LITTLE_ENDIAN);
            b.asShortBuffer().put(audio);
            Path tmp = Files.createTempFile(file.getParent(), "part", ".tmp");
            Files.write(tmp, b.array());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
