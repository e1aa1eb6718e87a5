package io.callbot.call;

import io.callbot.asr.BargeIn;
import io.callbot.asr.FinalResult;
import io.callbot.asr.NoInput;
import io.callbot.asr.PartialResult;
import io.callbot.asr.RecognitionEvent;
import io.callbot.asr.RecognitionFailed;
import io.callbot.asr.RecognitionRequest;
import io.callbot.asr.RecognitionSession;
import io.callbot.campaign.Outcome;
import io.callbot.dialog.engine.Action;
import io.callbot.dialog.engine.Dialog;
import io.callbot.dialog.engine.Event;
import io.callbot.media.MediaEndReason;
import io.callbot.media.MediaListener;
import io.callbot.media.MediaSession;
import io.callbot.media.PlaybackOutcome;
import io.callbot.pbx.TransferTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One answered call: feeds media, recognition and PBX events into the call's {@link Dialog} and carries out
 * its actions (speak, listen, transfer, hang up). Media and recognition callbacks arrive on their own threads
 * and are handed at once to the call's serial executor, so the dialog runs on one thread at a time.
 */
final class CallSession implements MediaListener {
    private static final Logger log = LoggerFactory.getLogger(CallSession.class);

    private final CallPlan plan;
    private final MediaSession media;
    private final CallServices services;
    private final SerialExecutor serial;
    private final Dialog dialog;
    private final CallEffects effects = new CallEffects();
    private final PromptSource prompts;
    private final PromptPlayer player;
    private final CallFinisher finisher;
    private final Instant answeredAt;
    private final RecognitionSession recognition;
    private final CallerAudioClock callerAudio = new CallerAudioClock(System::nanoTime);
    /** When the speech the dialog is answering right now ended ({@code System.nanoTime()}), or -1. */
    private long answeringSpeechEndedAt = -1;
    private CallEndReason endReason;
    private Action.Listen lastListen;
    private boolean finished;
    /** How the audio ended, once it has. */
    private MediaEndReason mediaEnd;
    /** The campaign's transfer_to once the dialog transferred the caller, else null. */
    private String transferTarget;
    /** What the PBX said of that transfer, once it has. */
    private TransferOutcome transferOutcome;
    /** What the live view reads from other threads; replaced after each dialog step. */
    private volatile LiveCallState live;
    private final Runnable liveChanged;

    CallSession(CallPlan plan, MediaSession media, CallServices services, CallFinisher finisher, boolean machine,
            Runnable liveChanged) {
        this.plan = plan;
        this.liveChanged = liveChanged;
        this.media = media;
        this.services = services;
        this.finisher = finisher;
        this.serial = new SerialExecutor(services.callPool());
        this.dialog = new Dialog(plan.campaign().dialog(), plan.context(), plan.settings(), services.clock());
        this.answeredAt = services.clock().instant();
        this.live = new LiveCallState(plan.attemptId(), dialog.currentState(), null, answeredAt);
        this.prompts = PromptSource.of(plan, services);
        this.player = new PromptPlayer(media, work -> serial.execute(() -> withMdc(work)), prompts);
        this.recognition = services.recognizer().open(new RecognitionRequest(plan.attemptId().toString(), null,
                services.turn(), event -> serial.execute(() -> withMdc(() -> onRecognition(event)))));
        serial.execute(() -> withMdc(() -> {
            if (machine) {
                feed(new Event.MachineDetected(Event.Verdict.MACHINE));
            }
            feed(new Event.CallAnswered());
        }));
    }

    /** The PBX's answering-machine verdict arrived after the audio connected. */
    void machineVerdict(Event.Verdict verdict) {
        serial.execute(() -> withMdc(() -> feed(new Event.MachineDetected(verdict))));
    }

    @Override
    public void onCallerAudio8kHz(short[] samples8kHz) {
        callerAudio.arrived(samples8kHz.length);
        recognition.accept(samples8kHz, 0, samples8kHz.length);
    }

    @Override
    public void onDtmf(char digit) {
        serial.execute(() -> withMdc(() -> feed(new Event.Dtmf(String.valueOf(digit)))));
    }

    @Override
    public void onPlaybackFinished(long clipId, PlaybackOutcome outcome) {
        serial.execute(() -> withMdc(() -> {
            player.clipFinished(clipId, outcome);
            updateSpeaking();
        }));
    }

