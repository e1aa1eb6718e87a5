package io.callbot.bench.eval;

import io.callbot.asr.BargeIn;
import io.callbot.asr.FinalResult;
import io.callbot.asr.NoInput;
import io.callbot.asr.PartialResult;
import io.callbot.asr.RecognitionEvent;
import io.callbot.asr.RecognitionFailed;
import io.callbot.asr.RecognitionRequest;
import io.callbot.asr.RecognitionSession;
import io.callbot.asr.SecondPass;
import io.callbot.asr.SpeechRecognizer;
import io.callbot.asr.TurnSettings;
import io.callbot.call.CampaignDialogs;
import io.callbot.call.HeardSpeech;
import io.callbot.call.ListenExpectation;
import io.callbot.campaign.Campaign;
import io.callbot.dialog.engine.Action;
import io.callbot.dialog.engine.Dialog;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.dialog.engine.DialogSettings;
import io.callbot.dialog.engine.Event;
import io.callbot.dialog.engine.TranscriptEntry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * One caller turn through the robot's real recognition and dialog path, the way {@code CallSession} drives them: a
 * recognition session opened idle, the dialog's actions performed (Play arms barge-in, Listen listens with {@link
 * ListenExpectation}), recognition events fed back as the dialog's events. The robot's question "plays" while the
 * line's noise flows; then the caller's line is fed faster than real time (sessions count samples, not wall time) but
 * never ahead of the dialog (a slice at a time, once the one before is heard and reacted to, so what the caller says
 * after a turn ended meets the robot's next listen as it would live), and the dialog's reaction is read: the state it
 * entered (named after the intent), a reprompt (none, unless the caller was still talking and the listen after it hears
 * an intent in the rest of the line), or a confirmation question, which the caller answers in the same voice ("yes" to
 * "do you want us to stop calling you?" for an opt-out, to "was that a yes?" for a yes, "no" otherwise), and answers
 * again when the robot, not sure of the answer, asks it once more (the dialog's rule: a second unclear answer is taken
 * as a yes, so a confirmation is never left hanging). The only class to adapt when recognition gains a second pass or
 * the dialog a confirmation. Thread-safe: each {@link #run} is confined to its calling thread; recognition events reach
 * it through a queue.
 */
public final class TurnRunner {

    /** How long the robot's question plays while the line's audio flows (the VAD learns the line's noise floor). */
    static final Duration QUESTION = Duration.ofMillis(2500);
    static final Duration LEAD = Duration.ofMillis(300);
    /** Quiet after the line: the turn ends after 700 ms of silence, or at once on an expected phrase. */
    static final Duration TRAIL = Duration.ofMillis(1500);
    /**
     * The line is fed this much at a time, each slice only once recognition has heard the one before and the dialog
     * has reacted to what it reported: the robot reacts as it does live, within a slice of the caller's audio, so a
     * caller going on after a turn ended is heard by the next listen, not lost in audio fed ahead of the dialog.
     */
    private static final int SLICE_SAMPLES = 800;
    /** The line flows on in steps of this much while recognition has not decided. */
    private static final Duration STEP = Duration.ofMillis(1000);
    /** A turn that has not ended after this much extra audio is reported as heard nothing (60 s: 4 x max speech). */
    private static final Duration MAX_EXTRA = Duration.ofSeconds(60);
    /** How long to wait for recognition to hear one slice before giving up on the call (a stuck recognizer). */
    private static final Duration SLICE_TIMEOUT = Duration.ofSeconds(120);

    private final SpeechRecognizer recognizer;
    private final Campaign campaign;
    private final DialogContext context;
    private final DialogSettings settings;
    private final TurnSettings turn;
    private final Clock clock = Clock.systemUTC();
    private final Set<String> intentStates;
    private final Set<String> reprompts;

    public TurnRunner(SpeechRecognizer recognizer, Campaign campaign, DialogContext context, TurnSettings turn) {
        this.recognizer = recognizer;
        this.campaign = campaign;
        this.context = context;
        this.settings = CampaignDialogs.settingsFor(campaign);
        this.turn = turn;
        this.intentStates = EvalCampaign.intentStates(campaign);
        this.reprompts = repromptTexts();
    }

    /** The caller answers the robot's first question with {@code text}; {@code label} picks the confirmation. */
    public TurnResult run(String callId, String label, String text, CallerAudio caller) throws InterruptedException {
        try (Call call = new Call(callId, caller)) {
            call.perform(call.dialog.on(new Event.CallAnswered()));
            call.robotSpeaks();
            Answer first = call.answer(caller.says(text));
            Answer rest = call.closingListens() ? call.restOfLine()
                    : call.stillTalking() && call.reprompted(first) ? call.afterReprompt() : null;
            Answer asked = rest != null ? rest : first;
            Optional<String> answer = call.askedConfirmation(asked)
                    ? EvalCampaign.confirmationAnswer(settings, asked.replies(), label) : Optional.empty();
            if (answer.isEmpty()) {
                return call.result(first, rest, null);
            }
            short[] reply = caller.says(answer.get());
            call.robotSpeaks();
            Answer confirmation = call.answer(reply);
            if (confirmation.replies().equals(asked.replies()) && !call.dialog.ended()) {
                // the answer was unclear and the robot asked again, as it does once before taking it as a yes
                call.robotSpeaks();
                confirmation = call.answer(reply);
            }
            return call.result(first, rest, confirmation);
        }
    }

    /**
     * What one caller line got: what was heard (null for nothing), the robot's lines in reply, and the time from the
     * end of the speech heard to the final result, in caller-audio ms (-1 without one).
     */
    private record Answer(FinalResult heard, List<String> replies, long gapMillis, String stateBefore,
            String stateAfter) {
    }

    /** One simulated call: its dialog, its recognition session and the audio fed so far. */
    private final class Call implements AutoCloseable {
        private final CallerAudio caller;
        private final Dialog dialog = new Dialog(campaign.dialog(), context, settings, clock);
        private final BlockingQueue<RecognitionEvent> events = new LinkedBlockingQueue<>();
        private final RecognitionSession session;
        private final List<String> said = new ArrayList<>();
        private Action.Listen lastListen;
        private String playing;
        /** The last Listen came while a prompt played (the prompt is interruptible, or a closing message). */
        private boolean listensWhilePlaying;
        private long fedSamples;
        /** The caller's audio not fed yet: a caller goes on talking whatever the robot does meanwhile. */
        private final UnsentAudio line = new UnsentAudio();
        /** Where the caller's speech of the line being said ends, in samples fed. */
        private long speechEndsAt;
        /** The event that ended the caller's turn (a final result, no input, a failure) not yet answered for. */
        private RecognitionEvent turnEnd;

        Call(String callId, CallerAudio caller) {
            this.caller = caller;
            this.session = recognizer.open(new RecognitionRequest(callId, null, turn, events::add));
        }

        /**
         * The robot's pending prompt plays for {@link #QUESTION} while the line flows (the rest of the caller's line
         * first, when they are still talking), then finishes.
         */
        void robotSpeaks() throws InterruptedException {
            drainAvailable();
            if (playing == null) {
                return;
            }
            long talking = line.size() / 8;
            if (talking < QUESTION.toMillis()) {
                line.add(caller.quiet(QUESTION.minusMillis(talking)));
            }
            feedLine();
            session.robotSpeaking(false);
            String id = playing;
            playing = null;
            if (id != null) {
                perform(dialog.on(new Event.PlaybackFinished(id)));
            }
        }

        /**
         * The caller says {@code speech} (after what is left of their line) with a little quiet around it; returns
         * once the dialog has reacted to the turn it ended. What the caller says after the turn ended stays on the
         * line for whatever the robot does next.
         */
        Answer answer(short[] speech) throws InterruptedException {
            int repliesBefore = said.size();
            String stateBefore = dialog.currentState();
            line.add(caller.quiet(LEAD));
            line.add(speech);
            speechEndsAt = fedSamples + line.size();
            line.add(caller.quiet(TRAIL));
            long extra = 0;
            while (turnEnd == null && extra < MAX_EXTRA.toMillis() * 8) {
                if (line.isEmpty()) {
                    short[] more = caller.quiet(STEP);
                    line.add(more);
                    extra += more.length;
                }
                feedSlice();
            }
            FinalResult heard = turnEnd instanceof FinalResult f ? f : null;
            turnEnd = null;
            return new Answer(heard, replies(repliesBefore),
                    heard == null ? -1 : heard.atMillis() - heard.speechEndMillis(), stateBefore,
                    dialog.currentState());
        }

        private List<String> replies(int from) {
            return List.copyOf(said.subList(from, said.size()));
        }

        /** Mirrors CallSession.onRecognition. */
        private void onRecognition(RecognitionEvent event) {
            // a line's turn ends with words or with no input; a noise heard before the line counts as its answer
            if (turnEnd == null && (event instanceof FinalResult || event instanceof NoInput
                    || event instanceof RecognitionFailed)) {
                turnEnd = event;
            }
            if (event instanceof FinalResult f) {
                boolean relistened = !f.text().isBlank() && perform(dialog.on(HeardSpeech.of(f)));
                rearm(relistened);
            } else if (event instanceof PartialResult p) {
                perform(dialog.on(Event.Speech.partial(p.text())));
            } else if (event instanceof BargeIn) {
                perform(dialog.on(new Event.BargeIn()));
            } else if (event instanceof NoInput || event instanceof RecognitionFailed) {
                rearm(perform(dialog.on(new Event.NoInputTimeout())));
            }
        }

        private void rearm(boolean listenedAgain) {
            if (!listenedAgain && lastListen != null && !dialog.ended()) {
                listen(lastListen);
            }
        }

        /** Performs the dialog's actions as the call layer does; returns whether one was a Listen. */
        boolean perform(List<Action> actions) {
            boolean listens = false;
            for (Action action : actions) {
                if (action instanceof Action.Play play) {
                    playing = play.playId();
                    said.add(play.text());
                    session.robotSpeaking(true);
                } else if (action instanceof Action.StopPlayback) {
                    playing = null;
                    session.robotSpeaking(false);
                } else if (action instanceof Action.Listen listen) {
                    listen(listen);
                    listens = true;
                    listensWhilePlaying = playing != null;
                }
            }
            return listens;
        }

        private void listen(Action.Listen listen) {
            lastListen = listen;
            session.listen(ListenExpectation.of(listen), turn.withNoInput(listen.noInputTimeout()));
        }

        /**
         * Asked something that is neither one of the reprompts nor the message of a newly entered intent's state: a
         * confirmation question (in the state where the answer was given, or in a closing state).
         */
        boolean askedConfirmation(Answer answer) {
            boolean stayed = answer.stateAfter().equals(answer.stateBefore());
            return !dialog.ended() && (!intentStates.contains(dialog.currentState()) || stayed)
                    && !answer.replies().isEmpty() && answer.replies().stream().noneMatch(reprompts::contains);
        }

        /** The dialog entered an intent's state whose closing message listens for an opt-out while it plays. */
        boolean closingListens() {
            return !dialog.ended() && playing != null && listensWhilePlaying
                    && intentStates.contains(dialog.currentState());
        }

        /** The caller's turn ended before their speech did: they are still talking. */
        boolean stillTalking() {
            return fedSamples < speechEndsAt;
        }

        /** The robot's reaction to {@code answer} was to ask again (it understood nothing it could act on). */
        boolean reprompted(Answer answer) {
            return !dialog.ended() && !answer.replies().isEmpty()
                    && answer.replies().stream().allMatch(reprompts::contains);
        }

        /**
         * What the robot hears once its reprompt has played while the caller went on with their line: the rest of the
         * line, as far as the listen after the prompt picks it up (a final result, or no input).
         */
        Answer afterReprompt() throws InterruptedException {
            robotSpeaks();
            return answer(new short[0]);
        }

        /**
         * What the caller says while the closing message plays (the rest of their line, from where their turn
         * ended): a final result, or no input (counted as if the message had ended).
         */
        Answer restOfLine() throws InterruptedException {
            session.robotSpeaking(false);
            return answer(new short[0]);
        }

        TurnResult result(Answer first, Answer rest, Answer confirmation) {
            String predicted = EvalCampaign.outcome(dialog, intentStates);
            TranscriptEntry line = firstCallerLine();
            String heard = heard(first)
                    + (rest != null && rest.heard() != null ? TurnResult.REST_OF_LINE + heard(rest) : "");
            return new TurnResult(predicted, heard, line == null ? null : line.intent(), confirmation != null,
                    confirmation == null ? null : heard(confirmation), secondPass(first), first.gapMillis(),
                    dialog.callback().map(Action.ScheduleCallback::requested).orElse(false), fedSamples / 8000.0,
                    first.heard() == null ? List.of()
                            : first.heard().secondPass().map(SecondPass::alternatives).orElse(List.of()));
        }

        private TranscriptEntry firstCallerLine() {
            return dialog.transcript().stream().filter(t -> t.speaker() == TranscriptEntry.Speaker.CALLER).findFirst()
                    .orElse(null);
        }

        private boolean secondPass(Answer answer) {
            return answer.heard() != null && answer.heard().secondPass().isPresent();
        }

        /** What was heard: the grammar pass's words, then the free-form pass's when one ran. */
        private String heard(Answer a) {
            if (a.heard() == null) {
                return TurnResult.NOTHING_HEARD;
            }
            return a.heard().text() + a.heard().secondPass().map(p -> TurnResult.PASSES + p.text()).orElse("");
        }

        /** Feeds all of the caller's line not fed yet. */
        private void feedLine() throws InterruptedException {
            while (!line.isEmpty()) {
                feedSlice();
            }
        }

        /**
         * Feeds one slice of the caller's line in 20 ms frames (as AudioSocket brings them), waits until recognition
         * has heard it, then lets the dialog react to what it reported, so the next slice meets the robot's reaction
         * as it would live.
         */
        private void feedSlice() throws InterruptedException {
            short[] slice = line.take(SLICE_SAMPLES);
            for (int i = 0; i < slice.length; i += 160) {
                session.accept(slice, i, Math.min(160, slice.length - i));
            }
            fedSamples += slice.length;
            long deadline = System.nanoTime() + SLICE_TIMEOUT.toNanos();
            while (session.queuedMillis() > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("recognition did not hear a slice in " + SLICE_TIMEOUT);
                }
                LockSupport.parkNanos(200_000);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            drainAvailable();
        }

        private void drainAvailable() {
            for (RecognitionEvent e = events.poll(); e != null; e = events.poll()) {
                onRecognition(e);
            }
        }

        @Override
        public void close() {
            session.close();
        }
    }

    /** The robot's reprompts (no match, low confidence, no input), learnt by asking the campaign's own dialog. */
    private Set<String> repromptTexts() {
        Set<String> texts = new HashSet<>();
        List<Event> unheard = List.of(Event.Speech.heard("xylophone quagmire", 1.0),
                Event.Speech.heard("xylophone quagmire", 0.0), new Event.NoInputTimeout());
        for (Event event : unheard) {
            Dialog probe = new Dialog(campaign.dialog(), context, settings, clock);
            List<Action> actions = new ArrayList<>(probe.on(new Event.CallAnswered()));
            for (Action a : List.copyOf(actions)) {
                if (a instanceof Action.Play p) {
                    actions.addAll(probe.on(new Event.PlaybackFinished(p.playId())));
                }
            }
            probe.on(event).stream().filter(a -> a instanceof Action.Play).map(a -> ((Action.Play) a).text())
                    .forEach(texts::add);
        }
        return texts;
    }
}
