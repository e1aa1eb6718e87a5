package io.callbot.asr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/** Loads a Vosk model directory, checking it first so the error names what is wrong; stateless. */
final class VoskModelLoader {

    private static final Logger LOG = LoggerFactory.getLogger(VoskModelLoader.class);

    private VoskModelLoader() {
    }

    /**
     * Loads the model in {@code dir} with the acoustic model evaluated {@code framesPerChunk} input frames at a time
     * ({@link AsrSettings#framesPerChunk()}; 0: as the model says) and its free-form language model biased towards
     * {@code answers} ({@link LanguageModelBias}; none: as it ships); the directory itself is not changed
     * ({@link ModelOverlay}).
     */
    static Model load(Path dir, int framesPerChunk, DomainWordPairs answers) {
        if (!Files.isDirectory(dir)) {
            throw new ModelUnavailableException(dir, "does not exist or is not a directory", null);
        }
        Path acoustic = dir.resolve("am/final.mdl");
        if (!Files.isRegularFile(acoustic)) {
            throw new ModelUnavailableException(dir, "is not a Vosk model (no am/final.mdl)", null);
        }
        // Kaldi's per-model INFO lines go to stderr and are noise in our logs; warnings still show
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        List<String> options = framesPerChunk == AsrSettings.MODELS_OWN_FRAMES_PER_CHUNK ? List.of()
                : List.of("--frames-per-chunk=" + framesPerChunk);
        byte[] languageModel = biasedLanguageModel(dir, answers);
        if (options.isEmpty() && languageModel == null) {
            return load(dir, dir);
        }
        ModelOverlay overlay;
        try {
            overlay = ModelOverlay.of(dir, options, languageModel);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not link the model {} into a temporary directory ({}); loading it as it is, without"
                    + " asr.frames_per_chunk={} or a language model biased towards answers", dir, e.toString(),
                    framesPerChunk);
            return load(dir, dir);
        }
        try (overlay) {
            return load(overlay.dir(), dir);
        }
    }

    /** The model's {@code graph/Gr.fst} biased towards {@code answers}; null when there is none or no n-gram model. */
    private static byte[] biasedLanguageModel(Path dir, DomainWordPairs answers) {
        Path file = dir.resolve("graph").resolve(ModelOverlay.LANGUAGE_MODEL);
        if (answers.isEmpty() || !Files.isRegularFile(file)) {
            return null;
        }
        long t0 = System.nanoTime();
        try {
            Optional<NGramFst> model = NGramFst.read(file);
            if (model.isEmpty()) {
                LOG.info("{} is no n-gram language model: the free-form pass uses it unbiased", file);
                return null;
            }
            LanguageModelBias.Biased biased = LanguageModelBias.apply(model.get(), answers,
                    LanguageModelBias.DEFAULT_SHARE);
            if (biased.favoured() == 0) {
                LOG.info("no word pair of callers' answers is in {}: the free-form pass uses it unbiased", file);
                return null;
            }
            LOG.info("free-form language model biased towards callers' answers: {} of {} arcs favoured ({} added),"
                    + " {} ms", biased.favoured(), biased.model().arcs(), biased.added(),
                    (System.nanoTime() - t0) / 1_000_000);
            return biased.model().bytes();
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not bias the language model {} ({}); the free-form pass uses it as it ships", file,
                    e.toString());
            return null;
        }
    }

    /** Loads {@code from}; an error names {@code dir}, the directory the user gave. */
    private static Model load(Path from, Path dir) {
        try {
            return new Model(from.toString());
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            throw new ModelUnavailableException(dir, "could not be loaded (corrupt or incomplete: " + e.getMessage()
                    + ")", e);
        }
    }
}
