package io.callbot.campaign;

import java.util.List;
import java.util.Objects;

/**
 * Which speech models a campaign's {@code voice.asr_model} may name: the models the server loaded (a model is named by
 * its directory, {@code asr.model_dir}), or any name when there is no server to ask ({@code callbot validate}).
 * Immutable.
 *
 * @param models the names the server answers to; empty: every name is accepted
 */
public record AsrModelCheck(List<String> models) {

    /** No server to check against: every model name is accepted. */
    public static final AsrModelCheck ANY = new AsrModelCheck(List.of());

    public AsrModelCheck {
        models = List.copyOf(Objects.requireNonNull(models, "models"));
    }

    /** A server that has exactly these models. */
    public static AsrModelCheck serverHas(String... models) {
        return new AsrModelCheck(List.of(models));
    }

    /** Why {@code value} names no model the server has, or null when it names one (or nothing is checked). */
    String problem(String value) {
        if (models.isEmpty() || models.contains(value)) {
            return null;
        }
        return "'" + value + "' is not a speech model this server has: it has " + String.join(", ", models)
                + " (name one of those, or install the model and point asr.model_dir at its directory)";
    }
}
