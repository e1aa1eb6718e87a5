package io.callbot.bench;

import io.callbot.bench.eval.Corpus;
import io.callbot.bench.eval.CorpusLine;
import io.callbot.bench.eval.EvalCampaign;
import io.callbot.bench.eval.Tally;
import io.callbot.dialog.engine.Action;
import io.callbot.dialog.engine.Event;
import io.callbot.nlu.CalledName;
import io.callbot.nlu.Hypothesis;
import io.callbot.nlu.Interpretation;
import io.callbot.nlu.Question;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The intent evaluation without the voice path: every corpus line typed into the evaluation campaign's dialog, as the
 * caller's exact words at full confidence (a confirmation question, when asked, answered as
 * {@code EvalCampaign.confirmationAnswer} says: "yes" when it asks about the line's own intent, "no" otherwise). It
 * separates what understanding misses from what recognition mishears. For the dev split (or a corpus
 * file of the same format, given as a path ending in .tsv) it prints the lines it got wrong; for the held-out split
 * only their ids. A campaign file as second argument replaces the evaluation campaign (one of the same shape asking
 * another question).
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) io.callbot.bench.TypedIntentEval dev}
 */
public final class TypedIntentEval {

    private TypedIntentEval() {
    }

    public static void main(String[] args) {
        String split = args.length > 0 ? args[0] : "dev";
        // a second argument: another campaign of the same shape (the question of a probe round's authors)
        EvalCampaign campaign = EvalCampaign.load(args.length > 1 ? Path.of(args[1]) : EvalCampaign.DEFAULT);
        Tally tally = new Tally();
        List<String> wrong = new ArrayList<>();
        for (CorpusLine line : Corpus.readSplitOrFile(split)) {
            List<String> asked = new ArrayList<>();
            EvalCampaign.Started call = campaign.start(asked);
            boolean confirmed = campaign.answer(call.dialog(), Event.Speech.heard(line.text(), 1.0), line.intent(),
                    new ArrayList<>());
            String predicted = campaign.outcome(call.dialog());
            if (!tally.add(line.intent(), predicted)) {
                wrong.add(line.id() + "\t" + line.intent() + "\t-> " + predicted + (confirmed ? " (confirmed)" : "")
                        + (!split.equals("heldout") ? "\t" + line.text() + "\t" + read(campaign, call.listen(),
                        line.text(), asked.get(asked.size() - 1)) : ""));
            }
        }
        wrong.forEach(System.out::println);
        System.out.printf("%s typed: %s%n", split, tally);
    }

    /**
     * The interpretation as the dialog reads a line: the called person's name marked in the caller's words and in the
     * campaign's phrases alike (reading the raw text would show what the dialog never sees).
     */
    private static Interpretation read(EvalCampaign campaign, Action.Listen listen, String text, String question) {
        CalledName calledName = campaign.calledName();
        return campaign.settings().library().compile(calledName.markPhrases(listen.understanding().candidates()))
                .interpret(calledName.mark(List.of(new Hypothesis(text, 1.0, Hypothesis.Source.FREE_FORM))),
                        Question.of(question, false));
    }
}
