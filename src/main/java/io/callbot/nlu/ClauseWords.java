package io.callbot.nlu;

import java.util.List;
import java.util.Set;

/**
 * The words of a library that shape how an answer's clauses are read: fillers (skipped), negators (cancel what
 * follows) and the expressions in which one does not negate ("why not"), conditions (deny the caller's own yes right
 * after them: "if I need it"), correctors that start a new clause whose
 * answer replaces the one before ("no, wait, yes") and the expressions in which one corrects nothing ("I would
 * actually love that"), and the words by which a caller settles his own question ("who is this? oh, Acme, yes, send
 * it"). Each expression is a list of normalized words. The library's word classes the reading uses are here too, each
 * a set of normalized words (what each is for is said in the library file): {@code closing_corrector},
 * {@code place_preposition}, {@code determiner}, {@code auxiliary}, {@code new_subject}, {@code consequence},
 * {@code first_person}, {@code question_word} and {@code decline_tail}. Immutable.
 */
record ClauseWords(List<List<String>> fillers, Set<String> negators, List<List<String>> notNegating,
        Set<String> conditions, List<List<String>> correctors, List<List<String>> notCorrecting, List<List<String>> settling,
        Set<String> closingCorrectors, Set<String> placePrepositions, Set<String> determiners, Set<String> auxiliaries,
        Set<String> newSubjects, Set<String> consequences, Set<String> firstPerson, Set<String> questionWords,
        Set<String> declineTails) {

    ClauseWords {
        fillers = List.copyOf(fillers);
        negators = Set.copyOf(negators);
        notNegating = List.copyOf(notNegating);
        conditions = Set.copyOf(conditions);
        correctors = List.copyOf(correctors);
        notCorrecting = List.copyOf(notCorrecting);
        settling = List.copyOf(settling);
        closingCorrectors = Set.copyOf(closingCorrectors);
        placePrepositions = Set.copyOf(placePrepositions);
        determiners = Set.copyOf(determiners);
        auxiliaries = Set.copyOf(auxiliaries);
        newSubjects = Set.copyOf(newSubjects);
        consequences = Set.copyOf(consequences);
        firstPerson = Set.copyOf(firstPerson);
        questionWords = Set.copyOf(questionWords);
        declineTails = Set.copyOf(declineTails);
    }

    /**
     * Whether a phrasing ending on {@code word} may be the start of another sentence
     * ({@link Utterance#continuedAfter}): an auxiliary ("yeah I do" in "yeah, I don't think so") or a place
     * preposition ("I'm in" in "I'm in the garden").
     */
    boolean mayContinue(String word) {
        return auxiliaries.contains(word) || placePrepositions.contains(word);
    }
}
