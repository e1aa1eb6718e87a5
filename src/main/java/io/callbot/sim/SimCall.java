package io.callbot.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulated outbound call: plays the persona's behaviour as the event sequence of the real Asterisk 22
 * transcripts. Steps run on the {@link SimTimer}'s threads; all state changes happen under this object's lock.
 */
final class SimCall implements CallControl {

    private static final Logger LOG = LoggerFactory.getLogger(SimCall.class);
    private static final Duration TRYING = Duration.ofMillis(40);
    private static final Duration AMD_HUMAN = Duration.ofMillis(800);
    private static final Duration AMD_MACHINE = Duration.ofMillis(3000);

    private final SimChannel ch;
    private final Persona persona;
    private final Duration ringTimeout;
    private final boolean amd;
    private final SimTimer timer;
    private final AmiEventSink sink;
    private final SimStats stats;
    private final AnsweredCallHandler handler;
    private final Consumer<SimCall> onDone;
    private final List<Runnable> endCallbacks = new ArrayList<>();
    private final List<Runnable> leaveAudioCallbacks = new ArrayList<>();
    private ScheduledFuture<?> pending;
    /** Set once an AMI Redirect took the channel out of AudioSocket(): the dialplan decides its end from then on. */
    private SimTransfer transfer;
    private boolean responded;
    private boolean done;
    private boolean up;
    private long createdNanos;

    SimCall(SimChannel ch, Persona persona, Duration ringTimeout, boolean amd, SimTimer timer, AmiEventSink sink,
            SimStats stats, AnsweredCallHandler handler, Consumer<SimCall> onDone) {
        this.ch = ch;
        this.persona = persona;
        this.ringTimeout = ringTimeout;
        this.amd = amd;
        this.timer = timer;
        this.sink = sink;
        this.stats = stats;
        this.handler = handler;
        this.onDone = onDone;
    }

    String uniqueId() {
        return ch.uniqueId;
    }

    String channelName() {
        return ch.name;
    }

    Persona persona() {
        return persona;
    }

    /** Starts the timeline; called once, right after the Originate was acknowledged. */
    synchronized void start() {
        createdNanos = System.nanoTime();
        if (persona.behaviour() == Behaviour.INVALID_NUMBER) {
            pending = timer.after(TRYING, this::invalidNumber);
            return;
        }
        stats.channelUp(groups());
        up = true;
        emit(ChannelEvents.newChannel(ch));
        ch.variables.forEach((k, v) -> emit(ChannelEvents.varSet(ch, k, v)));
        ch.callerIdKnown = true;
        emit(ChannelEvents.newCallerId(ch));
        emit(ChannelEvents.newConnectedLine(ch));
        emit(ChannelEvents.dialBegin(ch));
        if (persona.behaviour() == Behaviour.UNREACHABLE) {
            pending = timer.after(ringTimeout, this::unreachable);
        } else {
            pending = timer.after(TRYING, this::ringing);
        }
    }

    private synchronized void invalidNumber() {
        if (done) {
            return;
        }
        respond(false, 0);
        finish();
    }

    private synchronized void unreachable() {
        if (done) {
            return;
        }
        emit(ChannelEvents.hangupRequest(ch, 18, 408));
        emit(ChannelEvents.dialEnd(ch, "NOANSWER"));
        emit(ChannelEvents.hangup(ch, 18, 408));
        respond(false, 0);
        finish();
    }

    private synchronized void ringing() {
        if (done) {
            return;
        }
        ch.state = 5;
        emit(ChannelEvents.newState(ch));
        emit(ChannelEvents.dialState(ch, "RINGING"));
        emit(ChannelEvents.deviceState(ch, "RINGING"));
        Behaviour b = persona.behaviour();
        boolean answersInTime = persona.answerDelay().compareTo(ringTimeout) < 0;
        if (b == Behaviour.NO_ANSWER || !answersInTime) {
            pending = timer.after(ringTimeout, this::ringTimeout);
        } else if (b == Behaviour.ANSWER || b == Behaviour.HANGUP_MID_CALL || b == Behaviour.MACHINE) {
            pending = timer.after(persona.answerDelay(), this::answer);
        } else {
            pending = timer.after(persona.answerDelay(), this::refuse);
        }
    }

