package io.callbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A deadline the question set ("Can you make the payment by this Friday?") changes what a time in the answer means: a
 * promise within it is a yes ("I'll pay it Friday", "I'll sort it out tomorrow"), a put-off past it a no ("not until
 * payday"), where without one the same words put the offer off ("I'll pay it tomorrow" to "Would you like to pay it
 * now?"). The library's {@code deadline:} section says what in a question sets one and which days an answer may name
 * only when the question named them too; an intent's {@code deadline:} phrasings count only then. Immutable.
 */
final class Deadline {

    private final List<EvidenceRule> questionRules;
    private final Set<String> days;
    private final Map<String, PhraseTrie> tries;

    Deadline(List<EvidenceRule> questionRules, Set<String> days, Map<String, List<String>> phrasesByIntent) {
        this.questionRules = List.copyOf(questionRules);
        this.days = Set.copyOf(days);
        this.tries = phrasesByIntent.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> new PhraseTrie(e.getValue())));
    }

    /** The deadline phrasings of a library intent, if it has any. */
    Optional<PhraseTrie> trie(String intent) {
        return Optional.ofNullable(tries.get(intent));
    }

    /**
     * The deadline phrasings found in {@code said} (per candidate, its trie or null: {@link DeadlinePromises}), when the
     * question set a deadline; a phrasing naming a day the question did not name is left out ("I'll pay it Monday" to
     * "by this Friday?").
     */
    List<Span> promises(List<PhraseTrie> perIntent, Utterance said, Question question, Lexicon lexicon) {
        List<Span> out = new ArrayList<>();
        if (questionRules.stream().allMatch(r -> r.find(question.words(), lexicon).isEmpty())) {
            return out;
        }
        for (int i = 0; i < perIntent.size(); i++) {
            if (perIntent.get(i) != null) {
                perIntent.get(i).find(said, lexicon, i, out);
            }
        }
        out.removeIf(s -> said.words().subList(s.start(), s.end()).stream()
                .anyMatch(w -> days.contains(w) && !question.echoes(w)));
        return out;
    }
}
