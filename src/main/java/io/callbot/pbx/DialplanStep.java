package io.callbot.pbx;

/**
 * One priority of a dialplan extension: {@code exten => s,2(label),Application(data)}. Immutable.
 *
 * @param priority     the priority number ({@link #HINT} for a hint)
 * @param label        the label in parentheses, or null
 * @param application  the application name as written, e.g. {@code Queue}
 * @param data         its arguments without the parentheses ({@code ""} when none)
 * @param at           where the line starts
 */
public record DialplanStep(int priority, String label, String application, String data, ConfigPosition at) {

    /** Asterisk's priority number for {@code hint} lines. */
    public static final int HINT = -1;

    /** {@code Application(data)}, as Asterisk's {@code Newexten} events show it. */
    @Override
    public String toString() {
        return application + "(" + data + ")";
    }
}
