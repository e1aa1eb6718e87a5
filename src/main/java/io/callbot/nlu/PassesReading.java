package io.callbot.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one turn's hypotheses (a grammar pass, and a free-form pass when one ran) into one interpretation of an
 * {@link IntentSet}, with the safety rules between the passes:
 * <ul>
 * <li>clear opt-out evidence in any reading wins, unless only the grammar pass heard any opt-out at all: a grammar
 *     bends other words onto its phrases ("I couldn't hear you" heard as "ico are you"), so that opt-out is partial;
 * <li>partial opt-out evidence in any reading asks to confirm, unless a reading is clear about something other than
 *     a yes or a decline; a grammar-pass opt-out whose words the free-form pass mostly heard asks to confirm even then;
 * <li>otherwise the free-form reading decides, and a yes needs the readings to agree (a grammar pass that forced
 *     words onto something else while the free-form pass heard a yes is no yes; nor is a grammar-pass yes the
 *     free-form pass did not hear; nor a free-form yes the grammar pass, which can spell it, heard as words that
 *     start with no sound of it: "stop" heard as "fat" and "right", "I missed that" as "reminded" and "then I did";
 *     nor a grammar-pass yes whose own words the free-form pass did not hear, however alike the rest: "I just placed
 *     an order yesterday" heard "i'd like that order yesterday" and "i got placed an order yesterday");
 * <li>the free-form pass's next-best readings ({@link Hypothesis.Source#ALTERNATIVE}) count for opt-out words only as
 *     partial evidence ("remove me" heard best as "remote me" leads to the confirmation question), and for any other
 *     answer but a yes or a decline only when neither pass understood the turn;
 * <li>a yes every pass heard as one word that also ends a polite decline (the library's {@code decline_tail}: "good",
 *     "alright") is one to confirm: the "nah, I'm" before it is what a phone line loses first.
 * </ul>
 * A yes the passes do not agree on, or one heard only in part, is one to confirm
 * ({@link Interpretation.Strength#YES_TO_CONFIRM}) when no pass clearly heard anything else.
 * Where a yes is the safe answer (the opt-out confirmation: a yes opts out), a yes one pass heard clearly stands unless
 * the other pass clearly heard something else (a no): asking again would only delay honouring the opt-out.
 */
final class PassesReading {

    private final IntentSet set;

    PassesReading(IntentSet set) {
        this.set = set;
    }

    Interpretation interpret(List<Hypothesis> hypotheses, Question question) {
        Interpretation read = read(hypotheses, question);
        return read.clear() && !question.yesIsSafe() && set.roleOf(read) == Role.AFFIRM && declineTailAlone(hypotheses)
                ? read.toConfirm() : read;
    }

    /**
     * Whether every pass heard only one word, a decline tail ("good", "alright"): by voice, the "nah, I'm" of
     * "nah, I'm good" may be what the line lost, so that yes is asked about. A typed answer is what was meant.
     */
    private boolean declineTailAlone(List<Hypothesis> hypotheses) {
        Set<String> tails = set.clauseWords().declineTails();
        List<Hypothesis> heard = hypotheses.stream().filter(h -> h.source() == Hypothesis.Source.GRAMMAR
                || h.source() == Hypothesis.Source.FREE_FORM).toList();
        return !heard.isEmpty() && heard.stream().map(h -> SpokenText.words(h.text()))
                .allMatch(words -> words.size() == 1 && tails.contains(words.get(0)));
    }

    private Interpretation read(List<Hypothesis> hypotheses, Question question) {
        boolean yesIsSafe = question.yesIsSafe();
        List<Hypothesis> readings = hypotheses.stream().filter(h -> h.source() != Hypothesis.Source.ALTERNATIVE)
                .toList();
        Optional<Interpretation> optOutInAlternative = hypotheses.stream()
                .filter(h -> h.source() == Hypothesis.Source.ALTERNATIVE).map(h -> set.interpret(h, question))
                .filter(i -> i.partial() || optOut(i)).findFirst()
                .map(i -> partial(i, Hypothesis.Source.ALTERNATIVE));
        if (readings.size() == 1 && optOutInAlternative.isEmpty()) {
            return set.interpret(readings.get(0), question);
        }
        List<Interpretation> all = readings.stream().map(h -> set.interpret(h, question)).toList();
        Interpretation free = all.stream().filter(i -> i.source() == Hypothesis.Source.FREE_FORM).findFirst()
                .orElse(all.get(all.size() - 1));
        Interpretation constrained = all.stream().filter(i -> i != free).findFirst().orElse(free);
        Optional<Interpretation> clearOptOut = all.stream().filter(this::optOut).findFirst();
        boolean grammarOnly = clearOptOut.isPresent() && clearOptOut.get() != free && !optOut(free)
                && !free.partial() && optOutInAlternative.isEmpty();
        if (clearOptOut.isPresent() && !grammarOnly) {
            return clearOptOut.get();
        }
        Optional<Interpretation> partialOptOut = clearOptOut.map(i -> partial(i, i.source()))
                .or(() -> all.stream().filter(Interpretation::partial).findFirst()).or(() -> optOutInAlternative);
        if (partialOptOut.isPresent()) {
            if (grammarOnly && freeFormHeardMost(clearOptOut.get(), readings)) {
                return partialOptOut.get();
            }
            return all.stream().filter(i -> i.clear() && set.roleOf(i) == Role.OTHER && !set.declines(i)).findFirst()
                    .orElse(partialOptOut.get());
        }
        if (free.clear()) {
            boolean disagree = set.roleOf(free) == Role.AFFIRM && (constrained.clear()
                    ? set.roleOf(constrained) != Role.AFFIRM
                    : !yesIsSafe && constrained != free && yesUnheard(readings));
            return !disagree ? free : constrained.clear() ? Interpretation.none(free.source()) : free.toConfirm();
        }
        if (constrained.clear() && (set.roleOf(constrained) != Role.AFFIRM || yesIsSafe
                || sameWords(readings, constrained))) {
            return constrained;
        }
        if (constrained.clear()) {
            return constrained.toConfirm();
        }
        return all.stream().filter(Interpretation::yesToConfirm).findFirst()
                .or(() -> otherAnswerInAlternative(hypotheses, question))
                .orElse(Interpretation.none(free.source()));
    }

    /**
     * A turn neither pass understood: the first next-best reading clear about an answer other than a yes, a decline or
     * an opt-out ("you've got the wrong guy" behind "you're not in the wrong guy"). A yes must be heard by the passes
     * themselves, and a decline from a next-best reading would make hesitations ("uh", "hang on") a no. Measured on the
     * dev split's voice turns (5 voices, replayed): 30 turns more understood, 4 more misread (two "none" lines).
     */
    private Optional<Interpretation> otherAnswerInAlternative(List<Hypothesis> hypotheses, Question question) {
        return hypotheses.stream().filter(h -> h.source() == Hypothesis.Source.ALTERNATIVE)
                .map(h -> set.interpret(h, question))
                .filter(i -> i.clear() && set.roleOf(i) == Role.OTHER && !set.declines(i))
                .findFirst();
    }

    private boolean optOut(Interpretation i) {
        return i.clear() && set.roleOf(i) == Role.OPT_OUT;
    }

    private static Interpretation partial(Interpretation i, Hypothesis.Source source) {
        return new Interpretation(i.intent(), Interpretation.Strength.PARTIAL, i.evidence(), source, i.unexplained());
    }

    /**
     * Whether the free-form pass heard most of the words of the grammar pass's opt-out, alike in sound or spelling
     * ("stop calling me" heard "start calling me"; "remove me from your list" heard "remote me ..."): then the opt-out
     * is the caller's, blurred by the line, not words a grammar forced onto its phrases, and a clear question beside it
     * ("who is this? stop calling me") must not answer the turn in its place.
     */
    private static boolean freeFormHeardMost(Interpretation grammarOptOut, List<Hypothesis> readings) {
        return Lexicon.mostlyIn(SpokenText.words(grammarOptOut.evidence()),
                SpokenText.words(readings.get(readings.size() - 1).text()));
    }

    /**
     * Whether a free-form answer has no word the grammar pass heard alike, or as one syllable starting with the same
     * letter: the grammar pass can spell every yes, so hearing "fat" where the free-form pass heard "right" (or "law"
     * for "yeah", "reminded" for "then I did") says the audio is no clear yes; "yet" for "yeah" or "short" for "sure" is
     * the same word misheard, while "yoga" for "ya" (a caller's "hang on") is another word.
     */
    private static boolean yesUnheard(List<Hypothesis> readings) {
        List<String> free = SpokenText.words(readings.get(readings.size() - 1).text());
        List<String> grammar = SpokenText.words(readings.get(0).text().replace("[unk]", " "));
        return free.stream().noneMatch(f -> grammar.stream()
                .anyMatch(g -> Lexicon.alike(f, g) || f.charAt(0) == g.charAt(0) && syllables(g) == 1));
    }

    /** The vowel groups of a word (a first "y" is a consonant), a syllable count good enough to tell "yet" from "yoga". */
    private static int syllables(String word) {
        int groups = 0;
        boolean inVowels = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean vowel = "aeiou".indexOf(c) >= 0 || c == 'y' && i > 0;
            groups += vowel && !inVowels ? 1 : 0;
            inVowels = vowel;
        }
        return groups;
    }

    /**
     * Whether the free-form pass heard the grammar pass's words, near enough (most of them alike in sound or
     * spelling), and the grammar pass had nothing it could not spell: then a yes only the grammar pass could name
     * ("please do" heard free-form as "waves do" on a noisy line) is the caller's yes, not words forced onto one. Reads
     * the free-form pass's own words, never its next-best readings: those come after it and would let a yes any
     * reading near the grammar's stand. The yes's own words must be among them: the rest of a sentence heard alike says
     * nothing of the words the grammar bent onto a yes.
     */
    private static boolean sameWords(List<Hypothesis> readings, Interpretation grammarYes) {
        Hypothesis grammarPass = readings.get(0);
        List<String> free = SpokenText.words(readings.get(readings.size() - 1).text());
        return !grammarPass.text().contains("[unk]") && Lexicon.mostlyAlike(SpokenText.words(grammarPass.text()), free)
                && Lexicon.mostlyIn(SpokenText.words(grammarYes.evidence()), free);
    }
}
