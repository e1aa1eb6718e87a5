package io.callbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@link Deadline} phrasings of one intent set's candidates, applied to a reading: when the question set a deadline,
 * a promise within it outranks the put-off it holds ("I'll pay it Friday" to "by this Friday?" is a yes, no not-now).
 * Immutable and thread-safe, as the intent set that holds it.
 */
final class DeadlinePromises {

    private final Deadline deadline;
    /** Per candidate, its deadline phrasings or null. */
    private final List<PhraseTrie> tries = new ArrayList<>();
    private final boolean[] optOut;

    /** Adds the phrasings' words to the set's lexicon {@code words} and recognizer {@code grammar} entries. */
    DeadlinePromises(Deadline deadline, List<CandidateIntent> candidates, Set<String> words, Set<String> grammar) {
        this.deadline = deadline;
        optOut = new boolean[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            CandidateIntent c = candidates.get(i);
            optOut[i] = c.role() == Role.OPT_OUT;
            PhraseTrie t = c.library() == null ? null : deadline.trie(c.library()).orElse(null);
            tries.add(t);
            if (t != null) {
                words.addAll(t.words());
                grammar.addAll(t.spokenWords());
            }
        }
    }

    /**
     * Adds the promises found in {@code said} to {@code spans}, and drops the spans of other candidates (but an
     * opt-out's, and the uncertain expressions', whose index is past the candidates) that lie inside one.
     */
    void outrank(List<Span> spans, Utterance said, Question question, Lexicon lexicon) {
        List<Span> promises = deadline.promises(tries, said, question, lexicon);
        spans.removeIf(s -> s.intent() < optOut.length && !optOut[s.intent()] && promises.stream()
                .anyMatch(p -> p.intent() != s.intent() && p.start() <= s.start() && s.end() <= p.end()));
        spans.addAll(promises);
    }
}
