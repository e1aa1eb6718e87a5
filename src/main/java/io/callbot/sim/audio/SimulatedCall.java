package io.callbot.sim.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One simulated caller's connection as seen by a test: what the robot sent, what the caller said and when, and how it
 * ended. Thread-safe: the caller's event loop writes, any thread reads.
 */
public final class SimulatedCall {

    /** One utterance the caller sent: receipt times of its first and last frames' sending ({@link System#nanoTime()}). */
    public record Utterance(long startNanos, long endNanos, int samples) {
    }

    private final UUID callId;
    private final RobotAudioLog robotAudio;
    private final List<Utterance> said = new ArrayList<>();
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private final CompletableFuture<CallerEnd> ended = new CompletableFuture<>();
    private final CompletableFuture<Void> left = new CompletableFuture<>();

    SimulatedCall(UUID callId, boolean keepRobotAudio) {
        this.callId = callId;
        this.robotAudio = new RobotAudioLog(keepRobotAudio);
    }

    public UUID callId() {
        return callId;
    }

    /** What the robot has sent so far (live). */
    public RobotAudioLog robotAudio() {
        return robotAudio;
    }

    /** Completes once the TCP connection is up and the UUID frame was sent. */
    public CompletableFuture<Void> connected() {
        return connected;
    }

    /** Completes once when the connection ends, for whatever reason. */
    public CompletableFuture<CallerEnd> ended() {
        return ended;
    }

    /**
     * The PBX moved the channel on (an AMI Redirect): closes the connection without a hangup frame, as Asterisk does
     * when a channel leaves AudioSocket(); the call ends with {@link CallerOutcome#LEFT_BY_PBX}.
     */
    public void leaveAudio() {
        left.complete(null);
    }

    CompletableFuture<Void> left() {
        return left;
    }

    /** The utterances the caller has finished saying, in order. */
    public synchronized List<Utterance> said() {
        return List.copyOf(said);
    }

    synchronized void utterance(Utterance u) {
        said.add(u);
    }
}
