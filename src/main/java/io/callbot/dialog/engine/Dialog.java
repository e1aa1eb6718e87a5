package io.callbot.dialog.engine;

import io.callbot.dialog.DialogSpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One call's conversation: feed it {@link Event}s, do the {@link Action}s it returns, in order. Follows the
 * campaign's {@link DialogSpec}: speaks each state's message, listens for its intents and the active global
 * intents, reprompts on no input / no match / low confidence, follows personalisation branches, handles
 * barge-in and answering machines, and always ends with an outcome and {@link Action.EndCall}. Pure: no
 * I/O, time from the given clock. Not thread-safe: drive each dialog from one thread at a time.
 */
public final class Dialog {

    private enum Phase { RINGING, TALKING, AWAITING_BEEP, VOICEMAIL }

    private final DialogSpec spec;
    private final DialogSettings settings;
    private final Conversation conversation;
    private Phase phase = Phase.RINGING;
    private Event.Verdict verdict;

    /**
     * @param spec     the campaign's dialog (validated by the loader: every target exists)
     * @param context  the called customer and the campaign's data
     * @param settings machine policy, thresholds, outcome effects
     * @param clock    the time source (callback times, transcript times, the year in spoken dates)
     */
    public Dialog(DialogSpec spec, DialogContext context, DialogSettings settings, Clock clock) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.conversation = new Conversation(spec, Objects.requireNonNull(context, "context"), settings,
                Objects.requireNonNull(clock, "clock"));
    }

    /** Handles one event; returns what to do, in order (empty when the event changes nothing). */
    public List<Action> on(Event event) {
        Objects.requireNonNull(event, "event");
        if (conversation.ended()) {
            return List.of();
        }
        List<Action> out = new ArrayList<>();
        conversation.newEvent();
        if (event instanceof Event.CallAnswered) {
            answered(out);
        } else if (event instanceof Event.MachineDetected m) {
            machineDetected(m.verdict(), out);
        } else if (event instanceof Event.PlaybackFinished p) {
            conversation.playbackFinished(p.playId(), out);
        } else if (event instanceof Event.Hangup) {
            conversation.hungUp(out);
        } else if (phase == Phase.AWAITING_BEEP && (event instanceof Event.Beep || event instanceof Event.NoInputTimeout)) {
            phase = Phase.VOICEMAIL;
            conversation.leaveMessage(out);
        } else if (phase == Phase.TALKING) {
            callerEvent(event, out);
        }
        return List.copyOf(out);
    }

    private void callerEvent(Event event, List<Action> out) {
        if (event instanceof Event.Speech s) {
            conversation.speech(s, out);
        } else if (event instanceof Event.Dtmf d) {
            conversation.dtmf(d.digit(), out);
        } else if (event instanceof Event.BargeIn) {
            conversation.bargeIn(out);
        } else if (event instanceof Event.NoInputTimeout) {
            conversation.noInput(out);
        }
    }

    /** The state the dialog is in (the start state before the answer; "voicemail" on a machine). */
    public String currentState() {
        return conversation.where();
    }

    /**
     * The prompts the robot may say after the next event, rendered for this customer: for a listening state, the
     * replies to each intent and active global, the reprompts and where they give up; before the answer, the start
     * state's message; while waiting for a machine's beep, the voicemail message. A hint for synthesizing ahead:
     * pieces with a recording name may also carry text; prompts that depend on values set during the turn
     * ({@code call.*}) are left out. Empty once the dialog ended.
     */
    public List<Action.Prompt> possibleNextPrompts() {
        return switch (phase) {
            case AWAITING_BEEP -> conversation.voicemailPrompts();
            case VOICEMAIL -> List.of();
            case RINGING, TALKING -> conversation.possibleNextPrompts();
        };
    }

    /** The states entered so far, in order (repeats included). */
    public List<String> statePath() {
        return conversation.log().path();
    }

    /** What the robot and the caller said so far. */
    public List<TranscriptEntry> transcript() {
        return conversation.log().transcript();
    }

    /** The outcome set so far (final once {@link #ended()}). */
    public Optional<String> outcome() {
        return Optional.ofNullable(conversation.log().outcome());
    }

    /** True once {@link Action.EndCall} was returned. */
    public boolean ended() {
        return conversation.ended();
    }

    /** Why the dialog ended, once it has. */
    public Optional<Action.EndReason> endReason() {
        return Optional.ofNullable(conversation.log().endReason());
    }

    /** The callback scheduled during the call, if any. */
    public Optional<Action.ScheduleCallback> callback() {
        return Optional.ofNullable(conversation.log().callback());
    }

    /** True when the customer was marked do-not-call during the call. */
    public boolean doNotCall() {
        return conversation.log().doNotCall();
    }

    private void answered(List<Action> out) {
        if (phase != Phase.RINGING) {
            return;
        }
        phase = Phase.TALKING;
        if (verdict == Event.Verdict.MACHINE && settings.machinePolicy() != MachinePolicy.TREAT_AS_HUMAN) {
            machine(out);
        } else {
            conversation.start(out);
        }
    }

    /** A verdict before the answer waits for it; after, it counts only until the caller has said anything. */
    private void machineDetected(Event.Verdict v, List<Action> out) {
        if (phase == Phase.RINGING) {
            verdict = v;
        } else if (phase == Phase.TALKING && v == Event.Verdict.MACHINE && !conversation.callerSpoke()
                && settings.machinePolicy() != MachinePolicy.TREAT_AS_HUMAN) {
            machine(out);
        }
    }

    private void machine(List<Action> out) {
        conversation.toMachine(out);
        if (settings.machinePolicy() == MachinePolicy.LEAVE_MESSAGE && !spec.voicemail().isEmpty()) {
            phase = Phase.AWAITING_BEEP;
            // listen to nothing: the call layer reports the beep, or the silence after the greeting
            out.add(new Action.Listen(List.of(), List.of(), settings.greetingSilence(), false, null));
        } else {
            conversation.log().setOutcome(settings.names().machine(), out);
            out.add(new Action.Hangup());
            conversation.finish(Action.EndReason.ANSWERING_MACHINE, out);
        }
    }
}
