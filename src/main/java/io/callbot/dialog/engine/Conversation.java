package io.callbot.dialog.engine;

import io.callbot.dialog.ActionSpec;
import io.callbot.dialog.Branch;
import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.Intent;
import io.callbot.dialog.StateSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.callbot.nlu.CalledName;
import io.callbot.nlu.Interpretation;
import io.callbot.nlu.Question;
import io.callbot.nlu.Role;

/**
 * The talking part of a {@link Dialog}: states, prompts, listening, intents, reprompts, transitions and the
 * end of the call. {@link Dialog} decides which events reach it (none before the answer, none to a
 * machine). Confined to the owning dialog's thread.
 */
final class Conversation {

    /** What happens when the current playback finishes; after a state's message: listen, go on to next, or act. */
    private enum After { LISTEN, NEXT, ACTION, VOICEMAIL_DONE, OPT_OUT_DONE;
        static After message(StateSpec state) {
            return state.listens() ? LISTEN : state.next() != null ? NEXT : ACTION;
        }
    }

    private final DialogSpec spec;
    private final DialogSettings settings;
    private final TemplateRenderer renderer;
    private final ConditionEvaluator conditions;
    private final CallbackPlanner planner;
    private final CallLog log;
    private final Map<String, Object> callValues = new LinkedHashMap<>();

    private StateSpec state;
    private String where;
    private final Playback playback = new Playback();
    private After after;
    private boolean listening;
    private boolean callerSpoke;
    private boolean ended;
    private String lastCallerText;
    private final Reprompts reprompts = new Reprompts();
    private int hops;
    /** Asking whether the caller wants no more calls (opt-out words were heard only in part). */
    private final OptOutConfirmation confirmation = new OptOutConfirmation();
    /** Asking whether the caller said yes (a yes was heard only in part). */
    private final YesConfirmation yesConfirmation = new YesConfirmation();
    private final OptOutOverMessage overMessage;
    private final AnswerReader reader;

    Conversation(DialogSpec spec, DialogContext context, DialogSettings settings, Clock clock) {
        this.spec = spec;
        this.settings = settings;
        ProfileValues values = new ProfileValues(context, callValues);
        this.renderer = new TemplateRenderer(values, clock, context.customer().zone());
        this.conditions = new ConditionEvaluator(values, context.customer().tags());
        this.planner = new CallbackPlanner(clock, context.customer().zone(), settings.callbackEarliest(),
                settings.callbackLatest());
        this.log = new CallLog(clock, settings);
        this.where = spec.start();
        this.reader = new AnswerReader(settings.library(), CalledName.of(context.customer().firstName(),
                context.customer().lastName()), settings.minConfidence());
        this.overMessage = new OptOutOverMessage(spec);
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

    /** What the robot may say after the next event (see {@link NextPrompts}); empty once the call is over. */
    List<Action.Prompt> possibleNextPrompts() {
        if (ended) {
            return List.of();
        }
        NextPrompts next = new NextPrompts(spec, settings, renderer, conditions);
        return state == null ? next.beforeAnswer() : next.after(state, reprompts.noInputs(), reprompts.noMatches());
    }

    /** The rendered pieces of the campaign's voicemail message. */
    List<Action.Prompt> voicemailPrompts() {
        return renderer.prompts(spec.voicemail());
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
        playback.stop(out);
        listening = false;
        where = "voicemail";
        log.entered(where);
    }

    /** Plays the campaign's voicemail message, uninterruptible, then hangs up. */
    void leaveMessage(List<Action> out) {
        play(renderer.prompts(spec.voicemail()), false, After.VOICEMAIL_DONE, out);
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
            overMessage.callerTalking();
            bargeIn(out);
            return;
        }
        List<Intent> candidates = candidates();
        Question question = playback.question(confirmation.asking());
        boolean overPrompt = !listening && playback.playing() && after == After.LISTEN && optOutToConfirm().isPresent();
        Interpretation reading = listening || overPrompt ? reader.read(s, candidates, question) : null;
        if (listening ? overMessage.active() && !overMessage.optOutIn(reading)
                : !(overPrompt && overMessage.optOutIn(reading))) {
            log.callerSaid(where, s.text(), s.confidence(), null, false, s.secondPass());
            if (overMessage.callerDone()) {
                proceed(after, out);
            }
            return;
        }
        callerSpoke = true; // words let be (a machine's greeting over the disclosure, say) leave a later verdict be
        Optional<Intent> intent = reading.intentName().flatMap(n -> candidates.stream()
                .filter(i -> i.name().equals(n)).findFirst());
        overMessage.stop();
        playback.stop(out);
        lastCallerText = s.secondPass() != null ? s.secondPass() : s.text();
        boolean understood = reading.clear() || yesConfirmation.answeredYes(reading);
        log.callerSaid(where, s.text(), s.confidence(), understood ? reading.intent() : null, false, s.secondPass());
        if (confirmation.asking()) {
            confirmed(confirmation.answer(intent, reading.partial()), out);
            return;
        }
        boolean heardWell = reader.heardWell(s);
        if (understood && (heardWell || intent.orElseThrow().role() == Role.OPT_OUT)) {
            follow(intent.orElseThrow(), out);
        } else if (reading.partial() && optOutToConfirm().isPresent()) {
            yesConfirmation.cancel();
            confirmation.begin(s, question); // opt-out words heard in part: ask whether the caller wants no more calls
            play(OptOutConfirmation.question(spec, settings, renderer), true, After.LISTEN, out);
        } else if (yesConfirmation.ask(reading.yesToConfirm() && intent.filter(state.expect()::contains).isPresent())) {
            play(yesConfirmation.question(spec, renderer, state.expect()), true, After.LISTEN, out);
        } else {
            recover(false, !heardWell, out);
        }
    }

