package io.callbot.call;

import io.callbot.asr.BargeIn;
import io.callbot.asr.FinalResult;
import io.callbot.asr.NoInput;
import io.callbot.asr.PartialResult;
import io.callbot.asr.RecognitionEvent;
import io.callbot.asr.RecognitionFailed;
import io.callbot.asr.RecognitionRequest;
import io.callbot.asr.RecognitionSession;
import io.callbot.dialog.engine.Action;
import io.callbot.dialog.engine.Dialog;
import io.callbot.dialog.engine.Event;
import io.callbot.media.MediaEndReason;
import io.callbot.media.MediaListener;
import io.callbot.media.MediaSession;
import io.callbot.media.PlaybackOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    private String endReason;
    private Action.Listen lastListen;
    private boolean finished;

    CallSession(CallPlan plan, MediaSession media, CallServices services, CallFinisher finisher, boolean machine) {
        this.plan = plan;
        this.media = media;
        this.services = services;
        this.finisher = finisher;
        this.serial = new SerialExecutor(services.callPool());
        this.dialog = new Dialog(plan.campaign().dialog(), plan.context(), plan.settings(), services.clock());
        this.answeredAt = services.clock().instant();
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
            endReason = end.reason().name();
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

    private void transfer(String target) {
        String context = services.transferContext();
        String exten = target;
        int comma = target.indexOf(',');
        if (comma > 0) {
            context = target.substring(0, comma);
            exten = target.substring(comma + 1);
        }
        log.info("transferring to {}@{}", exten, context);
        services.dialer().transfer(plan.attemptId(), context, exten).exceptionally(e -> {
            log.warn("transfer failed, hanging up: {}", e.getMessage());
            media.hangup();
            return null;
        });
    }

    private void finish(MediaEndReason reason) {
        if (finished) {
            return;
        }
        finished = true;
        recognition.close();
        player.close();
        CallRecord record = new CallRecord(plan, dialog.outcome().orElse(null),
                endReason != null ? endReason : "MEDIA_" + reason.name(), reason.name(), dialog.statePath(),
                dialog.transcript(), effects.addTags(), effects.removeTags(), effects.fields(),
                dialog.callback().map(Action.ScheduleCallback::instant).orElse(null), dialog.doNotCall(), answeredAt,
                services.clock().instant());
        log.info("call ended: media={} outcome={}", reason, record.outcome());
        finisher.finished(record);
    }

    private void withMdc(Runnable r) {
        MDC.put("call", plan.attemptId().toString());
        MDC.put("campaign", plan.campaign().id());
        try {
            r.run();
        } finally {
            MDC.remove("call");
            MDC.remove("campaign");
        }
    }

    List<String> statePath() {
        return dialog.statePath();
    }
}
