package io.callbot.pbx;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One extension (or pattern) of a context with its priorities. Built by {@link DialplanLoader}; read-only once the
 * dialplan is built.
 *
 * @param name          the extension or pattern as written, e.g. {@code s}, {@code agents}, {@code _XXXX}
 * @param callerIdMatch the caller-ID match after {@code /}, or null
 * @param at            where it was first defined
 */
public record DialplanExtension(String name, String callerIdMatch, Map<Integer, DialplanStep> priorities,
                                ConfigPosition at) {

    public DialplanExtension {
        priorities = Collections.unmodifiableMap(new TreeMap<>(priorities));
    }

    public boolean isPattern() {
        return name.startsWith("_");
    }

    public Optional<DialplanStep> step(int priority) {
        return Optional.ofNullable(priorities.get(priority));
    }

    /** The priority carrying {@code label}, as Goto and Redirect find labels. */
    public Optional<DialplanStep> label(String label) {
        return priorities.values().stream().filter(s -> label.equals(s.label())).findFirst();
    }
}