    /** The opt-out intent a confirmation is about: the state's own, or the campaign's over a message. */
    private Optional<GlobalIntent> optOutToConfirm() {
        return state.listens() ? OptOutConfirmation.optOutIntent(spec, state) : overMessage.optOut();
    }

    /** Does what the answer to the confirmation decided. */
    private void confirmed(OptOutConfirmation.Verdict verdict, List<Action> out) {
        switch (verdict) {
            case OPT_OUT -> follow(optOutToConfirm().orElseThrow().intent(), out);
            case RESUME -> confirmation.firstAnswer().filter(first -> state.listens()) // what else it said
                    .flatMap(first -> reader.besidesOptOut(first, ListenPlanner.candidates(spec, state)))
                    .ifPresentOrElse(intent -> follow(intent, out), () -> resumeState(List.of(), out));
            case ASK_AGAIN -> play(OptOutConfirmation.question(spec, settings, renderer), true, After.LISTEN, out);
        }
    }

    void dtmf(String digit, List<Action> out) {
        callerSpoke = true;
        Optional<Intent> match = candidates().stream().filter(i -> i.dtmf().contains(digit)).findFirst();
        if (!listening || overMessage.active() && !overMessage.isOptOut(match)) {
            log.callerSaid(where, digit, 1.0, null, true);
            return;
        }
        overMessage.stop();
        playback.stop(out);
        log.callerSaid(where, digit, 1.0, match.map(Intent::name).orElse(null), true);
        if (confirmation.asking()) {
            confirmed(confirmation.answer(match, false), out);
        } else if (match.isPresent()) {
            follow(match.get(), out);
        } else {
            recover(false, false, out);
        }
    }

    void bargeIn(List<Action> out) {
        if (playback.playing() && playback.interruptible() && listening && !overMessage.active()) {
            playback.stop(out);
        }
    }

    void noInput(List<Action> out) {
        if (listening && !playback.playing()) {
            if (overMessage.active()) {
                if (overMessage.callerDone()) {
                    proceed(after, out);
                }
            } else if (confirmation.asking()) {
                confirmed(confirmation.unclear(), out);
            } else if (yesConfirmation.ask(false)) {
                play(yesConfirmation.question(spec, renderer, state.expect()), true, After.LISTEN, out);
            } else {
                recover(true, false, out);
            }
        }
    }

