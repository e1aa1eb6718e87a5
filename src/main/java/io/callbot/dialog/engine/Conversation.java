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
import java.util.Optional;

/**
 * The talking part of a {@link Dialog}: states, prompts, listening, intents, reprompts, transitions and the
 * end of the call. {@link Dialog} decides which events reach it (none before the answer, none to a
 * machine). Confined to the owning dialog's thread.
 */
final class Conversation {

    /** What happens when the current playback finishes. */
    private enum After { LISTEN, NEXT, ACTION, VOICEMAIL_DONE, OPT_OUT_DONE }

    private final DialogSpec spec;
    private final DialogSettings settings;
    private final IntentMatcher matcher;
    private final TemplateRenderer renderer;
    private final ConditionEvaluator conditions;
    private final CallbackPlanner planner;
    private final CallLog log;
    private final Map<String, Object> callValues = new LinkedHashMap<>();

    private StateSpec state;
    private String where;
    private String playId;
    private boolean playing;
    private boolean playInterruptible;
    private After after;
    private boolean listening;
    private boolean callerSpoke;
    private boolean ended;
    private String lastCallerText;
    private int noInputs;
    private int noMatches;
    private int plays;
    private int hops;

    Conversation(DialogSpec spec, DialogContext context, DialogSettings settings, Clock clock) {
        this.spec = spec;
        this.settings = settings;
        ProfileValues values = new ProfileValues(context, callValues);
        this.matcher = new IntentMatcher(settings.synonyms(), settings.minMatchScore());
        this.renderer = new TemplateRenderer(values, clock, context.customer().zone());
        this.conditions = new ConditionEvaluator(values, context.customer().tags());
        this.planner = new CallbackPlanner(clock, context.customer().zone(), settings.callbackEarliest(),
                settings.callbackLatest());
        this.log = new CallLog(clock, settings);
        this.where = spec.start();
    }

    CallLog log() {
        return log;
    }

    String where() {
        return where;
    }

    boolean ended() {
        return ended;
    }

    /** True once the caller said or keyed anything (a machine verdict after that is ignored). */
    boolean callerSpoke() {
        return callerSpoke;
    }

    /** Starts a new event: the loop guard counts state entries per event. */
    void newEvent() {
        hops = 0;
    }

    /** Enters the start state. */
    void start(List<Action> out) {
        enter(spec.start(), out);
    }

    /** Leaves the script for the answering machine: the call is in pseudo-state "voicemail" from now on. */
    void toMachine(List<Action> out) {
        stop(out);
        listening = false;
        where = "voicemail";
        log.entered(where);
    }

    /** Plays the campaign's voicemail message, uninterruptible, then hangs up. */
    void leaveMessage(List<Action> out) {
        play(pieces(spec.voicemail()), false, After.VOICEMAIL_DONE, out);
    }

    /** The caller hung up: an outcome that says where, unless the script set one. */
    void hungUp(List<Action> out) {
        log.outcomeIfNone(settings.names().hungUpPrefix() + where, out);
        finish(Action.EndReason.CALLER_HUNG_UP, out);
    }

    void speech(Event.Speech s, List<Action> out) {
        if (s.text() == null || s.text().isBlank()) {
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
        stop(out);
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

    void dtmf(String digit, List<Action> out) {
        callerSpoke = true;
        if (!listening) {
            log.callerSaid(where, digit, 1.0, null, true);
            return;
        }
        stop(out);
        Optional<IntentMatch> match = matcher.matchDtmf(digit, candidates());
        log.callerSaid(where, digit, 1.0, match.map(m -> m.intent().name()).orElse(null), true);
        if (match.isPresent()) {
            follow(match.get().intent(), out);
        } else {
            recover(false, false, out);
        }
    }

    void bargeIn(List<Action> out) {
        if (playing && playInterruptible && listening) {
            stop(out);
        }
    }

    void noInput(List<Action> out) {
        if (listening && !playing) {
            recover(true, false, out);
        }
    }

    void playbackFinished(String id, List<Action> out) {
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

    void finish(Action.EndReason reason, List<Action> out) {
        log.end(reason, out);
        ended = true;
        playing = false;
        listening = false;
    }

    void setOutcome(String name, List<Action> out) {
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

    /** Stops the current playback, if any (barge-in, or an answering machine detected mid-prompt). */
    void stop(List<Action> out) {
        if (playing) {
            out.add(new Action.StopPlayback(playId));
            playing = false;
        }
    }

    private List<Action.Prompt> pieces(Message message) {
        if (message == null || message.isEmpty()) {
            return List.of();
        }
        String text = message.say() == null ? null : renderer.render(message.say());
        return List.of(new Action.Prompt(text, message.prompt()));
    }
}
