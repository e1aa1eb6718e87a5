package io.callbot.pbx;

/** Something Asterisk would refuse or warn about when loading a config file. Immutable. */
public record ConfigProblem(ConfigPosition at, String message) {

    @Override
    public String toString() {
        return at + ": " + message;
    }
}
