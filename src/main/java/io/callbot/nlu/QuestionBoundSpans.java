package io.callbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@link QuestionBoundPhrasings} of one intent set's candidates, applied to a reading: when the question brings
 * them into play, a phrasing found outranks what it holds ("I'll pay it Friday" to "by this Friday?" is a yes, no
 * not-now).
 * Immutable and thread-safe, as the intent set that holds it.
 */
final class QuestionBoundSpans {

    private final QuestionBoundPhrasings phrasings;
    /** Per candidate, its phrasings or null. */
    private final List<PhraseTrie> tries = new ArrayList<>();
    private final boolean[] optOut;

    /** Adds the phrasings' words to the set's lexicon {@code words} and recognizer {@code grammar} entries. */
    QuestionBoundSpans(QuestionBoundPhrasings phrasings, List<CandidateIntent> candidates, Set<String> words,
            Set<String> grammar) {
        this.phrasings = phrasings;
        optOut = new boolean[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            CandidateIntent c = candidates.get(i);
            optOut[i] = c.role() == Role.OPT_OUT;
            PhraseTrie t = c.library() == null ? null : phrasings.trie(c.library()).orElse(null);
            tries.add(t);
            if (t != null) {
                words.addAll(t.words());
                grammar.addAll(t.spokenWords());
            }
        }
    }

    /**
     * Adds the phrasings found in {@code said} to {@code spans}, and drops the spans of other candidates (but an
     * opt-out's, and the uncertain expressions', whose index is past the candidates) that lie inside one.
     */
    void outrank(List<Span> spans, Utterance said, Question question, Lexicon lexicon) {
        List<Span> found = phrasings.find(tries, said, question, lexicon);
        spans.removeIf(s -> s.intent() < optOut.length && !optOut[s.intent()] && found.stream()
                .anyMatch(p -> p.intent() != s.intent() && p.start() <= s.start() && s.end() <= p.end()));
        spans.addAll(found);
    }
}
