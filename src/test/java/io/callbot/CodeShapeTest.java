package io.callbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue #14's shape targets, kept: no two main classes share a simple name (package-info aside), {@code app} has
 * at most 10 classes, and no main source file is over 400 lines.
 */
@Tag("unit")
class CodeShapeTest {
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final int MAX_LINES = 400;

    /** {@code app} is the server's assembly and lifecycle only (commands are in cli, the demo in demo, ...). */
    private static final int APP_CLASSES_AT_MOST = 10;

    /** One name per concept: two classes that share a simple name are either one concept (merge) or two (rename). */
    @Test
    void noTwoMainClassesShareASimpleName() {
        Map<String, List<String>> byName = sources().collect(Collectors.groupingBy(
                p -> p.getFileName().toString().replace(".java", ""), TreeMap::new,
                Collectors.mapping(p -> MAIN.resolve("io/callbot").relativize(p).toString().replace('\\', '/'),
                        Collectors.toList())));
        byName.values().removeIf(files -> files.size() < 2);
        assertThat(byName).as("simple names of more than one main class").isEmpty();
    }

    /** Small classes, one job each: a class that outgrows this is split by responsibility. */
    @Test
    void noMainSourceFileIsOverFourHundredLines() {
        Map<String, Integer> tooLong = new TreeMap<>();
        sources().forEach(p -> {
            int n = lines(p);
            if (n > MAX_LINES) {
                tooLong.put(MAIN.resolve("io/callbot").relativize(p).toString().replace('\\', '/'), n);
            }
        });
        assertThat(tooLong).as("main source files over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void appHasAtMostTenClasses() throws IOException {
        List<String> app;
        try (Stream<Path> files = Files.list(MAIN.resolve("io/callbot/app"))) {
            app = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .filter(n -> !n.equals("package-info.java")).sorted().toList();
        }
        assertThat(app).as("classes in app, the server's assembly and lifecycle (commands go to cli, the demo to"
                + " demo, simulate to simulate, call launching to launch)").hasSizeLessThanOrEqualTo(APP_CLASSES_AT_MOST);
    }

    private static Stream<Path> sources() {
        try {
            return Files.walk(MAIN).filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lines(Path file) {
        try (Stream<String> l = Files.lines(file)) {
            return (int) l.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
