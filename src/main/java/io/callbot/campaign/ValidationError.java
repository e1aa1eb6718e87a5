package io.callbot.campaign;

/**
 * One problem in a campaign file, located by 1-based line and column. Immutable.
 *
 * @param file    the file as given to the loader
 * @param path    dotted YAML path ({@code dial.max_concurrent}, {@code dialog.states.greet.on.yes}), or
 *                {@code "syntax error"} for a YAML syntax error
 * @param message the rule broken, e.g. {@code must be > 0, was -1}
 */
public record ValidationError(String file, int line, int column, String path, String message) {

    /** {@code file:line:column: path: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + path + ": " + message;
    }
}
