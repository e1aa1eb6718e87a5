package io.callbot.nlu;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The built-in intents of one language and the words that shape how answers are read: {@link ClauseWords} (fillers,
 * negators, correctors and their exceptions), uncertain expressions that are no answer at all ("I'm not sure", "hold
 * on"), respellings and the phrasings a question's deadline brings into play. Loaded once per language from
 * {@code nlu/<language>.yaml} on the class path; immutable and thread-safe, and so are the intent sets it
 * compiles (cached: campaigns share them).
 */
public final class IntentLibrary {

    private static final Map<String, IntentLibrary> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, LibraryIntent> intents;
    private final ClauseWords clauseWords;
    private final Set<String> standalone;
    private final Set<String> functionWords;
    private final Set<String> answerWords;
    private final Respellings respellings;
    private final QuestionBoundPhrasings deadline;
    private final QuestionBoundPhrasings channel;
    /** The phrase trie of every library intent, by name, shared by every intent set. */
    private final Map<String, PhraseTrie> tries;
    private final PhraseTrie uncertainTrie;
    private final PhraseTrie remarkTrie;
    private final Map<List<CandidateIntent>, IntentSet> compiled = new ConcurrentHashMap<>();
    private final AtomicReference<Map<String, Set<String>>> spokenWordPairs = new AtomicReference<>();

    /**
     * Builds every library trie at once.
     *
     * @throws IllegalArgumentException when a phrasing is malformed (the loader adds the file's name)
     */
    IntentLibrary(String language, Map<String, LibraryIntent> intents, ClauseWords clauseWords, List<String> uncertain,
            List<String> remarks, Set<String> standalone, Set<String> functionWords, Set<String> answerWords,
            Respellings respellings, QuestionBoundPhrasings deadline, QuestionBoundPhrasings channel) {
        this.language = language;
        // not Map.copyOf: intents() keeps the file's order
        this.intents = Collections.unmodifiableMap(new LinkedHashMap<>(intents));
        this.clauseWords = clauseWords;
        this.standalone = Set.copyOf(standalone);
        this.functionWords = Set.copyOf(functionWords);
        this.answerWords = Set.copyOf(answerWords);
        this.respellings = respellings;
        this.deadline = deadline;
        this.channel = channel;
        Map<String, PhraseTrie> built = new LinkedHashMap<>();
        this.intents.values().forEach(i -> built.put(i.name(),
                new PhraseTrie(i.phrases(), this.answerWords, clauseWords)));
        this.tries = Map.copyOf(built);
        this.uncertainTrie = new PhraseTrie(List.copyOf(uncertain), this.answerWords, clauseWords);
        this.remarkTrie = new PhraseTrie(List.copyOf(remarks), this.answerWords, clauseWords);
    }

    /**
     * The library for {@code language} (a tag such as {@code en-US}; its language part picks the file).
     *
     * @throws IllegalArgumentException when the project ships no library for that language
     */
    public static IntentLibrary forLanguage(String language) {
        String lang = language == null || language.isBlank() ? "en"
                : Locale.forLanguageTag(language.replace('_', '-')).getLanguage();
        return LOADED.computeIfAbsent(lang, IntentLibraryLoader::load);
    }

    /** The English library. */
    public static IntentLibrary english() {
        return forLanguage("en");
    }

    /** Whether a library file exists for {@code language}. */
    public static boolean exists(String language) {
        String lang = Locale.forLanguageTag(language.replace('_', '-')).getLanguage();
        return IntentLibrary.class.getResource("/nlu/" + lang + ".yaml") != null;
    }

    public String language() {
        return language;
    }

    public Optional<LibraryIntent> intent(String name) {
        return Optional.ofNullable(intents.get(name));
    }

    /** The intents, in the file's order. */
    public Map<String, LibraryIntent> intents() {
        return intents;
    }

    /**
     * The word pairs of every phrasing of every intent, as a recognizer spells them, with {@code <s>} before a
     * phrasing's first word and {@code </s>} after its last: what a free-form recognizer's language model is biased
     * towards. Pairs across a wildcard or a number are left out. Computed once.
     */
    public Map<String, Set<String>> spokenWordPairs() {
        return spokenWordPairs.updateAndGet(known -> known != null ? known : computeSpokenWordPairs());
    }

    private Map<String, Set<String>> computeSpokenWordPairs() {
        Map<String, Set<String>> pairs = new TreeMap<>();
        for (LibraryIntent intent : intents.values()) {
            intent.phrases().forEach(pattern -> PhrasePattern.spokenWordPairs(pattern, pairs));
            intent.grammar().forEach(pattern -> PhrasePattern.spokenWordPairs(pattern, pairs));
        }
        pairs.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(pairs);
    }

    /** The compiled set for these candidates (compiled once, then shared). */
    public IntentSet compile(List<CandidateIntent> candidates) {
        return compiled.computeIfAbsent(List.copyOf(candidates), c -> new IntentSet(this, c));
    }

    /** The words that shape how an answer's clauses are read (fillers, negators, correctors, ...). */
    ClauseWords clauseWords() {
        return clauseWords;
    }

    /** The trie of the uncertain expressions ("I'm not sure", "hold on"): no answer, and they outweigh a yes. */
    PhraseTrie uncertainTrie() {
        return uncertainTrie;
    }

    /**
     * The trie of the remarks ("thanks for asking", "it's nice of you to call"): they explain their words and answer
     * nothing, so the answer beside them decides, and alone they are no answer.
     */
    PhraseTrie remarkTrie() {
        return remarkTrie;
    }

    /** The phrase trie of a library intent, built once and shared by every intent set. */
    PhraseTrie trie(LibraryIntent intent) {
        return tries.get(intent.name());
    }

    /** Words that carry no meaning on their own ("the", "you", "it"). */
    Set<String> functionWords() {
        return functionWords;
    }

    /**
     * The yes and no words a wildcard in a phrasing never stands for ({@code word_classes.answer_word}): a wildcard is
     * a name or a thing, never an answer.
     */
    Set<String> answerWords() {
        return answerWords;
    }

    /** Homophones a recognizer writes for what the caller meant ("you no" for "you know"). */
    Respellings respellings() {
        return respellings;
    }

    /** Phrasings that count only when the question set a deadline ("I'll pay it Friday" to "by this Friday?"). */
    QuestionBoundPhrasings deadline() {
        return deadline;
    }

    /**
     * Phrasings that count only when the question offers a channel ("email is fine", "send them to my email" to "Can
     * we send your statements by email?"; to "Shall I text you the coupon?" another channel asked for is no answer).
     */
    QuestionBoundPhrasings channel() {
        return channel;
    }

    /** One-word phrasings that count only when they are most of what was said ("what", "fine", "who"). */
    Set<String> standalone() {
        return standalone;
    }

    /**
     * Keyword evidence for a campaign's own phrase: its content words (not function words) in order, a few words
     * apart at most, when it has two or more ("send the coupon" is also heard as "send me that coupon please").
     */
    Optional<EvidenceRule> keywordRule(String phrase) {
        List<String> content = SpokenText.words(phrase).stream().filter(w -> !functionWords.contains(w)).toList();
        if (content.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(EvidenceRule.parse(String.join(" .. ", content)));
    }
}
