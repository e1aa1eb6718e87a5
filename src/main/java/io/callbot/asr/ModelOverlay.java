package io.callbot.asr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Vosk model directory seen with decoder options added to its {@code conf/model.conf} (Vosk takes decoder options
 * from that file only) and, at will, another {@code graph/Gr.fst} (a language model biased towards callers' answers);
 * the model directory is the user's download, left as it is. The overlay is a temporary
 * directory of symbolic links to the model's entries, with {@code conf/} rebuilt from links to its other files and a
 * {@code model.conf} that is the model's own plus the options (Kaldi reads the file in order, so a later line wins).
 * Vosk reads the whole model while it loads, so the overlay is deleted as soon as the model is loaded.
 */
final class ModelOverlay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModelOverlay.class);

    static final String MODEL_CONF = "model.conf";
    /** The free-form language model of a lookahead model, under graph/. */
    static final String LANGUAGE_MODEL = "Gr.fst";

    private final Path dir;

    private ModelOverlay(Path dir) {
        this.dir = dir;
    }

    /**
     * Builds the overlay of {@code model} with {@code options} (e.g. {@code --frames-per-chunk=60}) appended to its
     * model.conf and, when {@code languageModel} is not null, that file as its {@code graph/Gr.fst}.
     *
     * @throws IOException when the links cannot be made (the overlay built so far is removed)
     */
    static ModelOverlay of(Path model, List<String> options, byte[] languageModel) throws IOException {
        Path dir = Files.createTempDirectory("callbot-vosk-");
        ModelOverlay overlay = new ModelOverlay(dir);
        try {
            Path conf = model.resolve("conf");
            Path graph = model.resolve("graph");
            boolean newGraph = languageModel != null && Files.isDirectory(graph);
            linkEntries(model, dir, newGraph ? List.of("conf", "graph") : List.of("conf"));
            Path overlayConf = Files.createDirectory(dir.resolve("conf"));
            String own = "";
            if (Files.isDirectory(conf)) {
                linkEntries(conf, overlayConf, List.of(MODEL_CONF));
                Path modelConf = conf.resolve(MODEL_CONF);
                own = Files.isRegularFile(modelConf) ? Files.readString(modelConf) : "";
            }
            String separator = own.isEmpty() || own.endsWith("\n") ? "" : "\n";
            Files.writeString(overlayConf.resolve(MODEL_CONF), options.isEmpty() ? own
                    : own + separator + String.join("\n", options) + "\n");
            if (newGraph) {
                Path overlayGraph = Files.createDirectory(dir.resolve("graph"));
                linkEntries(graph, overlayGraph, List.of(LANGUAGE_MODEL));
                Files.write(overlayGraph.resolve(LANGUAGE_MODEL), languageModel);
            }
            return overlay;
        } catch (IOException | RuntimeException e) {
            overlay.close();
            throw e;
        }
    }

    private static void linkEntries(Path from, Path to, List<String> except) throws IOException {
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                Path name = entry.getFileName();
                if (!except.contains(name.toString())) {
                    Files.createSymbolicLink(to.resolve(name.toString()), entry.toAbsolutePath());
                }
            }
        }
    }

    /** The directory to load the model from. */
    Path dir() {
        return dir;
    }

    /**
     * Removes the overlay: its links and the rewritten model.conf, never what the links point to. A failure is
     * logged, not thrown: the model is loaded by then, and a few links left in the temporary directory harm nothing.
     */
    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("could not remove the model overlay {}: {}", dir, e.toString());
        }
    }
}
