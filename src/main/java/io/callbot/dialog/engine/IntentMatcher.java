package io.callbot.dialog.engine;

import io.callbot.dialog.Intent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Matches what a caller said (or keyed) to one of a list of intents, tolerating real speech: normalized
 * words, synonyms, phrases inside longer sentences, keywords in any order, and negation ("not interested"
 * never matches a bare "interested"). Earlier intents win ties. Immutable; safe to share between threads.
 */
public final class IntentMatcher {

    /** Words that negate the phrase that follows them within {@link #NEGATION_WINDOW} words. */
    private static final Set<String> NEGATORS = Set.of("not", "never", "neither", "nor", "without");
    private static final int NEGATION_WINDOW = 3;
    /** Words ignored when matching a phrase by its keywords. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "i", "me", "my", "to", "is", "it",
            "please", "just", "you", "your", "am", "are", "be", "would", "will", "like", "can", "could", "do",
            "of", "for", "and", "so", "that", "this", "well", "um", "uh", "oh");

    private final Synonyms synonyms;
    private final double minScore;
    /** Phrases are few and fixed per campaign: normalize each once. */
    private final Map<String, List<String>> phraseWords = new ConcurrentHashMap<>();

    /**
     * @param synonyms word groups treated as one word
     * @param minScore lowest score accepted as a match, in (0, 1]
     */
    public IntentMatcher(Synonyms synonyms, double minScore) {
        this.synonyms = synonyms;
        this.minScore = minScore;
    }

    /** The best intent for {@code text} among {@code candidates}, if any scores at least the minimum. */
    public Optional<IntentMatch> match(String text, List<Intent> candidates) {
        List<String> said = synonyms.canonicalize(TextNormalizer.words(text));
        if (said.isEmpty()) {
            return Optional.empty();
        }
        IntentMatch best = null;
        for (Intent intent : candidates) {
            for (String phrase : intent.phrases()) {
                IntentMatch m = score(said, phrase, intent);
                if (m != null && m.score() >= minScore && (best == null || m.score() > best.score())) {
                    best = m;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first intent among {@code candidates} that lists the key {@code digit}. */
    public Optional<IntentMatch> matchDtmf(String digit, List<Intent> candidates) {
        for (Intent intent : candidates) {
            if (intent.dtmf().contains(digit)) {
                return Optional.of(new IntentMatch(intent, digit, 1.0, IntentMatch.Kind.DTMF));
            }
        }
        return Optional.empty();
    }

    private IntentMatch score(List<String> said, String phrase, Intent intent) {
        List<String> wanted = phraseWords.computeIfAbsent(phrase,
                p -> synonyms.canonicalize(TextNormalizer.words(p)));
        if (wanted.isEmpty()) {
            return null;
        }
        if (wanted.equals(said)) {
            return new IntentMatch(intent, phrase, 1.0, IntentMatch.Kind.EXACT);
        }
        double share = (double) wanted.size() / said.size();
        boolean phraseNegates = wanted.stream().anyMatch(NEGATORS::contains);
        for (int start = said.indexOf(wanted.get(0)); start >= 0 && start + wanted.size() <= said.size();
                start = nextIndex(said, wanted.get(0), start + 1)) {
            if (said.subList(start, start + wanted.size()).equals(wanted)) {
                List<Integer> used = range(start, start + wanted.size());
                if (phraseNegates || !negated(said, used)) {
                    return new IntentMatch(intent, phrase, 0.7 + 0.3 * share, IntentMatch.Kind.CONTAINED);
                }
            }
        }
        return keywords(said, wanted, phraseNegates, share, phrase, intent);
    }

    private IntentMatch keywords(List<String> said, List<String> wanted, boolean phraseNegates, double share,
            String phrase, Intent intent) {
        List<String> content = wanted.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
        if (content.isEmpty() || content.size() < 2 && wanted.size() > 1) {
            return null;
        }
        List<Integer> used = new ArrayList<>();
        for (String word : content) {
            int at = said.indexOf(word);
            if (at < 0) {
                return null;
            }
            used.add(at);
        }
        if (!phraseNegates && negated(said, used)) {
            return null;
        }
        return new IntentMatch(intent, phrase, 0.5 + 0.2 * Math.min(1.0, share), IntentMatch.Kind.KEYWORDS);
    }

    /**
     * True when a negating word stands within the window before the first matched word, or between the
     * matched words; a bare "no" counts only right before or inside the match ("no, I want it" is mixed).
     */
    private static boolean negated(List<String> said, List<Integer> used) {
        int first = used.stream().min(Integer::compare).orElseThrow();
        int last = used.stream().max(Integer::compare).orElseThrow();
        for (int i = Math.max(0, first - NEGATION_WINDOW); i <= last; i++) {
            if (used.contains(i)) {
                continue;
            }
            String w = said.get(i);
            if (NEGATORS.contains(w) || w.equals("no") && i >= first - 1) {
                return true;
            }
        }
        return false;
    }

    private static int nextIndex(List<String> said, String word, int from) {
        for (int i = from; i < said.size(); i++) {
            if (said.get(i).equals(word)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>();
        for (int i = from; i < to; i++) {
            r.add(i);
        }
        return r;
    }
}
