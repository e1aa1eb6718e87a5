package io.callbot.campaign;

import java.util.Collection;

/** Suggests the closest known word for a misspelt one by Levenshtein distance; stateless. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The closest candidate within a small edit distance, or null when none is close enough. */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // a third of the word's length, at least 2 edits: catches typos without suggesting unrelated words
        int threshold = Math.max(2, word.length() / 3);
        return bestDistance <= threshold && bestDistance < word.length() ? best : null;
    }

    /** {@code " (did you mean 'x'?)"} or the empty string. */
    public static String hint(String word, Collection<String> candidates) {
        String best = closest(word, candidates);
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
