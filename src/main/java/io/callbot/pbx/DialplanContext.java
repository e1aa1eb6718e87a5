package io.callbot.pbx;

import java.util.ArrayList;
import java.util.List;

/**
 * One dialplan context: its extensions in Asterisk's matching order and the contexts it includes, in order.
 * Immutable.
 */
public record DialplanContext(String name, List<DialplanExtension> extensions, List<String> includes,
                              ConfigPosition at) {

    public DialplanContext {
        List<DialplanExtension> sorted = new ArrayList<>(extensions);
        sorted.sort((a, b) -> ExtensionPattern.compare(a.name(), b.name()));
        extensions = List.copyOf(sorted);
        includes = List.copyOf(includes);
    }
}
