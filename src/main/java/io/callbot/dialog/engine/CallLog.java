package io.callbot.dialog.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What one dialog has done so far (the states it went through, the transcript, the outcome, do-not-call,
 * the callback, how it ended) and the profile actions that follow from the outcome. Confined to the owning
 * dialog's thread.
 */
final class CallLog {

    private final Clock clock;
    private final DialogSettings settings;
    private final List<String> path = new ArrayList<>();
    private final List<TranscriptEntry> transcript = new ArrayList<>();
    private String outcome;
    private boolean doNotCall;
    private Action.EndReason endReason;
    private Action.ScheduleCallback callback;

    CallLog(Clock clock, DialogSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    void entered(String state) {
        path.add(state);
    }

    void robotSaid(String state, String text) {
        transcript.add(new TranscriptEntry(clock.instant(), TranscriptEntry.Speaker.ROBOT, state, text, 1.0, null, false));
    }

    void callerSaid(String state, String text, double confidence, String intent, boolean keyed) {
        callerSaid(state, text, confidence, intent, keyed, null);
    }

    void callerSaid(String state, String text, double confidence, String intent, boolean keyed, String secondPass) {
        transcript.add(new TranscriptEntry(clock.instant(), TranscriptEntry.Speaker.CALLER, state, text, confidence,
                intent, keyed, secondPass));
    }

    /** Sets the outcome (the last one wins); an outcome that means do-not-call marks it at once. */
    void setOutcome(String name, List<Action> out) {
        outcome = name;
        out.add(new Action.SetOutcome(name));
        if (settings.effectOf(name).doNotCall()) {
            markDoNotCall(out);
        }
    }

    void outcomeIfNone(String name, List<Action> out) {
        if (outcome == null) {
            setOutcome(name, out);
        }
    }

    /** Marks do-not-call once. */
    void markDoNotCall(List<Action> out) {
        if (!doNotCall) {
            doNotCall = true;
            out.add(new Action.MarkDoNotCall());
        }
    }

    void callback(Action.ScheduleCallback scheduled) {
        callback = scheduled;
    }

    /**
     * Ends the log: the outcome's profile effects, then {@link Action.EndCall}. A call that marked
     * do-not-call and then simply ended counts as opted out.
     */
    void end(Action.EndReason reason, List<Action> out) {
        outcomeIfNone(settings.names().completed(), out);
        OutcomeEffect effect = settings.effectOf(outcome);
        if (!effect.addTags().isEmpty()) {
            out.add(new Action.AddTags(effect.addTags()));
        }
        if (!effect.removeTags().isEmpty()) {
            out.add(new Action.RemoveTags(effect.removeTags()));
        }
        if (!effect.setFields().isEmpty()) {
            out.add(new Action.SetProfileFields(effect.setFields()));
        }
        boolean optedOut = doNotCall
                && (reason == Action.EndReason.COMPLETED || reason == Action.EndReason.CALLER_HUNG_UP);
        endReason = optedOut ? Action.EndReason.OPTED_OUT : reason;
        out.add(new Action.EndCall(endReason));
    }

    List<String> path() {
        return List.copyOf(path);
    }

    List<TranscriptEntry> transcript() {
        return List.copyOf(transcript);
    }

    String outcome() {
        return outcome;
    }

    boolean doNotCall() {
        return doNotCall;
    }

    Action.EndReason endReason() {
        return endReason;
    }

    Action.ScheduleCallback callback() {
        return callback;
    }
}
