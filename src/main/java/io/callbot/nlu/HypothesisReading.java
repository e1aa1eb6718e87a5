package io.callbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One hypothesis read against a state's {@link IntentTables}: the spans its phrasings and evidence cover, and the
 * decision they lead to (an opt-out first, then the answer the caller ends on, a yes only when clear). Made and used
 * once per hypothesis by {@link IntentSet#interpret}.
 */
final class HypothesisReading {

    private static final int NEGATION_REACH = 3;
    /**
     * How far before the caller's own yes a condition ({@link Utterance#condition}) denies it: right before it ("...
     * if I need it", "unless we want one").
     */
    private static final int CONDITION_REACH = 1;
    /**
     * Yes phrasings this long in one clause ("I would like that", "yeah, go ahead") say yes inside a longer
     * sentence; shorter ones ("yeah", "sure") beside any word nothing explains ("okay bit", a grammar pass forcing
     * words onto a yes) are no clear yes.
     */
    private static final int SPECIFIC_YES_WORDS = 3;

    private final IntentTables tables;
    /** The library's words for reading clauses (new subjects, consequences, the first person, ...). */
    private final ClauseWords clauseWords;
    private final Utterance said;
    private final Question question;
    private final List<Span> spans = new ArrayList<>();
    /** Every span found, before short phrasings inside longer answers were set aside: what explains a word. */
    private final List<Span> found;

    HypothesisReading(IntentTables tables, Utterance said, Question question) {
        this.tables = tables;
        this.clauseWords = tables.library.clauseWords();
        this.said = said;
        this.question = question;
        for (int i = 0; i < tables.tries.size(); i++) {
            for (PhraseTrie trie : tables.tries.get(i)) {
                trie.find(said, tables.lexicon, i, spans);
            }
            addEvidence(i, tables.evidence.get(i), Span.Kind.EVIDENCE);
            addEvidence(i, tables.partial.get(i), Span.Kind.PARTIAL);
        }
        tables.deadline.outrank(spans, said, question, tables.lexicon);
        tables.channel.outrank(spans, said, question, tables.lexicon);
        List<Span> all = List.copyOf(spans);
        spans.removeIf(s -> holdsADecline(s, all));
        found = List.copyOf(spans);
        spans.removeIf(this::standaloneInLongerAnswer);
        spans.replaceAll(this::weakenedInsidePhrase);
    }

    /** Evidence that starts inside an expression like "why don't you" is no evidence ("why don't you call"). */
    private void addEvidence(int intent, List<EvidenceRule> rules, Span.Kind kind) {
        for (EvidenceRule r : rules) {
            for (int[] at : r.find(said.words(), tables.lexicon)) {
                if (!said.notNegating(at[0]) && !said.continuedAfter(at[1])) {
                    spans.add(new Span(intent, at[0], at[1], kind, at[1] - at[0]));
                }
            }
        }
    }

    /**
     * A yes's keyword evidence around a decline's or a doubt's phrasing is no yes: its gaps may hold them ("I'm her
     * son, I don't think she'll be there", "her daughter, I doubt she'll make it", "her husband, she's not sure she'll
     * make it"), and a negator before a span is looked for only outside it.
     */
    private boolean holdsADecline(Span s, List<Span> all) {
        return s.kind() == Span.Kind.EVIDENCE && tables.roles[s.intent()] == Role.AFFIRM
                && all.stream().anyMatch(p -> p.kind() == Span.Kind.PHRASE
                        && (tables.declines[p.intent()] || p.intent() == tables.absorber)
                        && p.start() >= s.start() && p.end() <= s.end());
    }

    /**
     * A short phrasing like "what", "fine", "who" or "i don't" answers only when it is most of what was said: in
     * "what's the weather like" or "I don't have their new number" it is a piece of another sentence. A remark of the
     * same words stays: beside an answer it explains them (round zm: "no worries" alone is a no, "yeah, I'll be in, no
     * worries" a yes).
     */
    private boolean standaloneInLongerAnswer(Span s) {
        if (s.kind() != Span.Kind.PHRASE || s.intent() == tables.remark
                || !tables.library.standalone().contains(said.text(s))
                && (s.length() > 1 || tables.lexicon.soundsLike(said.word(s.start())).stream()
                        .noneMatch(tables.library.standalone()::contains))) {
            return false;
        }
        // one other word may sit by a one-word phrasing ("what now"), none by a longer one ("I would", "I don't");
        // a remark beside it is no other word ("I'd love to, thanks for asking")
        return answeringWords(said.clauseOf(s)) - s.length() > (s.length() == 1 ? 1 : 0);
    }

    /** Content words of clause {@code c} outside the remarks ("thanks for asking" answers nothing). */
    private long answeringWords(int c) {
        return said.contentWords(c) - IntStream.range(0, said.size()).filter(i -> said.clause(i) == c
                && !said.filler(i) && !said.unknown(i) && spans.stream()
                        .anyMatch(r -> r.intent() == tables.remark && r.start() <= i && i < r.end())).count();
    }

    /**
     * Keyword evidence inside a longer phrasing of another intent reads that phrasing's words out of their
     * sentence ("not now, call me back" is no "don't call me"): it is only a hint, so an opt-out asks first. So
     * is an opt-out phrasing within a longer phrasing of anything else ("don't call me now", "don't call me sir").
     */
    private Span weakenedInsidePhrase(Span s) {
        boolean inside = s.kind() == Span.Kind.EVIDENCE && spans.stream().anyMatch(p -> p.kind() == Span.Kind.PHRASE
                && p.intent() != s.intent() && p.intent() != tables.absorber && p.overlaps(s) && p.end() > s.end())
                || s.kind() != Span.Kind.PARTIAL && tables.roles[s.intent()] == Role.OPT_OUT && spans.stream().anyMatch(
                        p -> p.kind() == Span.Kind.PHRASE && p.intent() != s.intent() && p.start() <= s.start()
                                && p.end() > s.end());
        return inside ? new Span(s.intent(), s.start(), s.end(), Span.Kind.PARTIAL, s.weight()) : s;
    }

    Interpretation decide(Hypothesis.Source source) {
        Optional<Span> optOut = spans.stream().filter(s -> tables.roles[s.intent()] == Role.OPT_OUT
                && s.kind() != Span.Kind.PARTIAL).findFirst();
        if (optOut.isPresent()) {
            return found(optOut.get(), Interpretation.Strength.CLEAR, source, 0);
        }
        List<Span> accepted = resolve();
        Span chosen = choose(accepted);
        if (chosen != null && tables.roles[chosen.intent()] == Role.AFFIRM && placeFollows(chosen, accepted)) {
            chosen = earlierYes(chosen, accepted);
        }
        int unexplained = chosen == null ? 0 : unexplained(chosen, accepted);
        // a yes the caller goes on to qualify and breaks off ("yes, but...") is not given
        if (chosen != null && tables.roles[chosen.intent()] == Role.AFFIRM && (said.endsOnCorrector()
                || unexplained > 0 && yesWords(chosen, accepted, 0) < SPECIFIC_YES_WORDS)) {
            chosen = null;
        }
        List<Span> hints = spans.stream().filter(s -> tables.roles[s.intent()] == Role.OPT_OUT)
                .filter(s -> accepted.stream().noneMatch(a -> a.overlaps(s) && a.length() > s.length())).toList();
        boolean noAnswer = chosen == null || chosen.intent() == tables.absorber;
        Span answer = chosen;
        Optional<Span> over = noAnswer ? Optional.empty()
                : hints.stream().filter(h -> reachesOver(h, answer)).findFirst();
        if (!hints.isEmpty() && (noAnswer || tables.roles[chosen.intent()] == Role.AFFIRM
                || tables.declines[chosen.intent()] || over.isPresent())) {
            return found(over.orElse(hints.get(0)), Interpretation.Strength.PARTIAL, source, 0);
        }
        return noAnswer ? yesFirst(accepted, source)
                : found(chosen, Interpretation.Strength.CLEAR, source, unexplained);
    }

    /**
     * A yes the caller begins with and goes on from in words nothing explains ("yeah, [words the line blurred]"), with
     * no other answer, doubt, negator, corrector ("sure, but...") or opt-out word anywhere and no question after it
     * ("okay, how long is it good for?", "yeah, do you ship to Canada?"): no yes, but one to ask about
     * ({@link Interpretation.Strength#YES_TO_CONFIRM}); otherwise no answer.
     */
    private Interpretation yesFirst(List<Span> accepted, Hypothesis.Source source) {
        int first = said.nextNonFiller(0);
        Optional<Span> yes = accepted.stream()
                .filter(s -> s.start() == first && tables.roles[s.intent()] == Role.AFFIRM).findFirst();
        boolean yesAlone = found.stream()
                .allMatch(s -> tables.roles[s.intent()] == Role.AFFIRM || s.intent() == tables.remark);
        boolean qualified = IntStream.range(0, said.size()).anyMatch(i -> said.negator(i) || said.clause(i) < 0
                || clauseWords.questionWords().contains(said.word(i)));
        if (yes.isEmpty() || !yesAlone || qualified || questionAfter(yes.get())) {
            return Interpretation.none(source);
        }
        return found(yes.get(), Interpretation.Strength.YES_TO_CONFIRM, source, unexplained(yes.get(), accepted));
    }

    /** Whether the first word after a yes that is no filler is an auxiliary: a question ("sure thing, can it ..."). */
    private boolean questionAfter(Span yes) {
        int next = said.nextNonFiller(yes.end());
        return next < said.size() && clauseWords.auxiliaries().contains(said.word(next));
    }

    /**
     * Whether opt-out words cover the chosen reading from its start (or before) to its end, so they read all of it:
     * "you no call me again" (learner's English, heard as "you know, call me again") and "call me again" with nothing
     * after it (the negator lost) are asked about, not callbacks; "you know, call me again tomorrow" goes on past them
     * and stays one.
     */
    private static boolean reachesOver(Span hint, Span chosen) {
        return hint.start() <= chosen.start() && hint.end() >= chosen.end();
    }

    /**
     * Non-filler words of the yes phrasings in its clause from word {@code at} ("yeah, go on, send it": 5), each word
     * once, also where two yes phrasings overlap ("yeah, Tuesday's fine": "yeah tuesday" and "tuesday fine", 3); a
     * negated one says no yes ("okay, can you not send it": "send it" is no yes word).
     */
    private long yesWords(Span chosen, List<Span> accepted, int at) {
        int c = said.clauseOf(chosen);
        List<Span> yeses = Stream.concat(accepted.stream(), spans.stream()
                .filter(s -> s.kind() == Span.Kind.PHRASE && !(tables.negatable[s.intent()] && negated(s, accepted))))
                .filter(s -> s.intent() == chosen.intent() && said.clauseOf(s) == c && s.start() >= at).toList();
        return IntStream.range(at, said.size()).filter(i -> !said.filler(i)
                && yeses.stream().anyMatch(s -> s.start() <= i && i < s.end())).count();
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
        return (int) IntStream.range(0, said.size())
                .filter(i -> said.clause(i) == c && !said.filler(i) && unexplainedWord(i, chosen, accepted)).count();
    }

    private boolean unexplainedWord(int i, Span chosen, List<Span> accepted) {
        return !tables.library.functionWords().contains(said.word(i))
                && (said.negator(i) || !question.echoes(said.word(i)))
                && accepted.stream().noneMatch(s -> s.start() <= i && i < s.end())
                && found.stream().noneMatch(s -> s.intent() == chosen.intent() && s.start() <= i && i < s.end());
    }

    /** The last yes before {@code place} ("Thursday's okay" in "Thursday's okay, I'm in all morning"), or null. */
    private Span earlierYes(Span place, List<Span> accepted) {
        return accepted.stream().filter(s -> s.intent() == place.intent() && s.end() <= place.start())
                .reduce((a, b) -> b).orElse(null);
    }

    /**
     * Whether a yes ending on a being verb and a place preposition ("I'm in") is followed by a word nothing explains,
     * so the "in" is a place ("I'm in Chicago", "I'm in surgery") or a recognizer's bend of "I'm a/an ..." ("i'm in
     * nurse"). A word a phrasing explains ("I'm in, send it") or none at all ("yeah, I'm in") leaves it a yes.
     */
    private boolean placeFollows(Span chosen, List<Span> accepted) {
        int last = chosen.end() - 1;
        if (last <= chosen.start() || !clauseWords.placePrepositions().contains(said.word(last))
                || !clauseWords.auxiliaries().contains(said.word(last - 1))) {
            return false;
        }
        int next = said.nextNonFiller(chosen.end());
        return next < said.size() && unexplainedWord(next, chosen, accepted);
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
        accepted.removeIf(s -> tables.negatable[s.intent()] && negated(s, accepted));
        accepted.sort((a, b) -> a.start() - b.start());
        return accepted;
    }

    /**
     * A negator shortly before the span, in its clause, not part of another span or a non-negating expression,
     * with no new subject between (the library's {@code new_subject}: "she's not here, she moved away": the second
     * "she" starts another statement) and no consequence ({@code consequence}: "it never buffers, so I don't see the
     * point"; "not so sure" keeps its "not"). A condition denies the caller's own yes ({@code first_person}) right
     * after it ("if I need it", "unless we want one").
     */
    private boolean negated(Span s, List<Span> accepted) {
        int c = said.clauseOf(s);
        boolean yes = tables.roles[s.intent()] == Role.AFFIRM;
        boolean ownYes = yes && clauseWords.firstPerson().contains(said.word(s.start()));
        // a yes is denied by a negator anywhere before it in its clause ("I don't really think I'd like that")
        int reach = yes ? s.start() : NEGATION_REACH;
        for (int i = s.start() - 1; i >= Math.max(0, s.start() - reach); i--) {
            // a condition denies the caller's own yes right after it, whatever surrounds it (round zc: "depends on
            // whether I can still get paper if I need it" holds no yes)
            if (ownYes && said.condition(i) && s.start() - i <= CONDITION_REACH) {
                return true;
            }
            if (said.clause(i) != c || clauseWords.newSubjects().contains(said.word(i + 1))
                    || clauseWords.consequences().contains(said.word(i)) && i > 0 && !said.negator(i - 1)) {
                return false;
            }
            int at = i;
            // nor a negator of a phrasing of the same intent ("I can't, I'll be out of town": both decline, round zg)
            if (said.negator(i) && !said.notNegating(i)
                    && accepted.stream().noneMatch(a -> a != s && a.start() <= at && at < a.end())
                    && found.stream().noneMatch(a -> a.intent() == s.intent() && a.kind() == Span.Kind.PHRASE
                            && a.start() <= at && at < a.end())) {
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
                if (said.clauseOf(s) != c || s.intent() == tables.remark) {
                    continue; // a remark answers nothing: the answer beside it decides
                }
                if (s.intent() == tables.absorber) {
                    unsure = s;
                } else if (tables.roles[s.intent()] == Role.AFFIRM) {
                    yes = s;
                } else {
                    other = s;
                    onlyQuestions &= tables.asks[s.intent()];
                }
            }
            boolean settled = other != null && onlyQuestions && yes != null
                    && IntStream.range(other.end(), yes.start()).anyMatch(said::settling)
                    && yesWords(yes, accepted, other.end()) >= SPECIFIC_YES_WORDS;
            Span answer = other == null || settled ? yes : other;
            boolean hedged = unsure != null && (answer == null || unsure.start() > answer.start()
                    && (tables.roles[answer.intent()] == Role.AFFIRM || tables.declines[answer.intent()]));
            if (hedged) {
                return unsure;
            }
            if (answer != null) {
                // "I'd like that, but [words nothing explains]": the yes was qualified, not given; a lone "huh" or
                // "what" before a question of the caller's own ("huh, wait, is that with the late fee?") asks nothing
                return qualifiedLater && (tables.roles[answer.intent()] == Role.AFFIRM || loneAsk(answer)) ? null
                        : answer;
            }
            qualifiedLater |= answeringWords(c) > 0;
        }
        return null;
    }

    /** A question to the robot in one word said alone ("huh", "what", "sorry"): an exclamation before more words. */
    private boolean loneAsk(Span s) {
        return tables.asks[s.intent()] && s.length() == 1 && tables.library.standalone().contains(said.text(s));
    }

    private Interpretation found(Span s, Interpretation.Strength strength, Hypothesis.Source source,
            int unexplained) {
        return new Interpretation(tables.candidates.get(s.intent()).name(), strength, said.text(s), source,
                unexplained);
    }
}
