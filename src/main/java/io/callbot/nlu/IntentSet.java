package io.callbot.nlu;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The intents one listening state hears, compiled ({@link IntentTables}: per intent the library's phrase trie, shared,
 * and a trie of the campaign's own phrases, the library's keyword evidence), and the words the recognizer grammar
 * needs. {@link #interpret} reads a turn's hypotheses ({@link HypothesisReading} each) with the safety rules of
 * {@link Role}. Immutable and thread-safe
 * (compiled once per state by {@link IntentLibrary#compile}, then shared by every call).
 */
public final class IntentSet {

    /** A grammar pass below this mean word confidence is decoded again free-form. */
    public static final double SECOND_PASS_BELOW_CONFIDENCE = 0.75;
    /**
     * A clear reading with this many words nothing explains is checked free-form too: the grammar may have bent a
     * time or a name into the words it knows ("call me back an plenty minutes").
     */
    private static final int UNEXPLAINED_FOR_SECOND_PASS = 2;
    /** Yes phrasings this short ("yes", "yes please", "sure thing") are often followed by more after a pause. */
    private static final int SHORT_YES_WORDS = 2;

    private final IntentLibrary library;
    private final IntentTables tables;
    private final List<String> grammar;
    private final Set<String> mayGoOn;
    private final Set<String> oneWordAnswers;
    private final PassesReading passes = new PassesReading(this);

    IntentSet(IntentLibrary library, List<CandidateIntent> candidates) {
        this.library = library;
        this.tables = new IntentTables(library, candidates);
        this.grammar = StateGrammar.of(tables.grammarEntries, tables.grammarWords);
        this.mayGoOn = grammar.stream().filter(g -> goesOnAfter(g, interpret(Hypothesis.text(g))))
                .collect(Collectors.toUnmodifiableSet());
        this.oneWordAnswers = StateGrammar.of(tables.wholeAnswers, List.of()).stream()
                .filter(a -> !a.contains(" ") && interpret(Hypothesis.text(a)).intent() != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<CandidateIntent> candidates() {
        return tables.candidates;
    }

    /**
     * What a constrained recognizer needs to hear these intents: the campaign's phrases, the library's core
     * phrases, and every word any phrasing or evidence rule uses (so the grammar can spell what the matcher
     * looks for; what it cannot spell becomes {@code [unk]} and sends the turn to the second pass), but the words
     * only remarks use ({@link IntentTables#grammarWords}).
     */
    public List<String> grammar() {
        return grammar;
    }

    /**
     * The grammar's phrases a caller often goes on after, past the short pause that ends a turn early on an expected
     * phrase, so a turn should not end early on one: yeses of one or two words ("yes? who's calling?", "yeah... no,
     * she's not here"; a false yes costs more than the wait) and the phrases of intents the library marks
     * {@code goes_on} (questions to the robot, a callback: "who is this? you know what, stop calling", "call me back?
     * no, don't call me ever", "call me back... around six").
     */
    public Set<String> mayGoOn() {
        return mayGoOn;
    }

    /**
     * The grammar's whole answers of one word that these intents read as an answer on their own ("yes", "nope",
     * "unsubscribe", "operator"): the recognizer weighs them like whole phrases, not like the thousands of words the
     * grammar lists only so that it can spell a phrasing. Words listed only for spelling, numbers among them, are not.
     */
    public Set<String> oneWordAnswers() {
        return oneWordAnswers;
    }

    private boolean goesOnAfter(String phrase, Interpretation reading) {
        return reading.intent() != null && (tables.goesOn[indexOf(reading.intent())]
                || roleOf(reading) == Role.AFFIRM && SpokenText.words(phrase).size() <= SHORT_YES_WORDS);
    }

    /**
     * Whether a constrained pass's reading is too unsure to act on alone: it holds {@code [unk]}, its confidence
     * is low, it yields no clear intent, words of it that no intent explains may be misheard (one is enough beside a
     * yes), or it is an opt-out.
     * Then the turn's audio is worth a free-form pass.
     */
    public boolean needsSecondPass(Hypothesis grammarPass) {
        if (grammarPass.text().contains("[unk]") || grammarPass.confidence() < SECOND_PASS_BELOW_CONFIDENCE) {
            return true;
        }
        Interpretation reading = interpret(grammarPass);
        // an opt-out is checked free-form too: a grammar pass bends other words onto its phrases ("yeah but not now"
        // heard as "pm not opt out"); so is a yes beside any word it does not explain ("I want to unsubscribe" heard as
        // "i'd like that prime"): a yes must be clear
        Role role = roleOf(reading);
        return !reading.clear() || reading.unexplained() >= (role == Role.AFFIRM ? 1 : UNEXPLAINED_FOR_SECOND_PASS)
                || role == Role.OPT_OUT;
    }

    /** Reads one hypothesis. */
    public Interpretation interpret(Hypothesis h) {
        return interpret(h, Question.NONE);
    }

    /** Reads one hypothesis as the answer to {@code question} (whose words a yes may repeat). */
    Interpretation interpret(Hypothesis h, Question question) {
        return new HypothesisReading(tables, new Utterance(h.text(), library), question).decide(h.source());
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

    /** The words that shape how the library reads a clause (its word classes read by the code among them). */
    ClauseWords clauseWords() {
        return tables.library.clauseWords();
    }

    Role roleOf(Interpretation i) {
        return i.intent() == null ? null : tables.roles[indexOf(i.intent())];
    }

    boolean declines(Interpretation i) {
        return i.intent() != null && tables.declines[indexOf(i.intent())];
    }

    private int indexOf(String name) {
        List<CandidateIntent> candidates = tables.candidates;
        return IntStream.range(0, candidates.size()).filter(i -> candidates.get(i).name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a candidate: " + name));
    }
}
