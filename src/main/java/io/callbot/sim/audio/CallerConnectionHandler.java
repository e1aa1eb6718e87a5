package io.callbot.sim.audio;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Plays one caller's script over its AudioSocket connection and records the robot's frames. One instance per channel;
 * everything runs on that channel's event loop (the 20 ms script tick included).
 */
final class CallerConnectionHandler extends SimpleChannelInboundHandler<SimFrame> {

    private static final long FRAME_NANOS = 20_000_000L;
    private static final int FRAME_SAMPLES = 160;
    /** The robot counts as "speaking now" if a speech frame arrived this recently. */
    private static final long SPEAKING_NOW_NANOS = 60_000_000L;

    private final SimulatedCall call;
    private final CallerScript script;
    private ChannelHandlerContext ctx;
    private ScheduledFuture<?> ticker;
    private int stepIndex;
    private long stepStartNanos;
    private int sayOffset;
    private long sayStartNanos;
    private boolean audioSentThisTick;
    private boolean paused;
    private boolean finished;
    private long nextTickNanos;

    CallerConnectionHandler(SimulatedCall call, CallerScript script) {
        this.call = call;
        this.script = script;
    }

    @Override
    public void channelActive(ChannelHandlerContext context) {
        this.ctx = context;
        send(SimFrame.uuid(call.callId()));
        stepStartNanos = System.nanoTime();
        nextTickNanos = stepStartNanos + FRAME_NANOS;
        scheduleNextTick();
        call.connected().complete(null);
        call.left().thenRun(() -> context.executor().execute(() -> end(CallerOutcome.LEFT_BY_PBX,
                "the PBX moved the channel out of AudioSocket()")));
    }

