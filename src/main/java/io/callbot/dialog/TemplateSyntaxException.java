package io.callbot.dialog;

/** A template that does not parse; {@link #offset()} is the character index of the problem. Immutable. */
public final class TemplateSyntaxException extends IllegalArgumentException {

    private final int offset;

    public TemplateSyntaxException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
