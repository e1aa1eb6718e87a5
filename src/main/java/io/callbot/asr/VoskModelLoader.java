package io.callbot.asr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/** Loads a Vosk model directory, checking it first so the error names what is wrong; stateless. */
final class VoskModelLoader {

    private VoskModelLoader() {
    }

    static Model load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ModelUnavailableException(dir, "does not exist or is not a directory", null);
        }
        Path acoustic = dir.resolve("am/final.mdl");
        if (!Files.isRegularFile(acoustic)) {
            throw new ModelUnavailableException(dir, "is not a Vosk model (no am/final.mdl)", null);
        }
        // Kaldi's per-model INFO lines go to stderr and are noise in our logs; warnings still show
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        try {
            return new Model(dir.toString());
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            throw new ModelUnavailableException(dir, "could not be loaded (corrupt or incomplete: " + e.getMessage()
                    + ")", e);
        }
    }
}