    void playbackFinished(String id, List<Action> out) {
        if (playback.finish(id) && (after != After.ACTION && after != After.NEXT || overMessage.messagePlayed())) {
            proceed(after, out);
        }
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
            case ACTION -> finish(TerminalActions.perform(state.action(), log, settings.names(), out), out);
            case VOICEMAIL_DONE -> {
                log.setOutcome(settings.names().voicemail(), out);
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
        yesConfirmation.cancel();
        if (state.expect().contains(intent)) {
            enter(state.on().get(intent.name()), out);
            return;
        }
        GlobalIntent global = spec.globals().get(intent.name());
        GlobalKind kind = GlobalKind.of(intent);
        if (kind == GlobalKind.OPT_OUT) {
            log.markDoNotCall(out);
            log.setOutcome(settings.names().optOut(), out);
        }
        if (!global.resumes()) {
            enter(global.target(), out);
        } else if (kind == GlobalKind.OPT_OUT) {
            play(renderer.prompts(global.reply()), false, After.OPT_OUT_DONE, out);
        } else {
            if (kind == GlobalKind.CALLBACK) {
                schedule(null, out);
            }
            resumeState(renderer.prompts(global.reply()), out);
        }
    }

    /** Says {@code first}, then the state's message again, and listens (not a reprompt), ends or goes on. */
    private void resumeState(List<Action.Prompt> first, List<Action> out) {
        List<Action.Prompt> reply = new ArrayList<>(first);
        reply.addAll(renderer.prompts(state.message()));
        if (reply.isEmpty()) {
            listen(out);
        } else {
            play(reply, state.interruptible() && state.listens(), After.message(state), out);
        }
    }

    private void enter(String name, List<Action> out) {
        if (++hops > spec.states().size() * 2 + 4) {
            scriptError(out);
            return;
        }
        state = spec.state(name);
        where = name;
        confirmation.cancel();
        yesConfirmation.cancel();
        overMessage.stop();
        log.entered(name);
        reprompts.reset();
        listening = false;
        if (state.outcome() != null) {
            log.setOutcome(state.outcome(), out);
        }
        Optional<String> branch = state.branches().stream()
                .filter(b -> b.unconditional() || conditions.holds(b.when())).map(Branch::target).findFirst();
        if (branch.isPresent()) {
            enter(branch.get(), out);
            return;
        }
        if (state.action() != null && state.action().kind() == ActionSpec.Kind.CALLBACK) {
            schedule(state.action().callbackAfter(), out);
        }
        After then = After.message(state);
        if (state.message().isEmpty()) {
            proceed(then, out);
        } else {
            play(renderer.prompts(state.message()), state.interruptible(), then, out);
            if (then != After.LISTEN && overMessage.begin(state, log.doNotCall())) {
                listen(out);
            }
        }
    }

    /** No input, no match or low confidence: reprompt while reprompts last, then go to the recovery's target. */
    private void recover(boolean noInput, boolean lowConfidence, List<Action> out) {
        yesConfirmation.cancel();
        Optional<List<Action.Prompt>> again = reprompts.next(spec, state, noInput, lowConfidence, renderer, settings);
        if (again.isPresent()) {
            play(again.get(), state.interruptible(), After.LISTEN, out);
            return;
        }
        String target = reprompts.giveUp(spec, state, noInput).target();
        if (target != null) {
            enter(target, out);
        } else {
            out.add(new Action.Hangup());
            finish(Action.EndReason.COMPLETED, out);
        }
    }

    /** The script went round through states that never wait for the caller (the validator should prevent it). */
    private void scriptError(List<Action> out) {
        log.outcomeIfNone("script_error", out);
        out.add(new Action.Hangup());
        finish(Action.EndReason.SCRIPT_ERROR, out);
    }

    void finish(Action.EndReason reason, List<Action> out) {
        log.end(reason, out);
        ended = true;
        playback.clear();
        listening = false;
    }

    private void listen(List<Action> out) {
        listening = true;
        List<Intent> candidates = candidates();
        out.add(ListenPlanner.listen(spec, state, settings, candidates,
                settings.library().compile(IntentSets.candidates(candidates))));
    }

    /** What the caller can say now: the state's intents and globals, or yes / no / opt-out (confirming, unanswered). */
    private List<Intent> candidates() {
        // while a message plays unanswered, yes and no draw what is no opt-out, as while confirming
        Optional<GlobalIntent> optOut = confirmation.asking() ? optOutToConfirm()
                : overMessage.active() ? overMessage.optOut() : Optional.empty();
        return optOut.map(o -> confirmation.candidates(o.intent())).orElseGet(() -> ListenPlanner.candidates(spec, state));
    }

    private void schedule(Duration scriptDelay, List<Action> out) {
        Action.ScheduleCallback callback = planner.plan(lastCallerText, scriptDelay, callValues);
        log.callback(callback);
        out.add(callback);
    }

    private void play(List<Action.Prompt> prompt, boolean interruptible, After then, List<Action> out) {
        after = then;
        listening = false;
        Action.Play play = playback.start(prompt, interruptible);
        out.add(play);
        log.robotSaid(where, play.text());
        if (then == After.LISTEN && interruptible) {
            listen(out);
        }
    }
}
