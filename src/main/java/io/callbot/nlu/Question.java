package io.callbot.nlu;

import java.util.List;
import java.util.Set;

/**
 * The question a caller answers, as far as reading the answer needs it: its words, because a caller's yes often
 * repeats them ("sure, switch it over" to "Can I switch your plan over today?", "yeah, reserve it" to "Can I reserve a
 * test drive?"), and whether a yes is the safe answer (the opt-out confirmation, where a yes opts out). A word the
 * question said is no word "nothing explains" beside a yes; it never makes an intent of its own. Immutable.
 */
public final class Question {

    /** No question known (a reading outside a call, or a prompt that was only a recording). */
    public static final Question NONE = new Question(List.of(), Set.of(), false);
    /** The endings by which a caller's word may differ from the question's ("payment" and "payments"). */
    private static final List<String> ENDINGS = List.of("s", "es", "d", "ed", "ing");
    /** Shorter stems are compared as spelled only: "set" and "sets" are alike, "set" and "settle" are not. */
    private static final int MIN_STEM = 4;

    /** In order, for what spans words ("by this Friday" sets a deadline: {@link QuestionBoundPhrasings}). */
    private final List<String> words;
    /** The same words once each, for {@link #echoes}. */
    private final Set<String> wordSet;
    private final boolean yesIsSafe;

    private Question(List<String> words, Set<String> wordSet, boolean yesIsSafe) {
        this.words = List.copyOf(words);
        this.wordSet = wordSet;
        this.yesIsSafe = yesIsSafe;
    }

    /**
     * @param text      what the robot last said, as played (its rendered prompts)
     * @param yesIsSafe whether a yes is the safe answer to it
     */
    public static Question of(String text, boolean yesIsSafe) {
        List<String> words = SpokenText.words(text);
        return new Question(words, Set.copyOf(words), yesIsSafe);
    }

    /** The same words, where a yes is (or is not) the safe answer; the words are not read again. */
    public Question withYesIsSafe(boolean safe) {
        return safe == yesIsSafe ? this : new Question(words, wordSet, safe);
    }

    /** The question's words in order. */
    List<String> words() {
        return words;
    }

    boolean yesIsSafe() {
        return yesIsSafe;
    }

    /** Whether the caller's (normalized) word repeats one of the question's, as said or with another ending. */
    boolean echoes(String word) {
        return wordSet.contains(word) || wordSet.stream().anyMatch(q -> sameStem(q, word) || sameStem(word, q));
    }

    private static boolean sameStem(String shorter, String longer) {
        return shorter.length() >= MIN_STEM && longer.startsWith(shorter)
                && ENDINGS.contains(longer.substring(shorter.length()));
    }
}
