package io.callbot.nlu;

import java.util.List;
import java.util.Set;

/**
 * The words of a library that shape how an answer's clauses are read: fillers (skipped), negators (cancel what
 * follows) and the expressions in which one does not negate ("why not"), conditions (deny the caller's own yes right
 * after them: "if I need it"), correctors that start a new clause whose
 * answer replaces the one before ("no, wait, yes") and the expressions in which one corrects nothing ("I would
 * actually love that"), and the words by which a caller settles his own question ("who is this? oh, Acme, yes, send
 * it"). Each expression is a list of normalized words. Immutable.
 */
record ClauseWords(List<List<String>> fillers, Set<String> negators, List<List<String>> notNegating,
        Set<String> conditions, List<List<String>> correctors, List<List<String>> notCorrecting, List<List<String>> settling) {

    ClauseWords {
        fillers = List.copyOf(fillers);
        negators = Set.copyOf(negators);
        notNegating = List.copyOf(notNegating);
        conditions = Set.copyOf(conditions);
        correctors = List.copyOf(correctors);
        notCorrecting = List.copyOf(notCorrecting);
        settling = List.copyOf(settling);
    }
}
