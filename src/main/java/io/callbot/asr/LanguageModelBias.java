package io.callbot.asr;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Biases the free-form pass's language model towards the answers callers give, by mixing into every arc of a history
 * the probability of the next word in those answers: {@code p' = (1 - share) p + share / n} for the {@code n} words
 * that follow the history's last word there, {@code (1 - share) p} for any other word. A caller who says something
 * else is still heard, only less readily than one who answers.
 * The empty history (reached only by backoff) and the backoff weights stay as they are. BENCHMARKS.md, stop 42.
 * Stateless.
 */
final class LanguageModelBias {

    /**
     * The answers' share of the mix. Free-form word errors on the dev split's lines (espeak:en-us / flite:kal, as
     * shipped 40.5 / 16.1 %): share 0.1 38.7 / 15.4 %, 0.2 37.8 / 15.6 %, 0.5 38.1 / 16.5 %, 0.9 43.7 / 21.8 %.
     */
    static final double DEFAULT_SHARE = 0.2;

    private LanguageModelBias() {
    }

    /** The biased model, how many of its arcs were favoured and how many of those it did not have before. */
    record Biased(NGramFst model, int favoured, int added) {
    }

    /**
     * Biases {@code model} (its arc and final costs change in place). A word pair the model has no arc for after a
     * one-word history ("quit ringing", where the model only knows "quit" then backs off) gets one, at the cost the backoff
     * gave it, mixed like the rest: without those the pairs callers use but the model never saw would stay unfavoured.
     */
    static Biased apply(NGramFst model, DomainWordPairs pairs, double share) {
        if (share <= 0 || share >= 1) {
            throw new IllegalArgumentException("share must be in (0, 1), was " + share);
        }
        Map<Integer, Followers> followers = byWordId(model, pairs);
        if (followers.isEmpty()) {
            return new Biased(model, 0, 0); // another language's model: nothing to favour, so nothing to change
        }
        double keep = 1 - share;
        Map<Integer, SortedMap<Integer, Float>> added = missingPairs(model, followers, keep, share);
        float otherCost = (float) -Math.log(keep);
        int favoured = 0;
        for (int arc = 0; arc < model.arcs(); arc++) {
            int state = model.arcState(arc);
            if (state == 0) {
                continue; // the empty history: reached by backoff, which already paid for the mix at its history
            }
            Followers next = followers.get(model.lastWord(state));
            if (next != null && next.contains(model.arcWord(arc))) {
                model.arcCost(arc, mix(model.arcCost(arc), keep, share / next.size()));
                favoured++;
            } else {
                model.arcCost(arc, model.arcCost(arc) + otherCost);
            }
        }
        for (int state = 1; state < model.states(); state++) {
            Followers next = followers.get(model.lastWord(state));
            float cost = model.finalCost(state);
            if (!Float.isInfinite(cost)) {
                model.finalCost(state, next != null && next.end()
                        ? mix(cost, keep, share / next.size()) : cost + otherCost);
            }
        }
        int extra = added.values().stream().mapToInt(Map::size).sum();
        return new Biased(extra == 0 ? model : model.withArcs(added), favoured + extra, extra);
    }

    /** Arcs for the pairs a one-word history lacks, costed as its backoff to the word, then mixed. */
    private static Map<Integer, SortedMap<Integer, Float>> missingPairs(NGramFst model,
            Map<Integer, Followers> followers, double keep, double share) {
        Map<Integer, SortedMap<Integer, Float>> added = new HashMap<>();
        for (int state = 1; state < model.states(); state++) {
            Followers next = followers.get(model.lastWord(state));
            if (model.backoffState(state) != 0 || next == null) {
                continue;
            }
            for (int word : next.words()) {
                if (model.arc(state, word) >= 0) {
                    continue;
                }
                int unigram = model.arc(0, word);
                if (unigram >= 0) {
                    float viaBackoff = model.backoffCost(state) + model.arcCost(unigram);
                    added.computeIfAbsent(state, s -> new TreeMap<>())
                            .put(word, mix(viaBackoff, keep, share / next.size()));
                }
            }
        }
        return added;
    }

    private static float mix(float cost, double keep, double domain) {
        return (float) -Math.log(keep * Math.exp(-cost) + domain);
    }

    /**
     * The words that follow one word in callers' answers, as the model's ids (sorted), and whether an answer can end
     * after it; {@link #size()} counts the end as one more follower.
     */
    private record Followers(int[] words, boolean end) {

        boolean contains(int word) {
            return Arrays.binarySearch(words, word) >= 0;
        }

        int size() {
            return words.length + (end ? 1 : 0);
        }
    }

    /**
     * The pairs keyed by the model's id of their first word (the sentence start is the model's id 0), the words the
     * model cannot spell left out.
     */
    private static Map<Integer, Followers> byWordId(NGramFst model, DomainWordPairs pairs) {
        Map<Integer, Followers> out = new HashMap<>();
        pairs.followers().forEach((word, next) -> {
            int id = word.equals(DomainWordPairs.START) ? 0 : model.id(word);
            if (id > 0 || word.equals(DomainWordPairs.START)) {
                int[] known = next.stream().filter(w -> !w.equals(DomainWordPairs.END)).mapToInt(model::id)
                        .filter(w -> w > 0).sorted().distinct().toArray();
                boolean end = next.contains(DomainWordPairs.END);
                if (known.length > 0 || end) {
                    out.put(id, new Followers(known, end));
                }
            }
        });
        return out;
    }
}
