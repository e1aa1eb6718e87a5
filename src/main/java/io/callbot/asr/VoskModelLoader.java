package io.callbot.asr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
     * ({@link AsrSettings#framesPerChunk()}; 0: as the model says); the directory itself is not changed
     * ({@link ModelOverlay}).
     */
    static Model load(Path dir, int framesPerChunk) {
        if (!Files.isDirectory(dir)) {
            throw new ModelUnavailableException(dir, "does not exist or is not a directory", null);
        }
        Path acoustic = dir.resolve("am/final.mdl");
        if (!Files.isRegularFile(acoustic)) {
            throw new ModelUnavailableException(dir, "is not a Vosk model (no am/final.mdl)", null);
        }
        // Kaldi's per-model INFO lines go to stderr and are noise in our logs; warnings still show
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        if (framesPerChunk == AsrSettings.MODELS_OWN_FRAMES_PER_CHUNK) {
            return load(dir, dir);
        }
        ModelOverlay overlay;
        try {
            overlay = ModelOverlay.of(dir, List.of("--frames-per-chunk=" + framesPerChunk));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not link the model {} into a temporary directory ({}); loading it with its own"
                    + " model.conf, without asr.frames_per_chunk={}", dir, e.toString(), framesPerChunk);
            return load(dir, dir);
        }
        try (overlay) {
            return load(overlay.dir(), dir);
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
