package io.callbot.pbx;

/** Where something was written in an Asterisk config file: 1-based line and column. Immutable. */
public record ConfigPosition(String file, int line, int column) {

    /** {@code file:line:column}, the form every validation error in callbot uses. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
