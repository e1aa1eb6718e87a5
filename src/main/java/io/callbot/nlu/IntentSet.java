package io.callbot.nlu;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The intents one listening state hears, compiled: per intent the library's phrase trie (shared) and a trie of
 * the campaign's own phrases, the library's keyword evidence, and the words the recognizer grammar needs.
 * {@link #interpret} reads a turn's hypotheses with the safety rules of {@link Role}. Immutable and thread-safe
 * (compiled once per state by {@link IntentLibrary#compile}, then shared by every call).
 */
public final class IntentSet {

    /** A grammar pass below this mean word confidence is decoded again free-form. */
    public static final double SECOND_PASS_BELOW_CONFIDENCE = 0.75;
    private static final int NEGATION_REACH = 3;
    /** Subjects that start a statement of their own, out of the reach of a negator before them. */
    private static final Set<String> NEW_SUBJECTS = Set.of("he", "she", "they");
    /** The word that starts a consequence, out of the reach of a negator before it ("I never get deals, so yes"). */
    private static final String CONSEQUENCE = "so";
    /**
     * A clear reading with this many words nothing explains is checked free-form too: the grammar may have bent a
     * time or a name into the words it knows ("call me back an plenty minutes").
     */
    private static final int UNEXPLAINED_FOR_SECOND_PASS = 2;
    /**
     * Yes phrasings this long in one clause ("I would like that", "yeah, go ahead") say yes inside a longer
     * sentence; shorter ones ("yeah", "sure") beside any word nothing explains ("okay bit", a grammar pass forcing
     * words onto a yes) are no clear yes.
     */
    private static final int SPECIFIC_YES_WORDS = 3;
    /** Yes phrasings this short ("yes", "yes please", "sure thing") are often followed by more after a pause. */
    private static final int SHORT_YES_WORDS = 2;

    private final IntentLibrary library;
    private final List<CandidateIntent> candidates;
    /** Per candidate, then the library's uncertain expressions at index {@link #absorber}. */
    private final List<List<PhraseTrie>> tries = new ArrayList<>();
    private final List<List<EvidenceRule>> evidence = new ArrayList<>();
    private final List<List<EvidenceRule>> partial = new ArrayList<>();
    private final DeadlinePromises promises;
    private final Role[] roles;
    private final boolean[] negatable;
    private final boolean[] declines;
    private final boolean[] asks;
    /** The index of the uncertain expressions ("I'm not sure", "hold on"): heard, they mean no answer. */
    private final int absorber;
    private final Lexicon lexicon;
    private final List<String> grammar;
    private final Set<String> shortYeses;
    private final PassesReading passes = new PassesReading(this);

    IntentSet(IntentLibrary library, List<CandidateIntent> candidates) {
        this.library = library;
        this.candidates = List.copyOf(candidates);
        int n = candidates.size();
        absorber = n;
        roles = new Role[n + 1];
        negatable = new boolean[n + 1];
        declines = new boolean[n + 1];
        asks = new boolean[n + 1];
        Set<String> words = new LinkedHashSet<>();
        Set<String> grammarEntries = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            CandidateIntent c = candidates.get(i);
            Optional<LibraryIntent> lib = c.library() == null ? Optional.empty() : library.intent(c.library());
            roles[i] = c.role();
            negatable[i] = lib.map(LibraryIntent::negatable).orElse(roles[i] != Role.OPT_OUT);
            declines[i] = lib.map(LibraryIntent::declines).orElse(false);
            asks[i] = lib.map(LibraryIntent::asks).orElse(false);
            List<PhraseTrie> own = new ArrayList<>();
            lib.ifPresent(l -> own.add(library.trie(l)));
            if (!c.phrases().isEmpty()) {
                own.add(new PhraseTrie(c.phrases()));
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
            c.phrases().stream().filter(p -> !PhrasePattern.isPattern(p)).forEach(grammarEntries::add);
            lib.ifPresent(l -> grammarEntries.addAll(l.grammar()));
        }
        promises = new DeadlinePromises(library.deadline(), candidates, words, grammarEntries);
        roles[absorber] = Role.OTHER;
        tries.add(List.of(library.uncertainTrie()));
        evidence.add(List.of());
        partial.add(List.of());
        words.addAll(library.uncertainTrie().words());
        library.clauseWords().fillers().forEach(words::addAll);
        library.clauseWords().correctors().forEach(words::addAll);
        words.addAll(library.clauseWords().negators());
        words.remove(Utterance.UNK);
        this.lexicon = new Lexicon(words);
        this.grammar = StateGrammar.of(grammarEntries, words);
        this.shortYeses = grammar.stream().filter(g -> SpokenText.words(g).size() <= SHORT_YES_WORDS
                && roleOf(interpret(Hypothesis.text(g))) == Role.AFFIRM).collect(Collectors.toUnmodifiableSet());
    }

    public List<CandidateIntent> candidates() {
        return candidates;
    }

    /**
     * What a constrained recognizer needs to hear these intents: the campaign's phrases, the library's core
     * phrases, and every word any phrasing or evidence rule uses (so the grammar can spell what the matcher
     * looks for; what it cannot spell becomes {@code [unk]} and sends the turn to the second pass).
     */
    public List<String> grammar() {
        return grammar;
    }

    /**
     * The grammar's yeses of one or two words ("yes", "sure", "yes please", "sure thing"): a caller often goes on after
     * one ("yes? who's calling?", "yeah... no, she's not here", "yes please, but can you call back when my daughter is
     * home") after a pause longer than the early end of a turn allows, so a turn should not end early on one; a false
     * yes costs more than the wait.
     */
    public Set<String> shortYeses() {
        return shortYeses;
    }

    /**
     * Whether a constrained pass's reading is too unsure to act on alone: it holds {@code [unk]}, its confidence
     * is low, it yields no clear intent, words of it that no intent explains may be misheard, or it is an opt-out.
     * Then the turn's audio is worth a free-form pass.
     */
    public boolean needsSecondPass(Hypothesis grammarPass) {
        if (grammarPass.text().contains("[unk]") || grammarPass.confidence() < SECOND_PASS_BELOW_CONFIDENCE) {
            return true;
        }
        Interpretation reading = interpret(grammarPass);
        // an opt-out is checked free-form too: a grammar pass bends other words onto its phrases ("yeah but not now"
        // heard as "pm not opt out")
        return !reading.clear() || reading.unexplained() >= UNEXPLAINED_FOR_SECOND_PASS
                || roleOf(reading) == Role.OPT_OUT;
    }

    /** Reads one hypothesis. */
    public Interpretation interpret(Hypothesis h) {
        return interpret(h, Question.NONE);
    }

    /** Reads one hypothesis as the answer to {@code question} (whose words a yes may repeat). */
    Interpretation interpret(Hypothesis h, Question question) {
        return new Reading(new Utterance(h.text(), library), question).decide(h.source());
    }

    /** Reads a turn's hypotheses (a grammar pass, and a free-form pass when one ran): {@link PassesReading}. */
    public Interpretation interpret(List<Hypothesis> hypotheses) {
        return passes.interpret(hypotheses, Question.NONE);
    }

    /**
     * As {@link #interpret(List)}, as the answer to {@code question}: its words beside a yes are explained, and where
     * a yes is its safe answer ("Do you want us to stop calling you?" opts out on a yes) a yes one pass heard clearly
     * is enough unless a pass clearly heard something else.
     */
    public Interpretation interpret(List<Hypothesis> hypotheses, Question question) {
        return passes.interpret(hypotheses, question);
    }

    Role roleOf(Interpretation i) {
        return i.intent() == null ? null : roles[indexOf(i.intent())];
    }

    boolean declines(Interpretation i) {
        return i.intent() != null && declines[indexOf(i.intent())];
    }

    private int indexOf(String name) {
        return IntStream.range(0, candidates.size()).filter(i -> candidates.get(i).name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a candidate: " + name));
    }

    /** One hypothesis's spans, and the decision they lead to. */
    private final class Reading {
        private final Utterance said;
        private final Question question;
        private final List<Span> spans = new ArrayList<>();
        /** Every span found, before short phrasings inside longer answers were set aside: what explains a word. */
        private final List<Span> found;

        Reading(Utterance said, Question question) {
            this.said = said;
            this.question = question;
            for (int i = 0; i < tries.size(); i++) {
                for (PhraseTrie t : tries.get(i)) {
                    t.find(said, lexicon, i, spans);
                }
                addEvidence(i, evidence.get(i), Span.Kind.EVIDENCE);
                addEvidence(i, partial.get(i), Span.Kind.PARTIAL);
            }
            promises.outrank(spans, said, question, lexicon);
            found = List.copyOf(spans);
            spans.removeIf(this::standaloneInLongerAnswer);
            spans.replaceAll(this::weakenedInsidePhrase);
        }

        /** Evidence that starts inside an expression like "why don't you" is no evidence ("why don't you call"). */
        private void addEvidence(int intent, List<EvidenceRule> rules, Span.Kind kind) {
            for (EvidenceRule r : rules) {
                for (int[] at : r.find(said.words(), lexicon)) {
                    if (!said.notNegating(at[0]) && !said.negatedAfter(at[1])) {
                        spans.add(new Span(intent, at[0], at[1], kind, at[1] - at[0]));
                    }
                }
            }
        }

        /**
         * A short phrasing like "what", "fine", "who" or "i don't" answers only when it is most of what was said: in
         * "what's the weather like" or "I don't have their new number" it is a piece of another sentence.
         */
        private boolean standaloneInLongerAnswer(Span s) {
            if (s.kind() != Span.Kind.PHRASE || !library.standalone().contains(said.text(s))
                    && (s.length() > 1 || lexicon.soundsLike(said.word(s.start())).stream()
                            .noneMatch(library.standalone()::contains))) {
                return false;
            }
            // one other word may sit by a one-word phrasing ("what now"), none by a longer one ("I would", "I don't")
            return said.contentWords(said.clauseOf(s)) - s.length() > (s.length() == 1 ? 1 : 0);
        }

        /**
         * Keyword evidence inside a longer phrasing of another intent reads that phrasing's words out of their
         * sentence ("not now, call me back" is no "don't call me"): it is only a hint, so an opt-out asks first. So
         * is an opt-out phrasing within a longer phrasing of anything else ("don't call me now", "don't call me sir").
         */
        private Span weakenedInsidePhrase(Span s) {
            boolean inside = s.kind() == Span.Kind.EVIDENCE && spans.stream().anyMatch(p -> p.kind() == Span.Kind.PHRASE
                    && p.intent() != s.intent() && p.intent() != absorber && p.overlaps(s) && p.end() > s.end())
                    || s.kind() != Span.Kind.PARTIAL && roles[s.intent()] == Role.OPT_OUT && spans.stream().anyMatch(
                            p -> p.kind() == Span.Kind.PHRASE && p.intent() != s.intent() && p.start() <= s.start()
                                    && p.end() > s.end());
            return inside ? new Span(s.intent(), s.start(), s.end(), Span.Kind.PARTIAL, s.weight()) : s;
        }

        Interpretation decide(Hypothesis.Source source) {
            Optional<Span> optOut = spans.stream().filter(s -> roles[s.intent()] == Role.OPT_OUT
                    && s.kind() != Span.Kind.PARTIAL).findFirst();
            if (optOut.isPresent()) {
                return found(optOut.get(), Interpretation.Strength.CLEAR, source, 0);
            }
            List<Span> accepted = resolve();
            Span chosen = choose(accepted);
            int unexplained = chosen == null ? 0 : unexplained(chosen, accepted);
            if (chosen != null && roles[chosen.intent()] == Role.AFFIRM && unexplained > 0
                    && yesWords(chosen, accepted, 0) < SPECIFIC_YES_WORDS) {
                chosen = null;
            }
            Optional<Span> hint = spans.stream().filter(s -> roles[s.intent()] == Role.OPT_OUT)
                    .filter(s -> accepted.stream().noneMatch(a -> a.overlaps(s) && a.length() > s.length()))
                    .findFirst();
            boolean noAnswer = chosen == null || chosen.intent() == absorber;
            if (hint.isPresent() && (noAnswer || roles[chosen.intent()] == Role.AFFIRM || declines[chosen.intent()])) {
                return found(hint.get(), Interpretation.Strength.PARTIAL, source, 0);
            }
            return noAnswer ? Interpretation.none(source)
                    : found(chosen, Interpretation.Strength.CLEAR, source, unexplained);
        }

        /** Non-filler words of the yes phrasings in its clause from word {@code at} ("yeah, go on, send it": 5). */
        private long yesWords(Span chosen, List<Span> accepted, int at) {
            int c = said.clauseOf(chosen);
            return accepted.stream().filter(s -> s.intent() == chosen.intent() && said.clauseOf(s) == c
                    && s.start() >= at)
                    .mapToLong(s -> IntStream.range(s.start(), s.end()).filter(i -> !said.filler(i)).count()).sum();
        }

        /**
         * Content words of the span's clause that no span explains: a yes among several words nothing accounts for
         * ("around certainly evening", a grammar pass forcing "seven" onto "certainly") is no clear yes. A word
         * another phrasing of the same intent covers is explained ("yeah sure thing": "yeah sure" and "sure thing"), and
         * so is a word of the question other than a negator ("sure, switch it over" to "Can I switch your plan over
         * today?").
         */
        private int unexplained(Span chosen, List<Span> accepted) {
            int c = said.clauseOf(chosen);
            int n = 0;
            for (int i = 0; i < said.size(); i++) {
                int at = i;
                if (said.clause(i) == c && !said.filler(i) && !library.functionWords().contains(said.word(i))
                        && (said.negator(i) || !question.echoes(said.word(i)))
                        && accepted.stream().noneMatch(s -> s.start() <= at && at < s.end())
                        && found.stream().noneMatch(s -> s.intent() == chosen.intent() && s.start() <= at
                                && at < s.end())) {
                    n++;
                }
            }
            return n;
        }

        /** Non-overlapping spans, longest first, phrases before evidence; negated ones dropped; in word order. */
        private List<Span> resolve() {
            List<Span> sorted = new ArrayList<>(spans.stream().filter(s -> s.kind() != Span.Kind.PARTIAL).toList());
            sorted.sort((a, b) -> a.length() != b.length() ? b.length() - a.length()
                    : a.kind() != b.kind() ? a.kind().compareTo(b.kind())
                    : a.start() != b.start() ? a.start() - b.start() : a.intent() - b.intent());
            List<Span> accepted = new ArrayList<>();
            for (Span s : sorted) {
                if (accepted.stream().noneMatch(s::overlaps)) {
                    accepted.add(s);
                }
            }
            accepted.removeIf(s -> negatable[s.intent()] && negated(s, accepted));
            accepted.sort((a, b) -> a.start() - b.start());
            return accepted;
        }

        /**
         * A negator shortly before the span, in its clause, not part of another span or a non-negating expression,
         * with no new subject between ("she's not here, she moved away": the second "she" starts another statement) and
         * no consequence ("it never buffers, so I don't see the point"; "not so sure" keeps its "not").
         */
        private boolean negated(Span s, List<Span> accepted) {
            int c = said.clauseOf(s);
            // a yes is denied by a negator anywhere before it in its clause ("I don't really think I'd like that")
            int reach = roles[s.intent()] == Role.AFFIRM ? s.start() : NEGATION_REACH;
            for (int i = s.start() - 1; i >= Math.max(0, s.start() - reach); i--) {
                if (said.clause(i) != c || NEW_SUBJECTS.contains(said.word(i + 1))
                        || said.word(i).equals(CONSEQUENCE) && i > 0 && !said.negator(i - 1)) {
                    return false;
                }
                int at = i;
                if (said.negator(i) && !said.notNegating(i)
                        && accepted.stream().noneMatch(a -> a != s && a.start() <= at && at < a.end())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The answer of the last clause that has one (a yes followed by a clause of other words is no answer). In it,
         * the last intent that is neither a yes nor unsure nor questions settled before a specific yes ("who is this?
         * oh, Acme, yeah, send it"); else the yes, unless the caller sounded unsure after it ("yes, I don't know";
         * unsure first and then a yes is a decision: "hmm, okay, yes"); a decline followed by unsure words is no answer
         * either ("no... maybe"). None when the answer ends on a corrector ("yes, but..."): the caller was changing it.
         */
        private Span choose(List<Span> accepted) {
            if (said.lastClause() > 0 && said.contentWords(said.lastClause()) == 0) {
                return null; // "yes, but..." cut off: the caller was changing the answer
            }
            boolean qualifiedLater = false;
            for (int c = said.lastClause(); c >= 0; c--) {
                Span other = null;
                Span yes = null;
                Span unsure = null;
                boolean onlyQuestions = true;
                for (Span s : accepted) {
                    if (said.clauseOf(s) != c) {
                        continue;
                    }
                    if (s.intent() == absorber) {
                        unsure = s;
                    } else if (roles[s.intent()] == Role.AFFIRM) {
                        yes = s;
                    } else {
                        other = s;
                        onlyQuestions &= asks[s.intent()];
                    }
                }
                boolean settled = other != null && onlyQuestions && yes != null
                        && IntStream.range(other.end(), yes.start()).anyMatch(said::settling)
                        && yesWords(yes, accepted, other.end()) >= SPECIFIC_YES_WORDS;
                Span answer = other == null || settled ? yes : other;
                boolean hedged = unsure != null && (answer == null || unsure.start() > answer.start()
                        && (roles[answer.intent()] == Role.AFFIRM || declines[answer.intent()]));
                if (hedged) {
                    return unsure;
                }
                if (answer != null) {
                    // "I'd like that, but [words nothing explains]": the yes was qualified, not given
                    return qualifiedLater && roles[answer.intent()] == Role.AFFIRM ? null : answer;
                }
                qualifiedLater |= said.contentWords(c) > 0;
            }
            return null;
        }

        private Interpretation found(Span s, Interpretation.Strength strength, Hypothesis.Source source,
                int unexplained) {
            return new Interpretation(candidates.get(s.intent()).name(), strength, said.text(s), source, unexplained);
        }
    }
}
