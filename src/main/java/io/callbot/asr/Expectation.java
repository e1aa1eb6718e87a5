package io.callbot.asr;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a listening state expects the caller to say; an immutable value.
 *
 * @param phrases the expected answers ("yes", "no thanks"); in grammar mode the only phrases recognized (plus
 *        {@code [unk]} for anything else), in free-form mode used to end the turn early and to fill
 *        {@link FinalResult#matchedPhrase()}
 * @param freeForm recognize any English (about ten times the CPU of a grammar) instead of only the phrases
 * @param secondPass in grammar mode, which turns are decoded again free-form ({@link SecondPassRule#NEVER}: none)
 * @param mayGoOn expected phrases after which a caller often goes on ("yes? who's calling?"): the turn does not end
 *        early on one of them, it waits out the full trailing silence
 * @param oneWordAnswers phrases of one word that are whole answers ("yes", "nope"), which the grammar weighs like the
 *        phrases of two words or more; any other phrase of one word is there only to spell a longer answer
 */
public record Expectation(List<String> phrases, boolean freeForm, SecondPassRule secondPass, Set<String> mayGoOn,
        Set<String> oneWordAnswers) {

    public Expectation {
        phrases = List.copyOf(phrases);
        if (!freeForm && phrases.isEmpty()) {
            throw new IllegalArgumentException("a grammar expectation needs at least one phrase");
        }
        secondPass = secondPass == null || freeForm ? SecondPassRule.NEVER : secondPass;
        mayGoOn = Set.copyOf(mayGoOn);
        oneWordAnswers = Set.copyOf(oneWordAnswers);
    }

    public Expectation(List<String> phrases, boolean freeForm) {
        this(phrases, freeForm, SecondPassRule.NEVER, Set.of(), Set.of());
    }

    /** This expectation, with turns the rule finds unsure decoded again free-form. */
    public Expectation withSecondPass(SecondPassRule rule) {
        return new Expectation(phrases, freeForm, rule, mayGoOn, oneWordAnswers);
    }

    /** This expectation, with these phrases not ending a turn early. */
    public Expectation withMayGoOn(Collection<String> goOn) {
        return new Expectation(phrases, freeForm, secondPass, Set.copyOf(goOn), oneWordAnswers);
    }

    /** This expectation, with these phrases of one word weighed as whole answers. */
    public Expectation withOneWordAnswers(Collection<String> answers) {
        return new Expectation(phrases, freeForm, secondPass, mayGoOn, Set.copyOf(answers));
    }

    /** Grammar mode: only these phrases (and [unk]). */
    public static Expectation phrases(String... phrases) {
        return new Expectation(List.of(phrases), false);
    }

    /** Grammar mode: only these phrases (and [unk]). */
    public static Expectation phrases(List<String> phrases) {
        return new Expectation(phrases, false);
    }

    /** Free-form recognition with nothing expected in particular. */
    public static Expectation freeFormSpeech() {
        return new Expectation(List.of(), true);
    }

    /** Free-form recognition that still ends early on, and reports, these phrases. */
    public static Expectation freeFormSpeech(List<String> phrases) {
        return new Expectation(phrases, true);
    }
}
