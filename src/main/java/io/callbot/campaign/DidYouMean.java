package io.callbot.campaign;

import java.util.Collection;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the closest known word for a misspelt one by Levenshtein distance; stateless. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The closest candidate within a small edit distance, or null when none is close enough. */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = LevenshteinDistance.getDefaultInstance().apply(word.toLowerCase(java.util.Locale.ROOT),
                    candidate.toLowerCase(java.util.Locale.ROOT));
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
}
