package io.callbot.nlu;

import java.util.List;

/**
 * One built-in intent of the library; an immutable value.
 *
 * @param name        the name campaigns use it by ({@code yes}, {@code opt_out}, ...)
 * @param description what the caller means, in words (shown by {@code validate})
 * @param phrases     phrase patterns ({@link PhrasePattern}), hundreds of phrasings once expanded
 * @param evidence    keyword evidence that is enough on its own ({@link EvidenceRule})
 * @param partial     keyword evidence that is only a hint: for opt-out, the robot asks to confirm
 * @param grammar     core phrases a recognizer grammar holds whole (besides every word of the phrasings)
 * @param negatable   whether a negation before it cancels it ("not sure" is no yes); opt-out never is
 * @param declines    whether it turns the offer down (a no, a not-now): partial opt-out evidence outranks it
 * @param asks        whether it is a question to the robot ("who is this?"), which the caller may settle himself
 *                    before a yes ("who is this? oh, Acme, yeah, send it")
 * @param goesOn      whether callers often go on after its phrases, past the short pause that ends a turn early on an
 *                    expected phrase ("who is this? you know what, stop calling"; "call me back... around six")
 */
public record LibraryIntent(String name, String description, List<String> phrases, List<EvidenceRule> evidence,
        List<EvidenceRule> partial, List<String> grammar, boolean negatable, boolean declines,
        boolean asks, boolean goesOn) {

    public LibraryIntent {
        phrases = List.copyOf(phrases);
        grammar = List.copyOf(grammar);
        evidence = List.copyOf(evidence);
        partial = List.copyOf(partial);
    }

    public Role role() {
        return Role.of(name);
    }
}
