package io.callbot.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Word sequences a recognizer spells as their homophones, read as the caller meant them before matching: "you no"
 * and "I don't no" are "you know" and "I don't know" (a recognizer picks "no", the likelier word alone). Each rule
 * maps heard words to meant words; at each position the longest rule that matches applies, so an exception is a rule
 * to itself ("thank you no" stays a decline, "you no longer" an opt-out). A rule written {@code "^heard -> meant"}
 * applies only to the first words heard, where a word sounds like another that could not start an answer ("us book
 * it" is "yes book it"; "call us please" stays); one written {@code "heard$ -> meant"} only to the last words heard,
 * where the words make sense only as the whole answer's end ("what did you pay" is "what did you say"; "what did you
 * pay for it" stays). Immutable and thread-safe.
 */
final class Respellings {

    /** The mark of a rule for the first words heard only. */
    private static final String AT_START = "^";
    /** The mark of a rule for the last words heard only. */
    private static final String AT_END = "$";

    /**
     * One rule: these heard words mean those (only as the first words heard, when {@code atStart}; only as the last,
     * when {@code atEnd}).
     */
    record Rule(List<String> heard, List<String> meant, boolean atStart, boolean atEnd) {
        Rule {
            heard = List.copyOf(heard);
            meant = List.copyOf(meant);
        }
    }

    private final List<Rule> longestFirst;

    Respellings(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingInt((Rule r) -> r.heard().size()).reversed());
        this.longestFirst = List.copyOf(sorted);
    }

    /**
     * Parses {@code "heard words -> meant words"}, both sides normalized like spoken text.
     *
     * @throws IllegalArgumentException without an arrow, or with an empty side
     */
    static Rule parse(String entry) {
        int arrow = entry.indexOf("->");
        String heardSide = arrow < 0 ? "" : entry.substring(0, arrow).strip();
        boolean atStart = heardSide.startsWith(AT_START);
        String words = atStart ? heardSide.substring(AT_START.length()) : heardSide;
        boolean atEnd = words.endsWith(AT_END);
        words = atEnd ? words.substring(0, words.length() - AT_END.length()) : words;
        List<String> heard = SpokenText.words(words);
        List<String> meant = arrow < 0 ? List.of() : SpokenText.words(entry.substring(arrow + 2));
        if (heard.isEmpty() || meant.isEmpty()) {
            throw new IllegalArgumentException("'" + entry + "' is not 'heard words -> meant words'");
        }
        return new Rule(heard, meant, atStart, atEnd);
    }

    /** {@code words} with every rule applied, left to right, never to the words a rule produced. */
    List<String> apply(List<String> words) {
        if (longestFirst.isEmpty()) {
            return words;
        }
        List<String> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            Rule rule = at(words, i);
            if (rule == null) {
                out.add(words.get(i++));
            } else {
                out.addAll(rule.meant());
                i += rule.heard().size();
            }
        }
        return out;
    }

    private Rule at(List<String> words, int i) {
        for (Rule r : longestFirst) {
            int n = r.heard().size();
            if ((i == 0 || !r.atStart()) && (i + n == words.size() || !r.atEnd()) && i + n <= words.size()
                    && words.subList(i, i + n).equals(r.heard())) {
                return r;
            }
        }
        return null;
    }
}
