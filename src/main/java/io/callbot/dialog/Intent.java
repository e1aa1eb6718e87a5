package io.callbot.dialog;

import io.callbot.nlu.Role;
import java.util.List;

/**
 * An answer the robot can recognize: a library intent and/or spoken phrases (together the ASR grammar of the
 * state), and DTMF keys. Immutable.
 *
 * @param name    the intent's name, e.g. {@code yes}
 * @param phrases lower-case phrases, matched as whole words in the recognized text
 * @param dtmf    single keys {@code 0-9 * #}
 * @param library the built-in library intent it builds on ({@code yes}, {@code opt_out}, ...), or null for its
 *                phrases alone; the phrases are added on top of the library's
 */
public record Intent(String name, List<String> phrases, List<String> dtmf, String library) {
    public Intent {
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        dtmf = dtmf == null ? List.of() : List.copyOf(dtmf);
    }

    /** What it means for the safety rules: its library intent's role, or the one its name implies. */
    public Role role() {
        return Role.of(library, name);
    }

    /** An intent of its own phrases and keys only. */
    public Intent(String name, List<String> phrases, List<String> dtmf) {
        this(name, phrases, dtmf, null);
    }
}
