package io.callbot.nlu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One listening state's intents compiled into what a {@link HypothesisReading} looks up, per intent index: its phrase
 * tries (the library's, shared, and the campaign's own), keyword evidence, partial evidence and role flags; the
 * library's uncertain expressions sit at index {@link #absorber}. Also collects every word these use, for the
 * reader's lexicon, and those of them the recognizer grammar lists ({@link #grammarWords}). Immutable after
 * construction (its lists are not copied, so it stays package-private).
 */
final class IntentTables {

    final IntentLibrary library;
    final List<CandidateIntent> candidates;
    final List<List<PhraseTrie>> tries = new ArrayList<>();
    final List<List<EvidenceRule>> evidence = new ArrayList<>();
    final List<List<EvidenceRule>> partial = new ArrayList<>();
    /** The phrasings a deadline the question sets brings into play ({@link IntentLibrary#deadline}). */
    final QuestionBoundSpans deadline;
    /** The phrasings a channel the question offers brings into play ({@link IntentLibrary#channel}). */
    final QuestionBoundSpans channel;
    final Role[] roles;
    final boolean[] negatable;
    final boolean[] declines;
    final boolean[] asks;
    final boolean[] goesOn;
    /** The index of the uncertain expressions ("I'm not sure", "hold on"): heard, they mean no answer. */
    final int absorber;
    /** The index of the remarks ("thanks for asking"): they explain their words and answer nothing. */
    final int remark;
    final Lexicon lexicon;
    /** Every word a phrasing or rule uses (the reader's {@link #lexicon}). */
    final Set<String> words = new LinkedHashSet<>();
    /**
     * The words of {@link #words} the recognizer grammar lists: all but those only the remarks use. A remark ("it's
     * so thoughtful of you to call", "remove the mushrooms from my box") answers nothing, so its own words need not
     * steer the grammar pass; listed, every such word is one more the constrained decoder can bend an answer onto
     * (the library's growth in remarks cost held-out opt-outs in the espeak voices; see BENCHMARKS.md). Said, such a
     * word is heard as {@code [unk]} or a near word, which sends the turn to the free-form pass, whose words the
     * reader explains as before: it still knows them ({@link #lexicon}). The uncertain expressions' words stay
     * listed: heard beside a yes they undo it, so the grammar pass must be able to hear them.
     */
    final Set<String> grammarWords = new LinkedHashSet<>();
    /** Whole phrases and words for the grammar, as spoken. */
    final Set<String> grammarEntries = new LinkedHashSet<>();
    /**
     * The whole answers among {@link #grammarEntries}: the campaign's own phrases and the library's core phrases
     * ({@code grammar:}), not the words listed only so that the grammar can spell a phrasing.
     */
    final Set<String> wholeAnswers = new LinkedHashSet<>();

    IntentTables(IntentLibrary library, List<CandidateIntent> candidates) {
        this.library = library;
        this.candidates = List.copyOf(candidates);
        int n = candidates.size();
        absorber = n;
        remark = n + 1;
        roles = new Role[n + 2];
        negatable = new boolean[n + 2];
        declines = new boolean[n + 2];
        asks = new boolean[n + 2];
        goesOn = new boolean[n + 2];
        for (int i = 0; i < n; i++) {
            CandidateIntent c = candidates.get(i);
            Optional<LibraryIntent> lib = c.library() == null ? Optional.empty() : library.intent(c.library());
            roles[i] = c.role();
            negatable[i] = lib.map(LibraryIntent::negatable).orElse(roles[i] != Role.OPT_OUT);
            declines[i] = lib.map(LibraryIntent::declines).orElse(false);
            asks[i] = lib.map(LibraryIntent::asks).orElse(false);
            goesOn[i] = lib.map(LibraryIntent::goesOn).orElse(false);
            List<PhraseTrie> own = new ArrayList<>();
            lib.ifPresent(l -> own.add(library.trie(l)));
            if (!c.phrases().isEmpty()) {
                own.add(new PhraseTrie(c.phrases(), library.answerWords(), library.clauseWords()));
            }
            tries.add(own);
            List<EvidenceRule> rules = new ArrayList<>(lib.map(LibraryIntent::evidence).orElse(List.of()));
            c.phrases().stream().filter(p -> !PhrasePattern.isPattern(p)).map(library::keywordRule)
                    .flatMap(Optional::stream).forEach(rules::add);
            evidence.add(rules);
            partial.add(lib.map(LibraryIntent::partial).orElse(List.of()));
            for (PhraseTrie t : own) {
                words.addAll(t.words());
                grammarEntries.addAll(t.spokenWords());
            }
            rules.forEach(r -> words.addAll(r.words()));
            partial.get(i).forEach(r -> words.addAll(r.words()));
            List<String> answers = new ArrayList<>(
                    c.phrases().stream().filter(p -> !PhrasePattern.isPattern(p)).toList());
            lib.ifPresent(l -> answers.addAll(l.grammar()));
            grammarEntries.addAll(answers);
            wholeAnswers.addAll(answers);
        }
        deadline = new QuestionBoundSpans(library.deadline(), candidates, words, grammarEntries);
        channel = new QuestionBoundSpans(library.channel(), candidates, words, grammarEntries);
        addPhrasesOnly(absorber, library.uncertainTrie());
        Set<String> remarkOnly = new HashSet<>(library.remarkTrie().words());
        remarkOnly.removeAll(words);
        addPhrasesOnly(remark, library.remarkTrie());
        library.clauseWords().fillers().forEach(words::addAll);
        library.clauseWords().correctors().forEach(words::addAll);
        // sorted: the negators are an unordered set, and the grammar's order must not change from run to run (Vosk's
        // reading of an unclear answer can follow the order of its grammar's entries)
        words.addAll(new TreeSet<>(library.clauseWords().negators()));
        words.remove(Utterance.UNK);
        library.clauseWords().fillers().forEach(remarkOnly::removeAll);
        library.clauseWords().correctors().forEach(remarkOnly::removeAll);
        remarkOnly.removeAll(library.clauseWords().negators());
        words.stream().filter(w -> !remarkOnly.contains(w)).forEach(grammarWords::add);
        this.lexicon = new Lexicon(words);
    }

    /**
     * Appends index {@code i}, the next one (the uncertain expressions', the remarks'): found by its phrasings alone,
     * with no evidence, and of no answering role.
     */
    private void addPhrasesOnly(int i, PhraseTrie trie) {
        roles[i] = Role.OTHER;
        tries.add(List.of(trie));
        evidence.add(List.of());
        partial.add(List.of());
        words.addAll(trie.words());
    }
}
