package io.callbot.bench;

import io.callbot.dialog.engine.Action;
import io.callbot.dialog.engine.Dialog;
import io.callbot.dialog.engine.DialogSettings;
import io.callbot.dialog.engine.Event;
import io.callbot.dialog.engine.Fixtures;
import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.Intent;
import io.callbot.nlu.CandidateIntent;
import io.callbot.nlu.Hypothesis;
import io.callbot.nlu.IntentLibrary;
import io.callbot.nlu.IntentSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much CPU the dialog engine costs per call and per utterance: whole scripted calls through
 * {@link Dialog} (answer, disclosure, a free-text answer, a key, goodbye), and understanding of a sentence against a
 * state's intents plus four global intents, each building on the built-in library (thousands of phrasings). Run with
 * {@code mvn -o -q test-compile exec:java} or from an IDE: {@code main()} prints the figures.
 */
public final class DialogBench {

    private static final String[] UTTERANCES = {"well yeah sounds good to me", "I'm not really interested",
        "can you call me tomorrow at five", "what is this about", "please stop calling me"};

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        runCalls(calls / 10);
        long t0 = System.nanoTime();
        int actions = runCalls(calls);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("dialog: %d calls in %.2f s = %.0f calls/s, %.1f us/call, %d actions%n", calls, seconds,
                calls / seconds, seconds * 1e6 / calls, actions);

        List<Intent> intents = new ArrayList<>(List.of(new Intent("yes", List.of("yes", "i want it", "sounds good"),
                List.of("1"), "yes"), new Intent("no", List.of("no", "no thanks"), List.of("2"), "no"),
                new Intent("not_interested", List.of("not interested"), List.of())));
        Fixtures.salesDialog().globals().values().stream().map(GlobalIntent::intent).forEach(intents::add);
        IntentSet understanding = IntentLibrary.english().compile(intents.stream()
                .map(i -> new CandidateIntent(i.name(), i.library(), i.phrases())).toList());
        int n = calls * 5;
        int hits = 0;
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            hits += understanding.interpret(Hypothesis.text(UTTERANCES[i % UTTERANCES.length])).clear() ? 1 : 0;
        }
        double matchSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("understanding: %d utterances against %d intents in %.2f s = %.1f us/utterance (%d matched)%n",
                n, intents.size(), matchSeconds, matchSeconds * 1e6 / n, hits);
    }

    private static int runCalls(int calls) {
        int actions = 0;
        DialogSettings settings = DialogSettings.defaults().withOutcomes(Fixtures.outcomeEffects());
        io.callbot.dialog.DialogSpec spec = Fixtures.salesDialog();
        for (int i = 0; i < calls; i++) {
            Dialog dialog = new Dialog(spec, Fixtures.context(Fixtures.customer(Set.of(),
                    Map.of())), settings, Fixtures.clock());
            String play = null;
            for (Event e : new Event[] {new Event.CallAnswered(), null, Event.Speech.heard(UTTERANCES[0], 0.9), null,
                new Event.Dtmf("1"), null}) {
                List<Action> out = dialog.on(e == null ? new Event.PlaybackFinished(play) : e);
                actions += out.size();
                for (Action a : out) {
                    if (a instanceof Action.Play p) {
                        play = p.playId();
                    }
                }
            }
            if (!dialog.ended()) {
                throw new IllegalStateException("call did not end: " + dialog.statePath());
            }
        }
        return actions;
    }
}
