package io.callbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every phrasing of some phrase patterns in one word trie, and the words they use. Finding phrasings in what a
 * caller said tolerates fillers inside a phrasing ("take me uh off the list"), one word the recognizer could not
 * spell or the trie does not know ("take me off your damn list"), and words that sound like known ones
 * ({@link Lexicon}). Immutable once built, so one trie per library intent is shared by every campaign.
 */
final class PhraseTrie {

    private static final int MAX_SKIPS = 1;
    private static final int MAX_ANY = 3;
    /**
     * Words a wildcard never stands for, the library's ({@link IntentLibrary#answerWords}): a wildcard is a name or a
     * thing, never an answer ("who are... oh, Bloom. No, no thanks" is no "who are [oh bloom no]").
     */
    private final Set<String> answerWords;
    /** The library's words a caller may carry a phrasing on from ({@link ClauseWords#mayContinue}: "yeah I do"). */
    private final ClauseWords clauseWords;
    private final Node root = new Node(0);
    private final Set<String> words = new LinkedHashSet<>();
    private final Set<String> spokenWords = new LinkedHashSet<>();
    private boolean empty = true;

    /**
     * The phrasings of {@code patterns}, their wildcards standing for no word of {@code answerWords}, a phrasing that
     * ends on a word a caller may carry on from ({@link ClauseWords#mayContinue}) not said when the caller does.
     */
    PhraseTrie(List<String> patterns, Set<String> answerWords, ClauseWords clauseWords) {
        this.answerWords = Set.copyOf(answerWords);
        this.clauseWords = clauseWords;
        for (String pattern : patterns) {
            for (List<String> phrasing : PhrasePattern.expand(pattern)) {
                add(phrasing);
            }
            spokenWords.addAll(PhrasePattern.spokenWords(pattern));
        }
    }

    /** The normalized words of the phrasings (what matching compares). */
    Set<String> words() {
        return words;
    }

    /** The words as written in the patterns (what a recognizer grammar needs). */
    Set<String> spokenWords() {
        return spokenWords;
    }

    private void add(List<String> phrase) {
        Node n = root;
        for (String w : phrase) {
            n = n.child(w, clauseWords);
            if (!w.equals(PhrasePattern.ANY) && !w.equals(PhrasePattern.NUMBER)) {
                words.add(w);
            }
        }
        n.end = true;
        empty = false;
    }

    /** Adds a span for every phrasing found in {@code said}, tagged {@code intent}. */
    void find(Utterance said, Lexicon lexicon, int intent, List<Span> out) {
        if (empty) {
            return;
        }
        for (int start = 0; start < said.size(); start++) {
            if (!said.unknown(start)) {
                walk(root, said, lexicon, intent, start, start, MAX_SKIPS, false, out);
            }
        }
    }

    private void walk(Node node, Utterance said, Lexicon lexicon, int intent, int start, int pos, int skipsLeft,
            boolean justMatched, List<Span> out) {
        // a phrasing the caller carries on into another sentence is not said: "yeah I do" in "yeah, I don't think so",
        // "I'm in" in "I'm in the garden"
        if (justMatched && node.end && !(node.mayContinue && said.continuedAfter(pos))) {
            out.add(new Span(intent, start, pos, Span.Kind.PHRASE, node.depth));
        }
        if (pos >= said.size()) {
            return;
        }
        String w = said.word(pos);
        if (node.next != null) {
            for (String alt : lexicon.soundsLike(w)) {
                Node next = node.next.get(alt);
                if (next != null) {
                    walk(next, said, lexicon, intent, start, pos + 1, skipsLeft, true, out);
                }
            }
        }
        if (node.number != null && said.number(pos)) {
            walk(node.number, said, lexicon, intent, start, pos + 1, skipsLeft, true, out);
        }
        if (node.any != null) {
            for (int k = 1; k <= MAX_ANY && pos + k <= said.size() && !said.negator(pos + k - 1)
                    && !answerWords.contains(said.word(pos + k - 1)); k++) {
                walk(node.any, said, lexicon, intent, start, pos + k, skipsLeft, true, out);
            }
        }
        if (pos > start) {
            if (said.filler(pos)) {
                walk(node, said, lexicon, intent, start, pos + 1, skipsLeft, false, out);
            } else if (skipsLeft > 0 && (said.unknown(pos) || lexicon.soundsLike(w).isEmpty())) {
                walk(node, said, lexicon, intent, start, pos + 1, skipsLeft - 1, false, out);
            }
        }
    }

    /** A trie node; {@code any} and {@code number} are the wildcard edges. */
    private static final class Node {
        Map<String, Node> next;
        Node any;
        Node number;
        boolean end;
        final int depth;
        /** Reached by a word the pattern names that a caller may carry on from ({@link ClauseWords#mayContinue}). */
        final boolean mayContinue;

        Node(int depth) {
            this(depth, false);
        }

        Node(int depth, boolean mayContinue) {
            this.depth = depth;
            this.mayContinue = mayContinue;
        }

        Node child(String w, ClauseWords clauseWords) {
            return switch (w) {
                case PhrasePattern.ANY -> any != null ? any : (any = new Node(depth + 1));
                case PhrasePattern.NUMBER -> number != null ? number : (number = new Node(depth + 1));
                default -> {
                    if (next == null) {
                        next = new HashMap<>(4);
                    }
                    yield next.computeIfAbsent(w, k -> new Node(depth + 1, clauseWords.mayContinue(k)));
                }
            };
        }
    }

    /** For tests and sizing: how many phrasings end in this trie. */
    int phrasings() {
        List<Node> stack = new ArrayList<>(List.of(root));
        int count = 0;
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            count += n.end ? 1 : 0;
            if (n.next != null) {
                stack.addAll(n.next.values());
            }
            if (n.any != null) {
                stack.add(n.any);
            }
            if (n.number != null) {
                stack.add(n.number);
            }
        }
        return count;
    }
}