    private synchronized void ringTimeout() {
        if (done) {
            return;
        }
        respond(false, 3);
        emit(ChannelEvents.hangup(ch, 19, 480));
        emit(ChannelEvents.deviceState(ch, "NOT_INUSE"));
        finish();
    }

    /** Busy, decline, 480 and congestion: the orders differ slightly, as in the transcripts. */
    private synchronized void refuse() {
        if (done) {
            return;
        }
        switch (persona.behaviour()) {
            case BUSY -> {
                respond(false, 0);
                emit(ChannelEvents.hangupRequest(ch, 17, 486));
                emit(ChannelEvents.dialEnd(ch, "BUSY"));
                emit(ChannelEvents.hangup(ch, 17, 486));
            }
            case DECLINE -> refuseWith(21, 603, "NOANSWER");
            case TEMPORARILY_UNAVAILABLE -> refuseWith(19, 480, "NOANSWER");
            case INCOMPATIBLE -> refuseWith(58, 488, "CHANUNAVAIL");
            default -> refuseWith(34, 503, "CONGESTION");
        }
        emit(ChannelEvents.deviceState(ch, "NOT_INUSE"));
        finish();
    }

    private void refuseWith(int cause, int sipCode, String dialStatus) {
        emit(ChannelEvents.hangupRequest(ch, cause, sipCode));
        emit(ChannelEvents.dialEnd(ch, dialStatus));
        respond(false, 0);
        emit(ChannelEvents.hangup(ch, cause, sipCode));
    }

    private synchronized void answer() {
        if (done) {
            return;
        }
        ch.state = 6;
        emit(ChannelEvents.newState(ch));
        emit(ChannelEvents.dialEnd(ch, "ANSWER"));
        emit(ChannelEvents.deviceState(ch, "INUSE"));
        ch.enterDialplan(2);
        respond(true, 4);
        boolean machine = persona.behaviour() == Behaviour.MACHINE;
        if (amd) {
            pending = timer.after(machine ? AMD_MACHINE : AMD_HUMAN, () -> amdDone(machine));
        } else {
            handOver();
        }
    }

    private synchronized void amdDone(boolean machine) {
        if (done) {
            return;
        }
        ch.priority = 4;
        emit(ChannelEvents.amdResult(ch, machine ? "MACHINE" : "HUMAN",
                machine ? "LONGGREETING-1500-1500" : "HUMAN-800-800"));
        handOver();
    }

    /** The dialplan reached AudioSocket(): the media side takes over until one side ends the call. */
    private void handOver() {
        ch.priority = 5;
        String media = ch.variables.get("CALLBOT_MEDIA");
        try {
            handler.answered(ch.uniqueId, media, persona, this);
        } catch (RuntimeException e) {
            LOG.warn("sim call {}: answered-call handler failed, ending the call: {}", ch.uniqueId, e.toString());
            endNow(EndedBy.ROBOT);
        }
    }

    @Override
    public void end(EndedBy by) {
        synchronized (this) {
            if (transfer != null) {
                return; // the audio leg is gone; the dialplan ends the call
            }
        }
        endNow(by);
    }

    /** An AMI Hangup: ends the call wherever it is, a transfer included. */
    void hangUpByAmi() {
        endNow(EndedBy.ROBOT);
    }

    private synchronized void endNow(EndedBy by) {
        if (done) {
            return;
        }
        if (transfer != null) {
            transfer.stop();
        }
        if (ch.state != 6) {
            cancelRinging();
            return;
        }
        if (by == EndedBy.CUSTOMER) {
            emit(ChannelEvents.hangupRequest(ch, null, null));
            emit(ChannelEvents.softHangupRequest(ch, 16));
            emit(ChannelEvents.hangup(ch, 0, null));
        } else {
            emit(ChannelEvents.softHangupRequest(ch, 16));
            emit(ChannelEvents.hangup(ch, 16, null));
        }
        emit(ChannelEvents.deviceState(ch, "NOT_INUSE"));
        finish();
    }

    /** An AMI Hangup of a channel that has not answered yet: Asterisk cancels the dial. */
    private void cancelRinging() {
        if (persona.behaviour() == Behaviour.INVALID_NUMBER) {
            respond(false, 0);
            finish();
            return;
        }
        emit(ChannelEvents.softHangupRequest(ch, 16));
        emit(ChannelEvents.dialEnd(ch, "CANCEL"));
        respond(false, 0);
        emit(ChannelEvents.hangup(ch, 16, null));
        emit(ChannelEvents.deviceState(ch, "NOT_INUSE"));
        finish();
    }