    @Override
    public void onEnded(MediaEndReason reason) {
        serial.execute(() -> withMdc(() -> {
            if (!dialog.ended()) {
                feed(new Event.Hangup());
            }
            finish(reason);
        }));
    }

    private void onRecognition(RecognitionEvent event) {
        log.debug("recognition {}", event);
        if (event instanceof FinalResult f) {
            log.info("heard '{}' confidence={} in {}", f.text(), String.format("%.2f", f.confidence()),
                    dialog.currentState());
            answeringSpeechEndedAt = callerAudio.arrivalOf(f.speechEndMillis() * 8).orElse(-1);
            f.secondPass().ifPresent(second -> log.info("second pass heard '{}' ({} ms{})", second.text(),
                    second.decode().toMillis(), second.early() ? ", started early" : ""));
            boolean relistened = !f.text().isBlank() && feed(HeardSpeech.of(f));
            answeringSpeechEndedAt = -1;
            rearmIfStillListening(relistened);
        } else if (event instanceof PartialResult p) {
            feed(Event.Speech.partial(p.text()));
        } else if (event instanceof BargeIn) {
            feed(new Event.BargeIn());
        } else if (event instanceof NoInput) {
            rearmIfStillListening(feed(new Event.NoInputTimeout()));
        } else if (event instanceof RecognitionFailed failed) {
            log.warn("recognition failed: {}", failed);
            rearmIfStillListening(feed(new Event.NoInputTimeout()));
        }
    }

    /**
     * A recognition turn ends with its final result or no-input; when the dialog did not start a new turn
     * (it ignored the event, e.g. while a prompt still plays), keep listening with the last expectation, or
     * the dialog would wait for speech the recognizer no longer listens for.
     */
    private void rearmIfStillListening(boolean dialogListenedAgain) {
        if (!dialogListenedAgain && lastListen != null && !dialog.ended() && !finished) {
            listen(lastListen);
        }
    }

    /** Runs the dialog on one event and performs its actions; returns whether one of them was a Listen. */
    private boolean feed(Event event) {
        if (finished) {
            return false;
        }
        List<Action> actions = dialog.on(event);
        log.debug("{} -> {}", event, actions);
        boolean listens = false;
        for (Action action : actions) {
            perform(action);
            listens |= action instanceof Action.Listen;
        }
        publishLive();
        return listens;
    }

    private void perform(Action action) {
        if (action instanceof Action.Play play) {
            log.debug("saying '{}'", play.text());
            // the robot "speaks" from now on, while the prompt renders too: no-input must not run meanwhile
            recognition.robotSpeaking(true);
            long speechEndedAt = answeringSpeechEndedAt;
            answeringSpeechEndedAt = -1; // the first play answers the caller; later ones follow it
            player.play(play, new PromptPlayer.Listener() {
                @Override
                public void firstSoundQueued() {
                    updateSpeaking();
                    if (speechEndedAt >= 0) {
                        services.observer().responseGap(plan, Duration.ofNanos(System.nanoTime() - speechEndedAt));
                    }
                }

                @Override
                public void finished() {
                    updateSpeaking();
                    feed(new Event.PlaybackFinished(play.playId()));
                }
            });
        } else if (action instanceof Action.Listen listen) {
            listen(listen);
        } else if (action instanceof Action.StopPlayback stop) {
            player.stop(stop.playId());
            updateSpeaking();
        } else if (action instanceof Action.Transfer transfer) {
            transfer(transfer.target());
        } else if (action instanceof Action.Hangup) {
            media.hangup();
        } else if (action instanceof Action.EndCall end) {
            endReason = CallEndReason.of(end.reason());
            log.info("dialog ended: {} outcome={} path={}", end.reason(), dialog.outcome().orElse("-"),
                    dialog.statePath());
        } else if (action instanceof Action.MarkDoNotCall) {
            effects.apply(action);
            finisher.doNotCallNow(plan);
        } else {
            effects.apply(action);
        }
    }

    /** The robot counts as speaking while a clip plays or a prompt renders (barge-in armed, no-input paused). */
    private void updateSpeaking() {
        recognition.robotSpeaking(player.speaking());
    }

    private void listen(Action.Listen listen) {
        lastListen = listen;
        recognition.listen(ListenExpectation.of(listen), services.turn().withNoInput(listen.noInputTimeout()));
        // while the caller talks, render in the background whatever the robot may answer
        int queued = prompts.prefetch(dialog.possibleNextPrompts());
        if (queued > 0) {
            log.debug("prefetching {} sentences in {}", queued, dialog.currentState());
        }
    }

