package io.callbot.dial;

import io.callbot.config.DaemonThreads;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Dialer} on Asterisk's AMI through Asterisk-Java: paced, capped async Originates, one result per call
 * from the events, reconciliation after link loss. Threads: Asterisk-Java's reader (hands off at once), one events
 * thread that owns all call state, the pacer thread, and one control thread for CoreShowChannels.
 */
public final class AmiDialer implements Dialer {

    private static final Logger LOG = LoggerFactory.getLogger(AmiDialer.class);
    private static final int REMEMBERED_ATTEMPTS = 100_000;

    private final ScheduledExecutorService events = singleThread("ami-events");
    private final ScheduledExecutorService control = singleThread("ami-control");
    private final Map<UUID, TrackedCall> calls = new ConcurrentHashMap<>();
    private final Map<UUID, Boolean> finished = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
            return size() > REMEMBERED_ATTEMPTS;
        }
    });
    private final AmiLink link;
    private final CallTracker tracker;
    private final DialQueue queue;
    private final DialObserver observer;
    private final String user;
    private final java.time.Duration transferTimeout;
    private volatile boolean dispatchOpen;
    private volatile OriginateGate gate = OriginateGate.OPEN;

    /** A dialer that paces with the system's nanosecond clock. Call {@link #start()} to log in. */
    public AmiDialer(AmiSettings settings, DialLimits limits) {
        this(settings, limits, DialObserver.NONE);
    }

    /** A dialer that tells {@code observer} of its originates, results and AMD verdicts. */
    public AmiDialer(AmiSettings settings, DialLimits limits, DialObserver observer) {
        this(settings, limits, System::nanoTime, observer);
    }

    /** A dialer whose pacing reads the given nanosecond ticker (tests drive it by hand). */
    public AmiDialer(AmiSettings settings, DialLimits limits, LongSupplier pacingTicker) {
        this(settings, limits, pacingTicker, DialObserver.NONE);
    }

    private AmiDialer(AmiSettings settings, DialLimits limits, LongSupplier pacingTicker, DialObserver observer) {
        Objects.requireNonNull(settings, "settings");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.user = settings.username();
        this.transferTimeout = settings.transferTimeout();
        ManagerConnection connection = new ManagerConnectionFactory(settings.host(), settings.port(),
                settings.username(), settings.secret()).createManagerConnection();
        this.tracker = new CallTracker(events, System::nanoTime, settings, this::hangupQuietly, observer);
        this.link = new AmiLink(settings, connection, events, tracker::onEvent, this::linkDown, this::linkUp);
        this.queue = new DialQueue(limits, pacingTicker, this::send, () -> dispatchOpen);
    }

    /** Starts logging in (retried with backoff in the background); calls queue up until the link is up. */
    public void start() {
        link.start();
    }

    @Override
    public DialedCall dial(DialRequest request) {
        UUID id = request.attemptId();
        TrackedCall fresh = new TrackedCall(request);
        TrackedCall existing = calls.putIfAbsent(id, fresh);
        if (existing != null) {
            return existing.handle;
        }
        if (finished.containsKey(id)) {
            calls.remove(id, fresh);
            throw new IllegalStateException("call " + id + " was already dialled; an attempt is never dialled twice");
        }
        fresh.beforeEnd(() -> {
            if (fresh.dispatched) {
                queue.release(request);
            }
            finished.put(id, Boolean.TRUE);
            calls.remove(id, fresh);
        });
        queue.submit(request);
        return fresh.handle;
    }

    /** Sets what must agree before each Originate is written (the call ledger); call before {@link #start}. */
    public void gate(OriginateGate newGate) {
        this.gate = Objects.requireNonNull(newGate, "gate");
    }

    /** Runs on the pacer thread: writes one Originate. */
    private boolean send(DialRequest request) {
        TrackedCall c = calls.get(request.attemptId());
        if (c == null) {
            // no longer wanted (cannot normally happen: cancel only removes waiting calls); give the slot back
            queue.release(request);
            return true;
        }
        if (!mayOriginate(c)) {
            queue.release(request);
            c.settle(ResultKind.FAILED, null, null, "not dialled: the attempt ledger did not confirm it");
            c.end(null, null, System.nanoTime(), true);
            return true;
        }
        c.dispatched = true;
        events.execute(() -> tracker.register(c));
        try {
            link.connection().sendAction(originate(request), response ->
                    events.execute(() -> tracker.originateAnswered(c, response)));
            observer.originated(request);
            return true;
        } catch (IllegalStateException notConnected) {
            c.dispatched = false;
            events.execute(() -> tracker.unregister(c));
            return false;
        } catch (IOException e) {
            CallTracker.withMdc(c, () -> LOG.warn("originate write failed half-way: {}", e.toString()));
            events.execute(() -> tracker.markInDoubt(c));
            observer.originated(request); // it may have reached the PBX: it is never dialled again either way
            return true;
        }
    }

    private boolean mayOriginate(TrackedCall c) {
        try {
            if (gate.mayOriginate(c.request.attemptId())) {
                return true;
            }
            CallTracker.withMdc(c, () -> LOG.info("not dialled: the attempt ledger did not confirm it"));
        } catch (Exception e) {
            CallTracker.withMdc(c, () -> LOG.warn("not dialled: the attempt ledger could not confirm it: {}", e.toString()));
        }
        return false;
    }

    private static OriginateAction originate(DialRequest r) {
        OriginateAction a = new OriginateAction();
        a.setActionId("callbot-" + r.attemptId());
        a.setChannel(r.dialString());
        a.setContext(r.context());
        a.setExten(r.exten());
        a.setPriority(1);
        a.setTimeout(r.ringTimeout().toMillis());
        a.setCallerId(r.callerId());
        a.setAsync(Boolean.TRUE);
        a.setChannelId(r.attemptId().toString());
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("CALLBOT_ATTEMPT", r.attemptId().toString());
        vars.put("CALLBOT_CAMPAIGN", r.campaignId());
        if (r.mediaAddress() != null) {
            vars.put("CALLBOT_MEDIA", r.mediaAddress());
        }
        if (r.detectMachine()) {
            vars.put("CALLBOT_AMD", "1");
        }
        a.setVariables(vars);
        return a;
    }

    private void linkDown() {
        dispatchOpen = false;
        tracker.linkDown();
    }

    /**
     * Runs on the events thread at each (re)login: off that thread, says which actions the AMI user may not use, then
     * asks the PBX which channels live.
     */
    private void linkUp() {
        control.execute(() -> {
            checkPermissions();
            reconcile();
        });
    }

    private void checkPermissions() {
        ManagerResponse response;
        try {
            response = link.connection().sendAction(AmiPermissionCheck.request(), link.actionTimeout().toMillis());
        } catch (Exception e) {
            response = null;
        }
        AmiPermissionCheck.report(user, response);
    }

    private void reconcile() {
        Map<String, Integer> live = new HashMap<>();
        try {
            ResponseEvents re = link.connection().sendEventGeneratingAction(new CoreShowChannelsAction(),
                    link.actionTimeout().toMillis());
            for (ResponseEvent e : re.getEvents()) {
                if (e instanceof CoreShowChannelEvent ch && ch.getUniqueid() != null) {
                    live.put(ch.getUniqueid(), ch.getChannelState() == null ? -1 : ch.getChannelState());
                }
            }
        } catch (Exception e) {
            LOG.warn("CoreShowChannels failed after login ({}); retrying in 1 s, dialling stays paused", e.toString());
            control.schedule(this::reconcile, 1, TimeUnit.SECONDS);
            return;
        }
        LOG.info("PBX reports {} live channel(s); reconciling calls in doubt", live.size());
        events.execute(() -> {
            tracker.reconcile(live);
            dispatchOpen = true;
            queue.wake();
        });
    }

    @Override
    public CompletableFuture<TransferResult> transfer(UUID attemptId, String context, String exten) {
        TrackedCall c = calls.get(attemptId);
        if (c == null || !c.handle.result().isDone() || !c.handle.result().join().answered()) {
            return CompletableFuture.completedFuture(TransferResult.failed(attemptId, context + "," + exten,
                    "call " + attemptId + " is not a live answered call", null));
        }
        CompletableFuture<TransferResult> verdict = new CompletableFuture<>();
        // registered before the Redirect goes out, on the thread every later event of the call is handled on
        events.execute(() -> tracker.watchTransfer(c, context, exten, verdict, transferTimeout));
        sendControl(c, new RedirectAction(channelOf(c), context, exten, 1), "transfer to " + context + "," + exten)
                .whenComplete((ok, refused) -> {
                    if (refused != null) {
                        events.execute(() -> tracker.transferRefused(c, refused.getMessage()));
                    }
                });
        return verdict;
    }

    @Override
    public CompletableFuture<Void> hangup(UUID attemptId) {
        TrackedCall c = calls.get(attemptId);
        if (c == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("call " + attemptId + ": no such call"));
        }
        if (queue.cancel(attemptId)) {
            c.settle(ResultKind.FAILED, null, null, "cancelled before dialling");
            c.end(null, null, System.nanoTime(), true);
            return CompletableFuture.completedFuture(null);
        }
        return sendControl(c, new HangupAction(channelOf(c)), "hangup");
    }

    private static String channelOf(TrackedCall c) {
        // Asterisk finds a channel by name or by Uniqueid; the name is known once Newchannel arrived
        return c.channel != null ? c.channel : c.uniqueId;
    }

    private CompletableFuture<Void> sendControl(TrackedCall c, ManagerAction action, String what) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            link.connection().sendAction(action, response -> events.execute(() -> {
                if (response == null || response instanceof ManagerError) {
                    String why = response == null ? "AMI link lost" : response.getMessage();
                    done.completeExceptionally(new IllegalStateException("call " + c.uniqueId + ": " + what
                            + " failed: " + why));
                } else {
                    CallTracker.withMdc(c, () -> LOG.info("{} accepted by the PBX", what));
                    done.complete(null);
                }
            }));
        } catch (IOException | IllegalStateException e) {
            done.completeExceptionally(new IllegalStateException("call " + c.uniqueId + ": " + what + " failed: "
                    + e.getMessage(), e));
        }
        return done;
    }

    private void hangupQuietly(TrackedCall c) {
        sendControl(c, new HangupAction(channelOf(c)), "hangup after timeout");
    }

    @Override
    public LinkState linkState() {
        return link.state();
    }

    @Override
    public void addLinkStateListener(LinkStateListener listener) {
        link.addListener(listener);
    }

    @Override
    public int queued() {
        return queue.waiting();
    }

    @Override
    public int inFlight() {
        return queue.inFlight();
    }

    /** Originates written so far (for tests and metrics). */
    long dispatched() {
        return queue.dispatched();
    }

    /** Pacer rounds finished so far (lets tests wait until the pacer has looked again). */
    long pacerRounds() {
        return queue.pumps();
    }

    /** Makes the pacer look again now (tests call it after moving the pacing ticker). */
    void wakePacer() {
        queue.wake();
    }

    @Override
    public void close() {
        queue.close();
        link.close();
        events.shutdownNow();
        control.shutdownNow();
    }

    private static ScheduledExecutorService singleThread(String name) {
        return Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(name));
    }
}
