package io.callbot.bench.eval;

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
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The evaluation campaign (or one of its shape that asks another question) calling Maria Lopez, for the evaluations
 * that type or replay words into its dialog without audio: a dialog played up to its first listen, and what it did.
 */
public final class EvalCampaign {

    public static final Path DEFAULT = Path.of("src/test/resources/eval/eval-campaign.yaml");

    private final Campaign campaign;
    private final DialogSettings settings;
    private final DialogContext context;
    private final Set<String> intentStates;

    private EvalCampaign(Campaign campaign) {
        this.campaign = campaign;
        this.settings = CampaignDialogs.settingsFor(campaign);
        this.context = new DialogContext(new CustomerView("eval", "Maria", "Lopez", "+12125550101",
                ZoneId.of("America/New_York"), Map.of(), Set.of()), campaign.id(), campaign.name(), campaign.data());
        this.intentStates = intentStates(campaign);
    }

    /** The corpus intents the campaign has a state of that name for: a dialog gone there acted on the intent. */
    static Set<String> intentStates(Campaign campaign) {
        Set<String> states = new HashSet<>(Corpus.INTENTS);
        states.retainAll(campaign.dialog().states().keySet());
        return states;
    }

    /** Loads {@code file}; an invalid campaign is an error naming its problems. */
    public static EvalCampaign load(Path file) {
        LoadResult loaded = CampaignLoader.load(file);
        if (!loaded.valid()) {
            throw new IllegalStateException(file + " is not valid: " + loaded.errors());
        }
        return new EvalCampaign(loaded.campaign());
    }

    public DialogSettings settings() {
        return settings;
    }

    public CalledName calledName() {
        return CalledName.of(context.customer().firstName(), context.customer().lastName());
    }

    /** A new call answered and played up to its first listen; what the robot said is added to {@code said}. */
    public Started start(List<String> said) {
        Dialog dialog = new Dialog(campaign.dialog(), context, settings, Clock.systemUTC());
        return new Started(dialog, play(dialog, dialog.on(new Event.CallAnswered()), said));
    }

    /** A dialog at its first listen, and that listen. */
    public record Started(Dialog dialog, Action.Listen listen) {
    }

    /**
     * The caller's words, then (when the robot asks a confirmation question) the answer the caller gives
     * ({@link #confirmationAnswer}). Returns whether a confirmation was asked.
     */
    public boolean answer(Dialog dialog, Event.Speech words, String label, List<String> replies) {
        play(dialog, dialog.on(words), replies);
        Optional<String> answer = dialog.ended() ? Optional.empty() : confirmationAnswer(settings, replies, label);
        answer.ifPresent(a -> play(dialog, dialog.on(Event.Speech.heard(a, 1.0)), replies));
        return answer.isPresent();
    }

    /**
     * The caller's answer when the robot's replies ask a confirmation question (the engine's default wording of each):
     * to "do you want us to stop calling you?" "yes" for an opt-out line, to "was that a yes?" "yes" for a yes line,
     * otherwise "no"; empty when none was asked.
     */
    static Optional<String> confirmationAnswer(DialogSettings settings, List<String> replies, String label) {
        if (replies.stream().anyMatch(r -> r.contains(settings.confirmOptOut()))) {
            return Optional.of(label.equals("opt_out") ? "yes" : "no");
        }
        if (replies.stream().anyMatch(r -> r.contains(DialogSettings.DEFAULT_CONFIRM_YES))) {
            return Optional.of(label.equals("yes") ? "yes" : "no");
        }
        return Optional.empty();
    }

    /** What the dialog did: the intent state it went to, opt_out when it put the customer on do-not-call, or none. */
    public String outcome(Dialog dialog) {
        return outcome(dialog, intentStates);
    }

    /** What the dialog did, given the campaign's {@link #intentStates(Campaign)}. */
    static String outcome(Dialog dialog, Set<String> intentStates) {
        String state = dialog.currentState();
        return intentStates.contains(state) ? state : dialog.doNotCall() ? "opt_out" : "none";
    }

    /** Finishes every prompt the dialog starts (adding its text to {@code said}); returns the listen it ends in, if any. */
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
