package io.callbot.nlu;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
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
 *
 * <p>The library's patterns expand to millions of nodes, so the trie is built from objects and then kept as a few
 * arrays ({@link #edgeStart}, {@link #edgeWord}, {@link #edgeTarget}): about 12 bytes a node instead of about 100,
 * and nothing for the garbage collector to trace.
 */
final class PhraseTrie {

    private static final int MAX_SKIPS = 1;
    private static final int MAX_ANY = 3;
    /** The wildcard edges' word ids: below every word's, so a node's wildcard edges come first. */
    private static final int ANY = -2;
    private static final int NUMBER = -1;
    private static final int ROOT = 0;

    /**
     * Words a wildcard never stands for, the library's ({@link IntentLibrary#answerWords}): a wildcard is a name or a
     * thing, never an answer ("who are... oh, Bloom. No, no thanks" is no "who are [oh bloom no]").
     */
    private final Set<String> answerWords;
    private final Set<String> words = new LinkedHashSet<>();
    private final Set<String> spokenWords = new LinkedHashSet<>();
    /** The trie's words by id (a word's index in {@link #words}). */
    private final Map<String, Integer> wordIds = new HashMap<>();
    /** Per word id: a caller may carry a phrasing ending on it on ({@link ClauseWords#mayContinue}). */
    private final boolean[] mayContinue;
    /** Node n's edges are [edgeStart[n], edgeStart[n + 1]), sorted by word id. */
    private final int[] edgeStart;
    private final int[] edgeWord;
    private final int[] edgeTarget;
    /** Nodes a phrasing ends at. */
    private final BitSet end;

    /**
     * The phrasings of {@code patterns}, their wildcards standing for no word of {@code answerWords}, a phrasing that
     * ends on a word a caller may carry on from ({@link ClauseWords#mayContinue}) not said when the caller does.
     */
    PhraseTrie(List<String> patterns, Set<String> answerWords, ClauseWords clauseWords) {
        this.answerWords = Set.copyOf(answerWords);
        BuildNode root = new BuildNode();
        int nodes = 1;
        for (String pattern : patterns) {
            for (List<String> phrasing : PhrasePattern.expand(pattern)) {
                nodes += add(root, phrasing);
            }
            spokenWords.addAll(PhrasePattern.spokenWords(pattern));
        }
        for (String w : words) {
            wordIds.put(w, wordIds.size());
        }
        mayContinue = new boolean[words.size()];
        wordIds.forEach((w, id) -> mayContinue[id] = clauseWords.mayContinue(w));
        edgeStart = new int[nodes + 1];
        edgeWord = new int[nodes - 1];
        edgeTarget = new int[nodes - 1];
        end = new BitSet(nodes);
        freeze(root);
    }

    /** The normalized words of the phrasings (what matching compares). */
    Set<String> words() {
        return words;
    }

    /** The words as written in the patterns (what a recognizer grammar needs). */
    Set<String> spokenWords() {
        return spokenWords;
    }

    /** Adds a phrasing to the building trie; returns the nodes it added. */
    private int add(BuildNode root, List<String> phrase) {
        BuildNode n = root;
        int added = 0;
        for (String w : phrase) {
            BuildNode next = n.child(w);
            if (next == null) {
                next = n.addChild(w);
                added++;
            }
            n = next;
            if (!w.equals(PhrasePattern.ANY) && !w.equals(PhrasePattern.NUMBER)) {
                words.add(w);
            }
        }
        n.end = true;
        return added;
    }

    /** Numbers the building trie's nodes breadth first and writes them into the arrays. */
    private void freeze(BuildNode root) {
        List<BuildNode> queue = new ArrayList<>(List.of(root));
        int edges = 0;
        for (int n = 0; n < queue.size(); n++) {
            BuildNode node = queue.get(n);
            queue.set(n, null);
            edgeStart[n] = edges;
            end.set(n, node.end);
            if (node.more == null) {
                if (node.word != null) {
                    edgeWord[edges] = id(node.word);
                    edgeTarget[edges++] = queue.size();
                    queue.add(node.child);
                }
                continue;
            }
            List<Map.Entry<String, BuildNode>> children = new ArrayList<>(node.more.entrySet());
            children.sort(Comparator.comparingInt(e -> id(e.getKey())));
            for (Map.Entry<String, BuildNode> child : children) {
                edgeWord[edges] = id(child.getKey());
                edgeTarget[edges++] = queue.size();
                queue.add(child.getValue());
            }
        }
        edgeStart[queue.size()] = edges;
    }

    private int id(String patternWord) {
        return switch (patternWord) {
            case PhrasePattern.ANY -> ANY;
            case PhrasePattern.NUMBER -> NUMBER;
            default -> wordIds.get(patternWord);
        };
    }

    /** Adds a span for every phrasing found in {@code said}, tagged {@code intent}. */
    void find(Utterance said, Lexicon lexicon, int intent, List<Span> out) {
        if (edgeStart[ROOT + 1] == 0) {
            return;
        }
        for (int start = 0; start < said.size(); start++) {
            if (!said.unknown(start)) {
                walk(ROOT, 0, false, said, lexicon, intent, start, start, MAX_SKIPS, false, out);
            }
        }
    }

    /**
     * @param depth       the phrasing's words matched to reach {@code node}
     * @param continuable {@code node} is reached by a word a caller may carry on from
     */
    private void walk(int node, int depth, boolean continuable, Utterance said, Lexicon lexicon, int intent,
            int start, int pos, int skipsLeft, boolean justMatched, List<Span> out) {
        // a phrasing the caller carries on into another sentence is not said: "yeah I do" in "yeah, I don't think so",
        // "I'm in" in "I'm in the garden"
        if (justMatched && end.get(node) && !(continuable && said.continuedAfter(pos))) {
            out.add(new Span(intent, start, pos, Span.Kind.PHRASE, depth));
        }
        if (pos >= said.size()) {
            return;
        }
        String w = said.word(pos);
        if (hasWordEdges(node)) {
            for (String alt : lexicon.soundsLike(w)) {
                Integer id = wordIds.get(alt);
                int next = id == null ? -1 : child(node, id);
                if (next >= 0) {
                    walk(next, depth + 1, mayContinue[id], said, lexicon, intent, start, pos + 1, skipsLeft, true,
                            out);
                }
            }
        }
        int number = child(node, NUMBER);
        if (number >= 0 && said.number(pos)) {
            walk(number, depth + 1, false, said, lexicon, intent, start, pos + 1, skipsLeft, true, out);
        }
        int any = child(node, ANY);
        if (any >= 0) {
            for (int k = 1; k <= MAX_ANY && pos + k <= said.size() && !said.negator(pos + k - 1)
                    && !answerWords.contains(said.word(pos + k - 1)); k++) {
                walk(any, depth + 1, false, said, lexicon, intent, start, pos + k, skipsLeft, true, out);
            }
        }
        if (pos > start) {
            if (said.filler(pos)) {
                walk(node, depth, continuable, said, lexicon, intent, start, pos + 1, skipsLeft, false, out);
            } else if (skipsLeft > 0 && (said.unknown(pos) || lexicon.soundsLike(w).isEmpty())) {
                walk(node, depth, continuable, said, lexicon, intent, start, pos + 1, skipsLeft - 1, false, out);
            }
        }
    }

    /** Edges are sorted by word id and the wildcards' ids are below every word's: a word edge sorts last. */
    private boolean hasWordEdges(int node) {
        int last = edgeStart[node + 1] - 1;
        return last >= edgeStart[node] && edgeWord[last] >= 0;
    }

    /** The node {@code node}'s edge labelled {@code wordId} leads to, or -1. */
    private int child(int node, int wordId) {
        int lo = edgeStart[node];
        int hi = edgeStart[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int w = edgeWord[mid];
            if (w < wordId) {
                lo = mid + 1;
            } else if (w > wordId) {
                hi = mid - 1;
            } else {
                return edgeTarget[mid];
            }
        }
        return -1;
    }

    /** A node of the trie while it is built; most have one child, kept without a map. */
    private static final class BuildNode {
        String word;
        BuildNode child;
        Map<String, BuildNode> more;
        boolean end;

        BuildNode child(String w) {
            return more != null ? more.get(w) : w.equals(word) ? child : null;
        }

        BuildNode addChild(String w) {
            BuildNode added = new BuildNode();
            if (word == null) {
                word = w;
                child = added;
            } else {
                if (more == null) {
                    more = new HashMap<>(4);
                    more.put(word, child);
                }
                more.put(w, added);
            }
            return added;
        }
    }

    /** For tests and sizing: how many phrasings end in this trie. */
    int phrasings() {
        return end.cardinality();
    }

    /** For sizing: the trie's nodes. */
    int nodes() {
        return edgeStart.length - 1;
    }
}