    /**
     * Sends the caller to the transfer target with an AMI Redirect. The PBX then leaves AudioSocket() (the audio ends)
     * and, later, says whether the caller reached someone; the record is written when both have happened.
     */
    private void transfer(String target) {
        transferTarget = target;
        Optional<TransferTarget> parsed = TransferTarget.parse(target);
        if (parsed.isEmpty()) {
            // validate refuses such a campaign; one built some other way must still not leave the caller waiting
            transferDecided(new TransferOutcome(target, false, "'" + target + "' is not a transfer target"));
            return;
        }
        String context = services.transferContext();
        log.info("transferring to {} (Redirect to {},{})", target, context, parsed.get().exten());
        services.dialer().transfer(plan.attemptId(), context, parsed.get().exten())
                .whenComplete((r, e) -> serial.execute(() -> withMdc(() -> transferDecided(r != null
                        ? new TransferOutcome(target, r.reached(), r.cause())
                        : new TransferOutcome(target, false, "the dialer failed: " + e)))));
    }

    private void transferDecided(TransferOutcome outcome) {
        transferOutcome = outcome;
        if (outcome.reached()) {
            log.info("transfer to {} reached someone", outcome.target());
        } else {
            log.warn("transfer to {} failed: {}", outcome.target(), outcome.cause());
        }
        if (mediaEnd != null) {
            writeRecord();
        } else if (!outcome.reached()) {
            media.hangup(); // the caller is still with the robot (the Redirect was refused): end the call
        }
    }

    private void finish(MediaEndReason reason) {
        if (finished) {
            return;
        }
        finished = true;
        mediaEnd = reason;
        recognition.close();
        player.close();
        if (transferTarget != null && transferOutcome == null) {
            log.info("audio ended ({}); waiting for the PBX to say whether the transfer reached someone", reason);
            return;
        }
        writeRecord();
    }

    /**
     * The call's record: a failed transfer gets the outcome {@code transfer_failed} and that outcome's profile changes
     * (if the campaign defines it) instead of the ones the dialog's outcome would have made.
     */
    private void writeRecord() {
        boolean transferFailed = transferOutcome != null && !transferOutcome.reached();
        String outcome = transferFailed ? SystemOutcomes.TRANSFER_FAILED : dialog.outcome().orElse(null);
        Outcome failed = transferFailed ? plan.campaign().outcomes().get(SystemOutcomes.TRANSFER_FAILED) : null;
        CallEndReason reason = transferFailed ? new CallEndReason.TransferFailed()
                : endReason != null ? endReason : new CallEndReason.Media(mediaEnd);
        CallRecord record = new CallRecord(plan, outcome, reason, mediaEnd, dialog.statePath(),
                dialog.transcript(),
                transferFailed ? (failed == null ? List.of() : failed.addTags()) : effects.addTags(),
                transferFailed ? (failed == null ? List.of() : failed.removeTags()) : effects.removeTags(),
                transferFailed ? (failed == null ? Map.of() : failed.setAttributes()) : effects.fields(),
                dialog.callback().map(Action.ScheduleCallback::instant).orElse(null), dialog.doNotCall(), answeredAt,
                services.clock().instant(), transferOutcome);
        log.info("call ended: media={} outcome={}", mediaEnd, record.outcome());
        finisher.finished(record);
    }

    private void withMdc(Runnable r) {
        try (MDC.MDCCloseable call = MDC.putCloseable("call", plan.attemptId().toString());
             MDC.MDCCloseable campaign = MDC.putCloseable("campaign", plan.campaign().id())) {
            r.run();
        }
    }

    /** Publishes the call's state for the live view when it moved or someone spoke. On the call's serial thread. */
    private void publishLive() {
        List<io.callbot.dialog.engine.TranscriptEntry> said = dialog.transcript();
        var last = said.isEmpty() ? null : said.get(said.size() - 1);
        LiveCallState now = new LiveCallState(plan.attemptId(), dialog.currentState(), last, answeredAt);
        if (!now.equals(live)) {
            live = now;
            liveChanged.run();
        }
    }

    LiveCallState live() {
        return live;
    }

    List<String> statePath() {
        return dialog.statePath();
    }
}