    @Override
    public synchronized boolean ended() {
        return done;
    }

    @Override
    public void onEnd(Runnable callback) {
        boolean runNow;
        synchronized (this) {
            runNow = done;
            if (!done) {
                endCallbacks.add(callback);
            }
        }
        if (runNow) {
            callback.run();
        }
    }

    @Override
    public void onLeaveAudio(Runnable callback) {
        boolean runNow;
        synchronized (this) {
            runNow = transfer != null;
            if (!runNow) {
                leaveAudioCallbacks.add(callback);
            }
        }
        if (runNow) {
            callback.run();
        }
    }

    /**
     * AMI Redirect (a transfer to a person): the channel leaves AudioSocket(), whose connection closes, and runs the
     * dialplan at (context, exten, priority) moments later, as Asterisk's async goto does; false when the channel is
     * not up. Whether the target exists only shows afterwards, as with Asterisk.
     */
    boolean redirect(String context, String exten, int priority, SimPbxConfig config, Agents agents) {
        List<Runnable> leaving;
        synchronized (this) {
            if (done || ch.state != 6) {
                return false;
            }
            if (pending != null) {
                pending.cancel(false);
            }
            if (transfer != null) {
                transfer.stop();
            }
            SimTransfer next = new SimTransfer(this, ch, config, agents, timer);
            transfer = next;
            pending = timer.after(Duration.ofMillis(5), () -> {
                synchronized (this) {
                    if (!done && transfer == next) {
                        next.start(context, exten, priority);
                    }
                }
            });
            leaving = List.copyOf(leaveAudioCallbacks);
            leaveAudioCallbacks.clear();
        }
        leaving.forEach(SimCall::runQuietly);
        return true;
    }

    /** For {@link SimTransfer}: publishes an event of this call (lock held). */
    void emitEvent(AmiFrame event) {
        emit(event);
    }

    /** For {@link SimTransfer}: the next scheduled dialplan step, cancelled if the call ends first (lock held). */
    void pending(ScheduledFuture<?> step) {
        pending = step;
    }

    /** For {@link SimTransfer}: the dialplan hung the channel up with {@code cause} (lock held). */
    void hangUpInDialplan(int cause) {
        emit(ChannelEvents.hangup(ch, cause, null));
        emit(ChannelEvents.deviceState(ch, "NOT_INUSE"));
        finish();
    }

    /** A {@code CoreShowChannel} or {@code Status} list entry for this channel, answering the given ActionID. */
    synchronized AmiFrame listEntry(String event, String actionId) {
        String app = transfer != null ? transfer.application() : ch.state == 6 ? "AudioSocket" : "AppDial";
        return ChannelEvents.listEntry(ch, event, actionId, app, Duration.ofNanos(System.nanoTime() - createdNanos));
    }

    synchronized boolean exists() {
        return !done && persona.behaviour() != Behaviour.INVALID_NUMBER;
    }

    private void respond(boolean success, int reason) {
        if (!responded) {
            responded = true;
            emit(ChannelEvents.originateResponse(ch, success, reason));
            stats.originateResponded(ch.uniqueId);
        }
    }

    private void finish() {
        done = true;
        if (pending != null) {
            pending.cancel(false);
        }
        channelGone();
        onDone.accept(this);
        List<Runnable> callbacks = List.copyOf(endCallbacks);
        endCallbacks.clear();
        callbacks.forEach(SimCall::runQuietly);
    }

    /** The groups the stats count live channels by: the trunk (dial string peer) and the campaign variable. */
    private List<String> groups() {
        String campaign = ch.variables.get("CALLBOT_CAMPAIGN");
        return campaign == null ? List.of("trunk:" + ch.device) : List.of("trunk:" + ch.device, "campaign:" + campaign);
    }

    private static void runQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warn("sim call end callback failed: {}", e.toString());
        }
    }

    private void emit(AmiFrame event) {
        if ("Hangup".equals(event.get("Event")) && ch.uniqueId.equals(event.get("Uniqueid"))) {
            // the channel stops counting before its Hangup is published: a client that frees a slot on the Hangup
            // and dials again at once must not be seen as exceeding its cap
            channelGone();
        }
        sink.emit(event);
    }

    private void channelGone() {
        if (up) {
            up = false;
            stats.channelDown(groups());
        }
    }
}
