package io.callbot.dial;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.asteriskjava.manager.event.AbstractChannelEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.UserEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Turns AMI events into one {@link CallResult} and one {@link CallEnd} per call, keyed by Uniqueid (= the attempt
 * UUID), whatever order the events come in. Every method runs on the single events thread it is given.
 */
final class CallTracker {

    private static final Logger LOG = LoggerFactory.getLogger(CallTracker.class);
    private static final int UP = 6;
    /** How long a failed OriginateResponse waits for the Hangup that carries the real cause. */
    private static final Duration HANGUP_GRACE = Duration.ofSeconds(5);

    private final ScheduledExecutorService exec;
    private final LongSupplier nanos;
    private final AmiSettings settings;
    private final Consumer<TrackedCall> hangupChannel;
    private final DialObserver observer;
    private final Map<String, TrackedCall> calls = new HashMap<>();

    CallTracker(ScheduledExecutorService exec, LongSupplier nanos, AmiSettings settings,
                Consumer<TrackedCall> hangupChannel, DialObserver observer) {
        this.exec = exec;
        this.nanos = nanos;
        this.settings = settings;
        this.hangupChannel = hangupChannel;
        this.observer = observer;
    }

    /** Starts following a call just before its Originate is written. */
    void register(TrackedCall c) {
        c.sentNanos = nanos.getAsLong();
        calls.put(c.uniqueId, c);
        scheduleTimeout(c, c.request.ringTimeout().plus(settings.resultMargin()));
    }

    /** The Originate was never written (link down): forget it, it goes back to the queue. */
    void unregister(TrackedCall c) {
        calls.remove(c.uniqueId, c);
        if (c.timer != null) {
            c.timer.cancel(false);
        }
    }

    /** The direct response to the Originate action (not the OriginateResponse event). */
    void originateAnswered(TrackedCall c, ManagerResponse response) {
        withMdc(c, () -> {
            if (response == null) {
                c.inDoubt = true;
                LOG.warn("originate response lost with the AMI link; call in doubt until reconciled");
            } else if (response instanceof ManagerError) {
                LOG.warn("PBX refused the originate: {}", response.getMessage());
                finish(c, ResultKind.FAILED, null, null, "originate refused: " + response.getMessage());
            }
        });
    }

