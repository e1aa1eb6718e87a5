package io.callbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Phrasings that count only when the question brings them into play, per library intent, and what in a question does
 * (the library's {@code deadline:} and {@code channel:} sections and the intents' phrasings of those names). A deadline
 * the question sets ("Can you make the payment by this Friday?") changes what a time in the answer means: a promise
 * within it is a yes ("I'll pay it Friday"), a put-off past it a no ("not until payday"), where without one the same
 * words put the offer off; an answer may name a day of the section's {@code days} only when the question named it too.
 * A channel the question offers ("Can we send your statements by email?") makes "email is fine" a yes, where to
 * "Shall I text you the coupon?" another channel asked for is no answer. Immutable.
 */
final class QuestionBoundPhrasings {

    private final List<EvidenceRule> questionRules;
    private final Set<String> days;
    private final Map<String, PhraseTrie> tries;

    QuestionBoundPhrasings(List<EvidenceRule> questionRules, Set<String> days,
            Map<String, List<String>> phrasesByIntent, Set<String> answerWords, ClauseWords clauseWords) {
        this.questionRules = List.copyOf(questionRules);
        this.days = Set.copyOf(days);
        this.tries = phrasesByIntent.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        e -> new PhraseTrie(e.getValue(), answerWords, clauseWords)));
    }

    /** The phrasings of a library intent, if it has any. */
    Optional<PhraseTrie> trie(String intent) {
        return Optional.ofNullable(tries.get(intent));
    }

    /**
     * The phrasings found in {@code said} (per candidate, its trie or null: {@link QuestionBoundSpans}), when the
     * question brings them into play; a phrasing naming a day the question did not name is left out ("I'll pay it
     * Monday" to "by this Friday?").
     */
    List<Span> find(List<PhraseTrie> perIntent, Utterance said, Question question, Lexicon lexicon) {
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
