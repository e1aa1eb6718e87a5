package io.callbot.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * One hypothesis's words as matching sees them, with what each word is: a filler, a negator, a word the
 * recognizer could not spell ({@code [unk]}), a number, a clause boundary. Built once per hypothesis and read
 * by the tries and rules; confined to the reading thread.
 */
final class Utterance {

    static final String UNK = "<unk>";
    private final ClauseWords clauseWords;
    private final List<String> words;
    private final boolean[] filler;
    private final boolean[] negator;
    private final boolean[] notNegating;
    private final boolean[] condition;
    private final boolean[] settling;
    private final int[] clause;

    Utterance(String text, IntentLibrary library) {
        this.words = library.respellings().apply(tokens(text));
        this.clauseWords = library.clauseWords();
        int n = words.size();
        filler = new boolean[n];
        negator = new boolean[n];
        notNegating = new boolean[n];
        condition = new boolean[n];
        settling = new boolean[n];
        clause = new int[n];
        mark(clauseWords.fillers(), filler);
        mark(clauseWords.notNegating(), notNegating);
        mark(clauseWords.settling(), settling);
        boolean[] corrector = new boolean[n];
        mark(clauseWords.correctors(), corrector);
        boolean[] notCorrecting = new boolean[n];
        mark(clauseWords.notCorrecting(), notCorrecting);
        int c = 0;
        for (int i = 0; i < n; i++) {
            negator[i] = clauseWords.negators().contains(words.get(i));
            condition[i] = clauseWords.conditions().contains(words.get(i));
            // inside a sentence a corrector word is an adverb matching skips like a filler ("I would actually like it")
            filler[i] |= corrector[i] && notCorrecting[i];
            if (corrector[i] && !notCorrecting[i]) {
                if (i == 0 || !corrector[i - 1]) {
                    c++;
                }
                clause[i] = -1;
            } else {
                clause[i] = c;
            }
        }
    }

    /** Words of {@code text} as the tries spell them, {@code [unk]} kept as one marker word. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String[] parts = text.split("\\[unk\\]", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.add(UNK);
            }
            out.addAll(SpokenText.words(parts[i]));
        }
        return out;
    }

    private void mark(List<List<String>> sequences, boolean[] mark) {
        for (int i = 0; i < words.size(); i++) {
            for (List<String> seq : sequences) {
                if (i + seq.size() <= words.size() && words.subList(i, i + seq.size()).equals(seq)) {
                    for (int k = 0; k < seq.size(); k++) {
                        mark[i + k] = true;
                    }
                }
            }
        }
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return words.get(i);
    }

    List<String> words() {
        return words;
    }

    boolean filler(int i) {
        return filler[i];
    }

    boolean negator(int i) {
        return negator[i];
    }

    boolean notNegating(int i) {
        return notNegating[i];
    }

    /** Whether word {@code i} makes what follows a condition ("if", "unless": "if I need it"). */
    boolean condition(int i) {
        return condition[i];
    }

    /** The first word at or after {@code from} that is no filler; {@link #size()} when there is none. */
    int nextNonFiller(int from) {
        int next = from;
        while (next < words.size() && filler[next]) {
            next++;
        }
        return next;
    }

    /**
     * Whether a match ending before word {@code end} is carried on into another sentence: it ends on an auxiliary the
     * next word that is no filler negates ("yeah I do" in "yeah, I don't think so"), outside an expression where it
     * does not negate ("I can't wait"); or on a place preposition ("in") that a determiner follows ("I'm in" in "I'm in
     * the garden", "I'm kind of in the middle of something"). The library's classes {@code auxiliary},
     * {@code place_preposition} and {@code determiner} ({@link ClauseWords}).
     */
    boolean continuedAfter(int end) {
        if (end <= 0 || end > words.size()) {
            return false;
        }
        int next = nextNonFiller(end);
        if (next >= words.size()) {
            return false;
        }
        String last = words.get(end - 1);
        return clauseWords.auxiliaries().contains(last) && negator[next] && !notNegating[next]
                || clauseWords.placePrepositions().contains(last)
                        && clauseWords.determiners().contains(words.get(next));
    }

    /** Whether word {@code i} settles a question the caller asked before it ("oh", "whatever", "never mind"). */
    boolean settling(int i) {
        return settling[i];
    }

    boolean unknown(int i) {
        return words.get(i).equals(UNK);
    }

    boolean number(int i) {
        String w = words.get(i);
        return !w.isEmpty() && w.chars().allMatch(Character::isDigit);
    }

    /** The clause of word {@code i}; -1 for the words of a corrector. */
    int clause(int i) {
        return clause[i];
    }

    /**
     * Whether the words end on a corrector that leaves the answer open ("yes, but...", "sure, although..."); a closing
     * one (the library's {@code closing_corrector}: "actually", "instead") does not ("I'd like that actually";
     * "quickly though" is no corrector at all).
     */
    boolean endsOnCorrector() {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (clause[i] < 0) {
                return !clauseWords.closingCorrectors().contains(words.get(i));
            }
            if (!filler[i]) {
                return false;
            }
        }
        return false;
    }

    int lastClause() {
        int last = 0;
        for (int c : clause) {
            last = Math.max(last, c);
        }
        return last;
    }

    /** The clause of a span: that of its first word outside a corrector. */
    int clauseOf(Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (clause[i] >= 0) {
                return clause[i];
            }
        }
        return -1;
    }

    /** Words that carry content: neither fillers nor {@code [unk]} nor corrector words, in clause {@code c}. */
    int contentWords(int c) {
        int n = 0;
        for (int i = 0; i < words.size(); i++) {
            if (clause[i] == c && !filler[i] && !unknown(i)) {
                n++;
            }
        }
        return n;
    }

    String text(Span s) {
        return String.join(" ", words.subList(s.start(), s.end())).replace(UNK, "[unk]");
    }
}
