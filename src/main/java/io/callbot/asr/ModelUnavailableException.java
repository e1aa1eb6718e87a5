package io.callbot.asr;

import java.nio.file.Path;

/** The configured speech model cannot be used: start-up must stop, with this message for the operator. */
public final class ModelUnavailableException extends RuntimeException {

    private static final String HOW_TO_GET =
            " The default English model is unpacked by the build (mvn package) into target/voice-models/"
            + AsrSettings.DEFAULT_MODEL_NAME + "; other models (larger English, other languages) and how to fetch "
            + "them are described in voice-models/README.md. Point -D" + AsrSettings.MODEL_DIR_PROPERTY
            + " (or the asr model dir setting) at the directory holding the model.";

    private final Path path;

    ModelUnavailableException(Path path, String problem, Throwable cause) {
        super("Vosk model at " + path.toAbsolutePath() + " " + problem + "." + HOW_TO_GET, cause);
        this.path = path;
    }

    /** The model directory that failed. */
    public Path path() {
        return path;
    }
}