    /**
     * Starts following a transfer just before its Redirect is written: its verdict completes when the PBX reports the
     * caller reached someone, or that it did not, or after {@code timeout} without a word.
     */
    void watchTransfer(TrackedCall c, String context, String exten, CompletableFuture<TransferResult> verdict,
                       Duration timeout) {
        TransferWatch watch = new TransferWatch(c.request.attemptId(), context, exten, verdict, nanos.getAsLong());
        if (c.ended()) {
            watch.unknown("the call had already ended");
            return;
        }
        c.transfer = watch;
        watch.timer = exec.schedule(() -> withMdc(c, () -> {
            if (!watch.decided()) {
                watch.unknown("the PBX did not report within " + timeout + " whether anyone answered");
                LOG.warn("transfer to {}: {}", watch.target(), watch.describe());
            }
        }), timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The PBX answered the Redirect with an error: the caller was not moved. */
    void transferRefused(TrackedCall c, String why) {
        withMdc(c, () -> {
            if (c.transfer != null && !c.transfer.decided()) {
                c.transfer.refused(why);
                LOG.warn("transfer to {}: {}", c.transfer.target(), c.transfer.describe());
            }
        });
    }

    /** The write of the Originate failed half-way: it may or may not have reached the PBX. */
    void markInDoubt(TrackedCall c) {
        c.inDoubt = true;
    }

    void onEvent(ManagerEvent e) {
        TrackedCall c = callOf(e);
        if (c == null) {
            LOG.debug("AMI event for no call of ours: {}", e.getClass().getSimpleName());
            return;
        }
        withMdc(c, () -> apply(c, e));
    }

    private void apply(TrackedCall c, ManagerEvent e) {
        if (c.transfer != null && !(e instanceof HangupEvent) && c.transfer.onEvent(e, c.uniqueId)) {
            if (c.transfer.decided()) {
                LOG.info("transfer to {}: {}", c.transfer.target(), c.transfer.describe());
            }
            return;
        }
        if (e instanceof NewChannelEvent nc) {
            c.channelSeen = true;
            c.channel = nc.getChannel();
        } else if (e instanceof NewStateEvent ns) {
            if (Integer.valueOf(UP).equals(ns.getChannelState())) {
                answer(c);
            }
        } else if (e instanceof DialEndEvent de) {
            if (c.uniqueId.equals(de.getDestUniqueId()) && "ANSWER".equalsIgnoreCase(de.getDialStatus())) {
                answer(c);
            }
        } else if (e instanceof VarSetEvent vs) {
            if ("AMDSTATUS".equalsIgnoreCase(vs.getVariable())) {
                amd(c, vs.getValue());
            }
        } else if (e instanceof AmdResultEvent amd) {
            amd(c, amd.getStatus());
        } else if (e instanceof OriginateResponseEvent or) {
            originateResponse(c, or);
        } else if (e instanceof HangupEvent h) {
            hangup(c, h);
        }
    }

    private void answer(TrackedCall c) {
        if (c.answered) {
            return;
        }
        c.answered = true;
        c.answeredNanos = nanos.getAsLong();
        c.inDoubt = false;
        if (c.timer != null) {
            c.timer.cancel(false);
        }
        if (!c.request.detectMachine()) {
            settle(c, ResultKind.ANSWERED, null, null, null);
        } else {
            c.timer = exec.schedule(() -> withMdc(c, () -> {
                if (!c.settled()) {
                    settle(c, ResultKind.ANSWERED, null, null, "no AMD verdict within " + settings.amdTimeout());
                }
            }), settings.amdTimeout().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void amd(TrackedCall c, String status) {
        if (c.amdStatus == null) {
            // the verdict may come twice (AMDSTATUS VarSet and an AMDResult UserEvent): count the first
            observer.machineVerdict(c.request, status);
        }
        c.amdStatus = status;
        answer(c);
        if (!c.settled()) {
            settle(c, "MACHINE".equalsIgnoreCase(status) ? ResultKind.VOICEMAIL : ResultKind.ANSWERED, null, null, null);
        }
    }

    private void originateResponse(TrackedCall c, OriginateResponseEvent or) {
        c.originateResponse = or.getResponse();
        c.originateReason = or.getReason();
        if ("Success".equalsIgnoreCase(or.getResponse())) {
            if (or.getChannel() != null) {
                c.channel = or.getChannel();
            }
            answer(c);
        } else if (!c.channelSeen) {
            // no channel was ever created: Asterisk refused the endpoint or number outright
            finish(c, CauseClassifier.fromOriginateReason(or.getReason(), false), null, null,
                    "OriginateResponse " + or.getResponse() + ", Reason " + or.getReason() + ", no channel");
        } else if (!c.ended()) {
            scheduleTimeout(c, HANGUP_GRACE);
        }
    }

    private void hangup(TrackedCall c, HangupEvent h) {
        if (c.ended()) {
            return;
        }
        Integer cause = h.getCause();
        if (c.transfer != null && !c.transfer.decided()) {
            c.transfer.hungUp(cause, nanos.getAsLong());
            LOG.info("transfer to {}: {}", c.transfer.target(), c.transfer.describe());
        }
        String text = h.getCauseTxt();
        if (h instanceof SipHangupEvent sip) {
            c.sipCode = sip.getTechCause();
        }
        if (cause == null) {
            LOG.warn("Hangup without a readable Cause, got: {}", h);
        }
        if (c.answered) {
            if (!c.settled()) {
                settle(c, "MACHINE".equalsIgnoreCase(c.amdStatus) ? ResultKind.VOICEMAIL : ResultKind.ANSWERED,
                        cause, text, null);
            }
            LOG.info("call ended, cause {} ({})", cause, text);
            end(c, cause, text, true);
        } else {
            finish(c, CauseClassifier.unanswered(cause), cause, text,
                    cause == null ? "Hangup without a readable Cause" : null);
        }
    }

    /** The AMI link dropped: every call not yet ended may have changed without us hearing it. */
    void linkDown() {
        int n = 0;
        for (TrackedCall c : calls.values()) {
            if (!c.ended()) {
                c.inDoubt = true;
                n++;
            }
        }
        LOG.warn("AMI link lost with {} call(s) in flight; they are in doubt and will not be dialled again", n);
    }

    /**
     * The link is back and the PBX listed its live channels: calls in doubt whose channel still exists go on being
     * followed; the others ended while we were away and their result is UNKNOWN unless it was already settled.
     */
    void reconcile(Map<String, Integer> liveStates) {
        for (TrackedCall c : List.copyOf(calls.values())) {
            if (!c.inDoubt) {
                continue;
            }
            withMdc(c, () -> {
                c.inDoubt = false;
                Integer state = liveStates.get(c.uniqueId);
                if (state != null) {
                    LOG.info("call still live after reconnect (state {})", state);
                    if (state == UP) {
                        answer(c);
                    } else {
                        scheduleTimeout(c, c.request.ringTimeout().plus(settings.resultMargin()));
                    }
                } else {
                    if (c.transfer != null && !c.transfer.decided()) {
                        c.transfer.unknown("the AMI link dropped during the transfer and the call was gone when it "
                                + "came back");
                    }
                    LOG.warn("call's channel is gone after the AMI link came back; result {}",
                            c.settled() ? "kept" : "UNKNOWN");
                    finish(c, ResultKind.UNKNOWN, null, null, "AMI link lost; channel gone on reconnect");
                }
            });
        }
    }

    int tracked() {
        return calls.size();
    }

    private void timeout(TrackedCall c) {
        if (c.ended() || c.inDoubt || c.answered) {
            return;
        }
        withMdc(c, () -> {
            if (c.originateResponse != null) {
                finish(c, CauseClassifier.fromOriginateReason(c.originateReason, c.channelSeen), null, null,
                        "OriginateResponse " + c.originateResponse + " Reason " + c.originateReason + ", no Hangup");
            } else {
                LOG.warn("no result within the ring timeout + margin; hanging the channel up and settling UNKNOWN");
                hangupChannel.accept(c);
                finish(c, ResultKind.UNKNOWN, null, null, "no result within ring timeout + margin");
            }
        });
    }

    private void scheduleTimeout(TrackedCall c, Duration after) {
        if (c.timer != null) {
            c.timer.cancel(false);
        }
        c.timer = exec.schedule(() -> timeout(c), after.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Settles (unless already settled) and ends the call. */
    private void finish(TrackedCall c, ResultKind outcome, Integer cause, String text, String detail) {
        if (!c.settled()) {
            settle(c, outcome, cause, text, detail);
        }
        end(c, cause, text, outcome != ResultKind.UNKNOWN);
    }

    private void settle(TrackedCall c, ResultKind outcome, Integer cause, String text, String detail) {
        if (cause == null) {
            LOG.info("call settled {}{}", outcome, detail == null ? "" : ": " + detail);
        } else {
            LOG.info("call settled {} cause {} ({}){}", outcome, cause, text, detail == null ? "" : ": " + detail);
        }
        CallResult result = c.resultOf(outcome, cause, text, detail);
        // observed before the future completes, so whoever sees the result also finds it counted
        observer.settled(c.request, result);
        c.handle.result().complete(result);
    }

    private void end(TrackedCall c, Integer cause, String text, boolean known) {
        calls.remove(c.uniqueId, c);
        c.end(cause, text, nanos.getAsLong(), known);
    }

    /**
     * The call an event is about, by Uniqueid: a DialEnd names our channel as its destination (the Originate's dial)
     * or as its caller (a transfer's dial), so both are looked up.
     */
    private TrackedCall callOf(ManagerEvent e) {
        if (e instanceof DialEndEvent de) {
            TrackedCall dest = de.getDestUniqueId() == null ? null : calls.get(de.getDestUniqueId());
            return dest != null || de.getUniqueId() == null ? dest : calls.get(de.getUniqueId());
        }
        String id = uniqueIdOf(e);
        return id == null ? null : calls.get(id);
    }

    private static String uniqueIdOf(ManagerEvent e) {
        if (e instanceof OriginateResponseEvent or) {
            return or.getUniqueId();
        }
        if (e instanceof AbstractChannelEvent ce) {
            return ce.getUniqueId();
        }
        if (e instanceof VarSetEvent vs) {
            return vs.getUniqueId();
        }
        if (e instanceof UserEvent ue) {
            return ue.getUniqueId();
        }
        if (e instanceof NewExtenEvent ne) {
            return ne.getUniqueId();
        }
        if (e instanceof BridgeEnterEvent be) {
            return be.getUniqueId();
        }
        return null;
    }

    static void withMdc(TrackedCall c, Runnable r) {
        try (MDC.MDCCloseable call = MDC.putCloseable("call", c.uniqueId);
             MDC.MDCCloseable campaign = MDC.putCloseable("campaign", c.request.campaignId())) {
            runLogged(r);
        }
    }

    /** Runs {@code r} and logs its failure inside the call's MDC (a catch on the try-with-resources runs outside). */
    private static void runLogged(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ex) {
            LOG.error("call handling failed; the call continues to be followed", ex);
        }
    }
}