    @Override
    protected void channelRead0(ChannelHandlerContext context, SimFrame frame) {
        long now = System.nanoTime();
        RobotAudioLog log = call.robotAudio();
        if (log.hangupFrameNanos().isPresent()) {
            log.violation(String.format("frame of kind 0x%02x after the hangup frame", frame.kind()));
        }
        switch (frame.kind()) {
            case SimFrame.SLIN_8K -> log.audioFrame(now, frame.payload());
            case SimFrame.HANGUP -> {
                log.hangupFrame(now);
                end(CallerOutcome.ROBOT_HANGUP_FRAME, "robot sent a hangup frame");
            }
            default -> log.violation(String.format("unexpected frame kind 0x%02x (%d bytes) from the robot",
                    frame.kind(), frame.payload().length));
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        end(CallerOutcome.ROBOT_CLOSED, "robot closed the connection");
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        end(CallerOutcome.CONNECTION_ERROR, cause.toString());
    }

    private void scheduleNextTick() {
        ticker = ctx.executor().schedule(this::onTimer, nextTickNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    /** Real time on absolute deadlines; after a stall it skips ahead instead of sending the missed frames in a burst. */
    private void onTimer() {
        if (finished) {
            return;
        }
        long now = System.nanoTime();
        if (now - nextTickNanos > FRAME_NANOS) {
            nextTickNanos = now;
        }
        tick(now);
        nextTickNanos += FRAME_NANOS;
        if (!finished) {
            scheduleNextTick();
        }
    }

    private void tick(long now) {
        audioSentThisTick = false;
        paused = false;
        while (!finished && stepIndex < script.steps().size() && runStep(script.steps().get(stepIndex), now)) {
            stepIndex++;
            stepStartNanos = now;
            sayOffset = 0;
            sayStartNanos = 0;
        }
        if (!finished && !audioSentThisTick && !paused && script.silenceWhenIdle()) {
            send(SimFrame.slin8k(new short[FRAME_SAMPLES], 0, FRAME_SAMPLES));
        }
    }

    /** Advances one step by one tick; true when the step is complete and the next may start at once. */
    private boolean runStep(CallerStep step, long now) {
        if (step instanceof CallerStep.Say s) {
            return say(s, now);
        } else if (step instanceof CallerStep.Silence s) {
            return quiet(s.duration(), true, now);
        } else if (step instanceof CallerStep.Pause p) {
            return quiet(p.duration(), false, now);
        } else if (step instanceof CallerStep.Dtmf d) {
            send(SimFrame.dtmf(d.digit()));
            return true;
        } else if (step instanceof CallerStep.WaitForRobotToSpeak w) {
            return call.robotAudio().firstSpeechAtOrAfter(stepStartNanos, script.speechRmsThreshold()).isPresent()
                    || timedOut(w.timeout(), now, "waitForRobotToSpeak");
        } else if (step instanceof CallerStep.WaitForRobotSilence w) {
            return robotQuietFor(w.quiet(), now) || timedOut(w.timeout(), now, "waitForRobotSilence");
        } else if (step instanceof CallerStep.WaitUntil w) {
            return w.condition().getAsBoolean() || timedOut(w.timeout(), now, "waitUntil");
        } else if (step instanceof CallerStep.WaitForRobotHangup w) {
            return timedOut(w.timeout(), now, "waitForRobotHangup");
        }
        end(CallerOutcome.CALLER_HUNG_UP, "caller hung up");
        return true;
    }

    private boolean say(CallerStep.Say s, long now) {
        if (audioSentThisTick) {
            return false;
        }
        if (s.overRobot() && sayStartNanos == 0 && !robotSpeakingNow(now)) {
            return timedOut(s.timeout(), now, "talkOverRobot");
        }
        if (sayStartNanos == 0) {
            sayStartNanos = now;
        }
        send(SimFrame.slin8k(s.pcm8kHz(), sayOffset, FRAME_SAMPLES));
        audioSentThisTick = true;
        sayOffset += FRAME_SAMPLES;
        if (sayOffset >= s.pcm8kHz().length) {
            call.utterance(new SimulatedCall.Utterance(sayStartNanos, now, s.pcm8kHz().length));
            return true;
        }
        return false;
    }

    /** Silence and pauses last by the clock, so a stalled event loop does not stretch the script. */
    private boolean quiet(Duration duration, boolean sendSilence, long now) {
        if (now - stepStartNanos >= duration.toNanos()) {
            return true;
        }
        if (sendSilence && audioSentThisTick) {
            return false;
        }
        if (sendSilence) {
            send(SimFrame.slin8k(new short[FRAME_SAMPLES], 0, FRAME_SAMPLES));
            audioSentThisTick = true;
        } else {
            paused = true;
        }
        return false;
    }

    private boolean robotSpeakingNow(long now) {
        return call.robotAudio().lastSpeechNanos(script.speechRmsThreshold())
                .orElse(Long.MIN_VALUE) >= now - SPEAKING_NOW_NANOS;
    }

    private boolean robotQuietFor(Duration quiet, long now) {
        long lastSpeech = call.robotAudio().lastSpeechNanos(script.speechRmsThreshold()).orElse(Long.MIN_VALUE);
        return now - Math.max(lastSpeech, stepStartNanos) >= quiet.toNanos();
    }

    private boolean timedOut(Duration timeout, long now, String what) {
        if (now - stepStartNanos >= timeout.toNanos()) {
            end(CallerOutcome.SCRIPT_TIMEOUT, "step " + (stepIndex + 1) + " (" + what + ") timed out after " + timeout);
        }
        return false;
    }

    private void send(SimFrame frame) {
        ByteBuf buf = ctx.alloc().buffer(3 + frame.payload().length);
        frame.writeTo(buf);
        ctx.writeAndFlush(buf, ctx.voidPromise());
    }

    private void end(CallerOutcome outcome, String detail) {
        if (finished) {
            return;
        }
        finished = true;
        if (ticker != null) {
            ticker.cancel(false);
        }
        call.ended().complete(new CallerEnd(outcome, detail, System.nanoTime()));
        if (ctx != null) {
            ctx.close();
        }
    }
}
