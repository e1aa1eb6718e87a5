package io.callbot.dialog.engine;

import io.callbot.dialog.ActionSpec;
import io.callbot.dialog.Branch;
import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.Intent;
import io.callbot.dialog.Message;
import io.callbot.dialog.Recovery;
import io.callbot.dialog.StateSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** What happens when the current playback finishes. */
    private enum After { LISTEN, NEXT, ACTION, VOICEMAIL_DONE, OPT_OUT_DONE }

    private enum Phase { RINGING, TALKING, AWAITING_BEEP, VOICEMAIL, ENDED }

    private final DialogSpec spec;
    private final DialogSettings settings;
    private final IntentMatcher matcher;
    private final TemplateRenderer renderer;
    private final ConditionEvaluator conditions;
    private final CallbackPlanner planner;
    private final CallLog log;
    private final Map<String, Object> callValues = new LinkedHashMap<>();

    private Phase phase = Phase.RINGING;
    private Event.Verdict verdict;
    private StateSpec state;
    private String where;
    private String playId;
    private boolean playing;
    private boolean playInterruptible;
    private After after;
    private boolean listening;
    private boolean callerSpoke;
    private String lastCallerText;
    private int noInputs;
    private int noMatches;
    private int plays;
    private int hops;

    /**
     * @param spec     the campaign's dialog (validated by the loader: every target exists)
     * @param context  the called customer and the campaign's data
     * @param settings machine policy, thresholds, outcome effects
     * @param clock    the time source (callback times, transcript times, "today" in dates)
     */
    public Dialog(DialogSpec spec, DialogContext context, DialogSettings settings, Clock clock) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.settings = Objects.requireNonNull(settings, "settings");
        ProfileValues values = new ProfileValues(context, callValues);
        this.matcher = new IntentMatcher(settings.synonyms(), settings.minMatchScore());
        this.renderer = new TemplateRenderer(values, clock, context.customer().zone());
        this.conditions = new ConditionEvaluator(values, context.customer().tags());
        this.planner = new CallbackPlanner(clock, context.customer().zone(), settings.callbackEarliest(),
                settings.callbackLatest());
        this.log = new CallLog(clock, settings);
        this.where = spec.start();
    }

    /** Handles one event; returns what to do, in order (empty when the event changes nothing). */
    public List<Action> on(Event event) {
        Objects.requireNonNull(event, "event");
        if (phase == Phase.ENDED) {
            return List.of();
        }
        List<Action> out = new ArrayList<>();
        hops = 0;
        if (event instanceof Event.CallAnswered) {
            answered(out);
        } else if (event instanceof Event.MachineDetected m) {
            machineDetected(m.verdict(), out);
        } else if (event instanceof Event.Speech s) {
            speech(s, out);
        } else if (event instanceof Event.Dtmf d) {
            dtmf(d.digit(), out);
        } else if (event instanceof Event.BargeIn) {
            bargeIn(out);
        } else if (event instanceof Event.PlaybackFinished p) {
            playbackFinished(p.playId(), out);
        } else if (event instanceof Event.NoInputTimeout) {
            noInput(out);
        } else if (event instanceof Event.Beep) {
            beep(out);
        } else if (event instanceof Event.Hangup) {
            hungUp(out);
        }
        return List.copyOf(out);
    }

    /** The state the dialog is in (the start state before the call is answered; "voicemail" on a machine). */
    public String currentState() {
        return where;
    }

    /** The states entered so far, in order (repeats included). */
    public List<String> statePath() {
        return log.path();
    }

    /** What the robot and the caller said so far. */
    public List<TranscriptEntry> transcript() {
        return log.transcript();
    }

    /** The outcome set so far (final once {@link #ended()}). */
    public Optional<String> outcome() {
        return Optional.ofNullable(log.outcome());
    }

    /** True once {@link Action.EndCall} was returned. */
    public boolean ended() {
        return phase == Phase.ENDED;
    }

    /** Why the dialog ended, once it has. */
    public Optional<Action.EndReason> endReason() {
        return Optional.ofNullable(log.endReason());
    }

    /** The callback scheduled during the call, if any. */
    public Optional<Action.ScheduleCallback> callback() {
        return Optional.ofNullable(log.callback());
    }

    /** True when the customer was marked do-not-call during the call. */
    public boolean doNotCall() {
        return log.doNotCall();
    }

    // ---- call start and answering machines

    private void answered(List<Action> out) {
        if (phase != Phase.RINGING) {
            return;
        }
        phase = Phase.TALKING;
        if (verdict == Event.Verdict.MACHINE && settings.machinePolicy() != MachinePolicy.TREAT_AS_HUMAN) {
            machine(out);
        } else {
            enter(spec.start(), out);
        }
    }

    private void machineDetected(Event.Verdict v, List<Action> out) {
        if (phase == Phase.RINGING) {
            verdict = v;
        } else if (phase == Phase.TALKING && v == Event.Verdict.MACHINE && !callerSpoke
                && settings.machinePolicy() != MachinePolicy.TREAT_AS_HUMAN) {
            if (playing) {
                stop(out);
            }
            machine(out);
        }
    }

    private void machine(List<Action> out) {
        where = "voicemail";
        log.entered(where);
        listening = false;
        if (settings.machinePolicy() == MachinePolicy.LEAVE_MESSAGE && !spec.voicemail().isEmpty()) {
            phase = Phase.AWAITING_BEEP;
            out.add(new Action.Listen(List.of(), List.of(), settings.greetingSilence(), false));
        } else {
            setOutcome(settings.names().machine(), out);
            out.add(new Action.Hangup());
            finish(Action.EndReason.ANSWERING_MACHINE, out);
        }
    }

    private void beep(List<Action> out) {
        if (phase == Phase.AWAITING_BEEP) {
            phase = Phase.VOICEMAIL;
            play(pieces(spec.voicemail()), false, After.VOICEMAIL_DONE, out);
        }
    }

    // ---- caller input

    private void speech(Event.Speech s, List<Action> out) {
        if (phase != Phase.TALKING || s.text() == null || s.text().isBlank()) {
            return;
        }
        if (!s.isFinal()) {
            bargeIn(out);
            return;
        }
        callerSpoke = true;
        if (!listening) {
            log.callerSaid(where, s.text(), s.confidence(), null, false);
            return;
        }
        if (playing) {
            stop(out);
        }
        lastCallerText = s.text();
        if (s.confidence() < settings.minConfidence()) {
            log.callerSaid(where, s.text(), s.confidence(), null, false);
            recover(false, true, out);
            return;
        }
        Optional<IntentMatch> match = matcher.match(s.text(), candidates());
        log.callerSaid(where, s.text(), s.confidence(), match.map(m -> m.intent().name()).orElse(null), false);
        if (match.isPresent()) {
            follow(match.get().intent(), out);
        } else {
            recover(false, false, out);
        }
    }

    private void dtmf(String digit, List<Action> out) {
        if (phase != Phase.TALKING) {
            return;
        }
        callerSpoke = true;
        if (!listening) {
            log.callerSaid(where, digit, 1.0, null, true);
            return;
        }
        if (playing) {
            stop(out);
        }
        Optional<IntentMatch> match = matcher.matchDtmf(digit, candidates());
        log.callerSaid(where, digit, 1.0, match.map(m -> m.intent().name()).orElse(null), true);
        if (match.isPresent()) {
            follow(match.get().intent(), out);
        } else {
            recover(false, false, out);
        }
    }

    private void bargeIn(List<Action> out) {
        if (phase == Phase.TALKING && playing && playInterruptible && listening) {
            stop(out);
        }
    }

    private void noInput(List<Action> out) {
        if (phase == Phase.AWAITING_BEEP) {
            beep(out);
        } else if (phase == Phase.TALKING && listening && !playing) {
            recover(true, false, out);
        }
    }

    private void playbackFinished(String id, List<Action> out) {
        if (!playing || !id.equals(playId)) {
            return;
        }
        playing = false;
        proceed(after, out);
    }

    /** Does what comes after a state's message (or a reply, or the voicemail message). */
    private void proceed(After then, List<Action> out) {
        switch (then) {
            case LISTEN -> {
                if (!listening) {
                    listen(out);
                }
            }
            case NEXT -> enter(state.next(), out);
            case ACTION -> act(state.action(), out);
            case VOICEMAIL_DONE -> {
                setOutcome(settings.names().voicemail(), out);
                out.add(new Action.Hangup());
                finish(Action.EndReason.VOICEMAIL_LEFT, out);
            }
            case OPT_OUT_DONE -> {
                out.add(new Action.Hangup());
                finish(Action.EndReason.OPTED_OUT, out);
            }
        }
    }

    private void hungUp(List<Action> out) {
        log.outcomeIfNone(settings.names().hungUpPrefix() + where, out);
        finish(Action.EndReason.CALLER_HUNG_UP, out);
    }

    // ---- transitions

    private void follow(Intent intent, List<Action> out) {
        if (state.expect().contains(intent)) {
            enter(state.on().get(intent.name()), out);
            return;
        }
        GlobalIntent global = spec.globals().get(intent.name());
        GlobalKind kind = GlobalKind.of(global.name());
        if (kind == GlobalKind.OPT_OUT) {
            markDoNotCall(out);
            setOutcome(settings.names().optOut(), out);
        }
        if (!global.resumes()) {
            enter(global.target(), out);
        } else if (kind == GlobalKind.OPT_OUT) {
            play(pieces(global.reply()), false, After.OPT_OUT_DONE, out);
        } else {
            if (kind == GlobalKind.CALLBACK) {
                schedule(null, out);
            }
            List<Action.Prompt> reply = new ArrayList<>(pieces(global.reply()));
            reply.addAll(pieces(state.message()));
            play(reply, state.interruptible(), After.LISTEN, out);
        }
    }

    private void enter(String name, List<Action> out) {
        if (++hops > spec.states().size() * 2 + 4) {
            log.outcomeIfNone("script_error", out);
            out.add(new Action.Hangup());
            finish(Action.EndReason.SCRIPT_ERROR, out);
            return;
        }
        state = spec.state(name);
        where = name;
        log.entered(name);
        noInputs = 0;
        noMatches = 0;
        listening = false;
        if (state.outcome() != null) {
            setOutcome(state.outcome(), out);
        }
        for (Branch branch : state.branches()) {
            if (branch.unconditional() || conditions.holds(branch.when())) {
                enter(branch.target(), out);
                return;
            }
        }
        if (state.action() != null && state.action().kind() == ActionSpec.Kind.CALLBACK) {
            schedule(state.action().callbackAfter(), out);
        }
        After then = state.listens() ? After.LISTEN : state.next() != null ? After.NEXT : After.ACTION;
        if (state.message().isEmpty()) {
            proceed(then, out);
        } else {
            play(pieces(state.message()), state.interruptible(), then, out);
        }
    }

    private void act(ActionSpec action, List<Action> out) {
        ActionSpec.Kind kind = action == null ? ActionSpec.Kind.HANGUP : action.kind();
        switch (kind) {
            case HANGUP -> {
                out.add(new Action.Hangup());
                finish(Action.EndReason.COMPLETED, out);
            }
            case TRANSFER -> {
                log.outcomeIfNone(settings.names().transferred(), out);
                out.add(new Action.Transfer(action.transferTo()));
                finish(Action.EndReason.TRANSFERRED, out);
            }
            case CALLBACK -> {
                log.outcomeIfNone(settings.names().callback(), out);
                out.add(new Action.Hangup());
                finish(Action.EndReason.CALLBACK, out);
            }
        }
    }

    /** No input, no match or low confidence: reprompt while reprompts last, then go to the recovery's target. */
    private void recover(boolean noInput, boolean lowConfidence, List<Action> out) {
        Recovery r = noInput ? state.noInput() : state.noMatch();
        if (r == null) {
            r = noInput ? spec.noInput() : spec.noMatch();
        }
        int count = noInput ? ++noInputs : ++noMatches;
        if (r == null || count > r.maxReprompts()) {
            if (r != null && r.target() != null) {
                enter(r.target(), out);
            } else {
                out.add(new Action.Hangup());
                finish(Action.EndReason.COMPLETED, out);
            }
            return;
        }
        List<Action.Prompt> prompt = new ArrayList<>();
        if (lowConfidence) {
            prompt.add(new Action.Prompt(settings.notCaught(), null));
            prompt.addAll(pieces(state.message()));
        } else {
            prompt.addAll(pieces(r.reprompt().isEmpty() ? state.message() : r.reprompt()));
        }
        play(prompt, state.interruptible(), After.LISTEN, out);
    }

    private void finish(Action.EndReason reason, List<Action> out) {
        log.end(reason, out);
        phase = Phase.ENDED;
        playing = false;
        listening = false;
    }

    // ---- helpers

    private void setOutcome(String name, List<Action> out) {
        log.setOutcome(name, out);
    }

    private void markDoNotCall(List<Action> out) {
        log.markDoNotCall(out);
    }

    private void listen(List<Action> out) {
        listening = true;
        out.add(ListenPlanner.listen(spec, state, settings));
    }

    private List<Intent> candidates() {
        return ListenPlanner.candidates(spec, state);
    }

    private void schedule(Duration scriptDelay, List<Action> out) {
        Action.ScheduleCallback callback = planner.plan(lastCallerText, scriptDelay);
        log.callback(callback);
        callValues.put("callback_at", callback.at().toLocalDateTime().toString());
        callValues.put("callback_date", callback.at().toLocalDate().toString());
        callValues.put("callback_time", callback.at().toLocalTime().toString());
        out.add(callback);
    }

    private void play(List<Action.Prompt> prompt, boolean interruptible, After then, List<Action> out) {
        playId = "play-" + (++plays);
        playing = true;
        playInterruptible = interruptible;
        after = then;
        listening = false;
        Action.Play play = new Action.Play(playId, prompt, interruptible);
        out.add(play);
        log.robotSaid(where, play.text());
        if (then == After.LISTEN && interruptible) {
            listen(out);
        }
    }

    private void stop(List<Action> out) {
        out.add(new Action.StopPlayback(playId));
        playing = false;
    }

    private List<Action.Prompt> pieces(Message message) {
        if (message == null || message.isEmpty()) {
            return List.of();
        }
        String text = message.say() == null ? null : renderer.render(message.say());
        return List.of(new Action.Prompt(text, message.prompt()));
    }
}
