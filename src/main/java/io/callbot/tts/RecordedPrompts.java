package io.callbot.tts;

import io.callbot.audio.Pcm8k;
import io.callbot.audio.WavFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recorded prompts: every {@code *.wav} under a directory, decoded once at load (any common WAV format: 8-48 kHz,
 * mono or stereo, 8/16/24-bit PCM, float, mu-law, a-law) and kept as {@link Pcm8k}. A file that cannot be read is
 * logged, listed in {@link #problems()} and skipped; the others load. Immutable after load; any thread.
 */
public final class RecordedPrompts {

    private static final Logger log = LoggerFactory.getLogger(RecordedPrompts.class);

    private final Path directory;
    private final Map<String, Pcm8k> prompts;
    private final List<String> problems;

    private RecordedPrompts(Path directory, Map<String, Pcm8k> prompts, List<String> problems) {
        this.directory = directory;
        this.prompts = Map.copyOf(prompts);
        this.problems = List.copyOf(problems);
    }

    public static RecordedPrompts empty() {
        return new RecordedPrompts(null, Map.of(), List.of());
    }

    /**
     * Loads every {@code .wav} under {@code directory} (recursively); names are relative paths with {@code /}. A
     * missing directory holds no prompts (each state then speaks its {@code say} text, as for any missing file): it
     * is logged and listed in {@link #problems()}, and calls go on.
     */
    public static RecordedPrompts load(Path directory) {
        if (!Files.isDirectory(directory)) {
            String problem = "voice.prompts_dir " + directory + " is not a directory; its prompts fall back to their text";
            log.warn("recorded prompts missing: {}", problem);
            return new RecordedPrompts(directory, Map.of(), List.of(problem));
        }
        Map<String, Pcm8k> prompts = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : wavFiles(directory)) {
            String name = directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            try {
                prompts.put(name, WavFiles.read8k(file));
            } catch (IOException | RuntimeException e) {
                String problem = file + ": " + e.getMessage();
                log.warn("recorded prompt skipped: {}", problem);
                problems.add(problem);
            }
        }
        log.info("recorded prompts loaded dir={} count={} problems={}", directory, prompts.size(), problems.size());
        return new RecordedPrompts(directory, prompts, problems);
    }

    private static List<Path> wavFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".wav"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list recorded prompts in " + directory, e);
        }
    }

    public Optional<Pcm8k> get(String name) {
        return Optional.ofNullable(prompts.get(name));
    }

    /** @throws IllegalArgumentException naming the prompt, the directory and what it holds */
    public Pcm8k require(String name) {
        Pcm8k audio = prompts.get(name);
        if (audio == null) {
            throw new IllegalArgumentException("recorded prompt '" + name + "' not found in "
                    + (directory == null ? "(no prompts directory configured)" : directory)
                    + "; available: " + new TreeMap<>(prompts).keySet());
        }
        return audio;
    }

    public Set<String> names() {
        return prompts.keySet();
    }

    /** Files that were found but could not be decoded, each with its path and reason. */
    public List<String> problems() {
        return problems;
    }
}
