package io.callbot.dialog;

import java.util.List;

/**
 * An answer the robot can recognize: spoken phrases (also the ASR grammar of the state) and DTMF keys.
 * At least one of the two lists is non-empty. Immutable.
 *
 * @param name    the intent's name, e.g. {@code yes}
 * @param phrases lower-case phrases, matched as whole words in the recognized text
 * @param dtmf    single keys {@code 0-9 * #}
 */
public record Intent(String name, List<String> phrases, List<String> dtmf) {
    public Intent {
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        dtmf = dtmf == null ? List.of() : List.copyOf(dtmf);
    }
}
