package io.callbot.bench;

import io.callbot.bench.eval.Corpus;
import io.callbot.bench.eval.CorpusLine;
import io.callbot.call.CampaignDialogs;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.campaign.LoadResult;
import io.callbot.dialog.engine.Action;
import io.callbot.dialog.engine.CustomerView;
import io.callbot.dialog.engine.Dialog;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.dialog.engine.DialogSettings;
import io.callbot.dialog.engine.Event;
import io.callbot.nlu.CalledName;
import io.callbot.nlu.Hypothesis;
import io.callbot.nlu.Interpretation;
import io.callbot.nlu.Question;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The intent evaluation without the voice path: every corpus line typed into the evaluation campaign's dialog, as the
 * caller's exact words at full confidence (a confirmation question, when asked, answered "yes" for an opt-out and "no"
 * otherwise). It separates what understanding misses from what recognition mishears. For the dev split (or a corpus
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
        LoadResult loaded = CampaignLoader.load(Path.of(args.length > 1 ? args[1]
                : "src/test/resources/eval/eval-campaign.yaml"));
        if (!loaded.valid()) {
            throw new IllegalStateException(loaded.errors().toString());
        }
        Campaign campaign = loaded.campaign();
        DialogSettings settings = CampaignDialogs.settingsFor(campaign);
        DialogContext context = new DialogContext(new CustomerView("eval", "Maria", "Lopez", "+12125550101",
                ZoneId.of("America/New_York"), Map.of(), Set.of()), campaign.id(), campaign.name(), campaign.data());
        CalledName calledName = CalledName.of(context.customer().firstName(), context.customer().lastName());
        Set<String> intentStates = new HashSet<>(Corpus.INTENTS);
        intentStates.retainAll(campaign.dialog().states().keySet());
        int right = 0;
        int optOuts = 0;
        int optOutsHonoured = 0;
        int falseYes = 0;
        Map<String, Integer> missesByIntent = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        List<CorpusLine> lines = Corpus.readSplitOrFile(split);
        for (CorpusLine line : lines) {
            Dialog dialog = new Dialog(campaign.dialog(), context, settings, Clock.systemUTC());
            List<String> asked = new ArrayList<>();
            Action.Listen listen = play(dialog, dialog.on(new Event.CallAnswered()), asked);
            List<String> replies = new ArrayList<>();
            play(dialog, dialog.on(Event.Speech.heard(line.text(), 1.0)), replies);
            boolean confirmed = false;
            if (!dialog.ended() && replies.stream().anyMatch(r -> r.contains(settings.confirmOptOut()))) {
                confirmed = true;
                play(dialog, dialog.on(Event.Speech.heard(line.intent().equals("opt_out") ? "yes" : "no", 1.0)),
                        replies);
            }
            String state = dialog.currentState();
            String predicted = intentStates.contains(state) ? state : dialog.doNotCall() ? "opt_out" : "none";
            if (line.intent().equals("opt_out")) {
                optOuts++;
                optOutsHonoured += predicted.equals("opt_out") ? 1 : 0;
            }
            if (predicted.equals("yes") && !line.intent().equals("yes")) {
                falseYes++;
            }
            if (predicted.equals(line.intent())) {
                right++;
            } else {
                missesByIntent.merge(line.intent(), 1, Integer::sum);
                wrong.add(line.id() + "\t" + line.intent() + "\t-> " + predicted + (confirmed ? " (confirmed)" : "")
                        + (!split.equals("heldout") ? "\t" + line.text() + "\t" + read(settings, listen, calledName,
                        line.text(), asked.get(asked.size() - 1)) : ""));
            }
        }
        wrong.forEach(System.out::println);
        System.out.printf("%s typed: %d lines, accuracy %.1f %%, opt-out honoured %d of %d, false yes %d, misses %s%n",
                split, lines.size(), 100.0 * right / lines.size(), optOutsHonoured, optOuts, falseYes, missesByIntent);
    }

    /**
     * The interpretation as the dialog reads a line: the called person's name marked in the caller's words and in the
     * campaign's phrases alike (reading the raw text would show what the dialog never sees).
     */
    private static Interpretation read(DialogSettings settings, Action.Listen listen, CalledName calledName,
            String text, String question) {
        return settings.library().compile(calledName.markPhrases(listen.understanding().candidates()))
                .interpret(calledName.mark(List.of(new Hypothesis(text, 1.0, Hypothesis.Source.FREE_FORM))),
                        Question.of(question, false));
    }

    /** Finishes every prompt the dialog starts (adding its text to {@code said}), so it listens; returns the listen it ends in, if any. */
    private static Action.Listen play(Dialog dialog, List<Action> actions, List<String> said) {
        Action.Listen listen = null;
        for (Action a : List.copyOf(actions)) {
            if (a instanceof Action.Play p) {
                said.add(p.text());
                Action.Listen next = play(dialog, dialog.on(new Event.PlaybackFinished(p.playId())), said);
                listen = next != null ? next : listen;
            } else if (a instanceof Action.Listen l) {
                listen = l;
            }
        }
        return listen;
    }
}
