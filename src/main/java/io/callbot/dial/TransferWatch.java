package io.callbot.dial;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.VarSetEvent;

/**
 * Follows one transfer after its AMI Redirect until the PBX says whether the caller reached someone: the caller's
 * channel dialling an answered person ({@code DialEnd ANSWER}, {@code BridgeEnter}) means reached; its {@code Hangup}
 * before that means failed, with the cause the events show: no step ran in the target (the extension does not exist:
 * Asterisk accepts any Redirect and hangs up afterwards), {@code QUEUESTATUS} / {@code DIALSTATUS}, or the caller
 * hanging up while waiting. Confined to the dialer's events thread.
 */
final class TransferWatch {

    private static final Map<String, String> QUEUE_STATUS = Map.of(
            "TIMEOUT", "nobody answered in time",
            "JOINEMPTY", "no agent could take calls, so the caller was not let in",
            "LEAVEEMPTY", "every agent left the queue",
            "JOINUNAVAIL", "every agent was unavailable",
            "LEAVEUNAVAIL", "every agent became unavailable",
            "FULL", "the queue was full",
            "UNKNOWN", "the PBX has no such queue");
    private static final Map<String, String> DIAL_STATUS = Map.of(
            "BUSY", "busy",
            "NOANSWER", "nobody answered",
            "CHANUNAVAIL", "the phone is unavailable (not registered, or no such endpoint)",
            "CONGESTION", "congestion",
            "CANCEL", "cancelled");

    private final UUID attemptId;
    private final String context;
    private final String exten;
    private final CompletableFuture<TransferResult> verdict;
    private final long startNanos;
    private String application;
    private String queueStatus;
    private String dialStatus;
    ScheduledFuture<?> timer;

    TransferWatch(UUID attemptId, String context, String exten, CompletableFuture<TransferResult> verdict,
                  long startNanos) {
        this.attemptId = attemptId;
        this.context = context;
        this.exten = exten;
        this.verdict = verdict;
        this.startNanos = startNanos;
    }

    String target() {
        return context + "," + exten;
    }

    boolean decided() {
        return verdict.isDone();
    }

    /** The verdict in words, for the log. */
    String describe() {
        TransferResult r = verdict.getNow(null);
        return r == null ? "pending" : r.reached() ? "reached (the PBX bridged the caller)" : "failed: " + r.cause();
    }

    /** Takes the events of the caller's channel that tell the transfer's progress; true when it used the event. */
    boolean onEvent(ManagerEvent e, String uniqueId) {
        if (decided()) {
            return false;
        }
        if (e instanceof NewExtenEvent ne && context.equals(ne.getContext()) && !"AppDial2".equals(ne.getApplication())) {
            application = ne.getApplication();
            return true;
        }
        if (e instanceof VarSetEvent vs && vs.getVariable() != null) {
            switch (vs.getVariable()) {
                case "QUEUESTATUS" -> queueStatus = vs.getValue();
                case "DIALSTATUS" -> dialStatus = vs.getValue();
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (e instanceof DialEndEvent de && uniqueId.equals(de.getUniqueId())) {
            if ("ANSWER".equalsIgnoreCase(de.getDialStatus())) {
                reached();
            } else {
                dialStatus = de.getDialStatus();
            }
            return true;
        }
        if (e instanceof BridgeEnterEvent be && uniqueId.equals(be.getUniqueId())) {
            reached();
            return true;
        }
        return false;
    }

    private void reached() {
        if (timer != null) {
            timer.cancel(false);
        }
        verdict.complete(TransferResult.reached(attemptId, target()));
    }

    /** The PBX refused the Redirect itself (e.g. Permission denied, no such channel). */
    void refused(String why) {
        fail("the PBX refused the Redirect: " + why, null);
    }

    /** The caller's channel hung up. */
    void hungUp(Integer cause, long nowNanos) {
        if (decided()) {
            return;
        }
        String why;
        if (application == null) {
            why = "extension " + exten + " of context " + context + " does not exist in the PBX's dialplan (Asterisk "
                    + "took the Redirect, then hung the caller up)";
        } else if (queueStatus != null) {
            why = "queue " + queueStatus + ": " + QUEUE_STATUS.getOrDefault(queueStatus, "no agent answered");
        } else if (dialStatus != null && !"ANSWER".equalsIgnoreCase(dialStatus)) {
            why = "dial " + dialStatus + ": " + DIAL_STATUS.getOrDefault(dialStatus, "nobody answered");
        } else if (cause != null && cause == 0) {
            why = "the caller hung up after " + Duration.ofNanos(nowNanos - startNanos).toSeconds() + " s in "
                    + application + " before anyone answered";
        } else {
            why = "the call ended in " + application + " before anyone answered";
        }
        fail(why, cause);
    }

    /** The PBX never said, within the dialer's limit or before the AMI link dropped. */
    void unknown(String why) {
        fail(why, null);
    }

    private void fail(String why, Integer cause) {
        if (timer != null) {
            timer.cancel(false);
        }
        verdict.complete(TransferResult.failed(attemptId, target(), why, cause));
    }
}
