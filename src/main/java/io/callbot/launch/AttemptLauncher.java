package io.callbot.launch;

import io.callbot.call.ActiveCalls;
import io.callbot.call.CallPlan;
import io.callbot.call.CallRecord;
import io.callbot.call.CampaignDialogs;
import io.callbot.campaign.AnsweringMachinePolicy;
import io.callbot.campaign.Campaign;
import io.callbot.customer.CustomerProfile;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.Tag;
import io.callbot.dial.CallResult;
import io.callbot.dial.DialRequest;
import io.callbot.dial.DialedCall;
import io.callbot.dial.Dialer;
import io.callbot.dialog.engine.CustomerView;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.schedule.AttemptResult;
import io.callbot.schedule.CallLauncher;
import io.callbot.schedule.ClaimedAttempt;
import io.callbot.dial.ResultKind;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The scheduler's launcher: turns a claimed attempt into a dialed call and registers it for its audio. An attempt
 * that reaches nobody (or cannot be placed) is settled here, through the {@link AttemptSettlement}, on the thread
 * that learns it (the dialer's event thread, or the tick's); an answered call is settled by the call layer's
 * outcome writer through the same settlement. Either way the attempt's future then completes. Thread-safe; futures
 * complete on dialer, writer or tick threads.
 */
public final class AttemptLauncher implements CallLauncher {
    private static final Logger log = LoggerFactory.getLogger(AttemptLauncher.class);

    private final Dialer dialer;
    private final ActiveCalls calls;
    private final CustomerStore customers;
    private final String mediaAddress;
    private final String dialplanContext;
    private final ConcurrentMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final ConcurrentMap<UUID, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();
    private final Consumer<CallResult> results;
    private final AttemptSettlement settlement;
    private final Clock clock;
    private volatile boolean accepting = true;

    public AttemptLauncher(Dialer dialer, ActiveCalls calls, CustomerStore customers, String mediaAddress,
            String dialplanContext, Consumer<CallResult> results, AttemptSettlement settlement, Clock clock) {
        this.dialer = dialer;
        this.calls = calls;
        this.customers = customers;
        this.settlement = settlement;
        this.clock = clock;
        this.mediaAddress = mediaAddress;
        this.dialplanContext = dialplanContext;
        this.results = results;
    }

    @Override
    public int capacity(Campaign campaign) {
        if (!accepting) {
            return 0;
        }
        return Math.max(0, campaign.dial().maxConcurrent() - counter(campaign.id()).get());
    }

    /** Stops taking new calls (graceful shutdown); calls already placed go on. */
    public void stopAccepting() {
        accepting = false;
    }

    /** Attempts placed and not yet settled. */
    public int pending() {
        return pending.size();
    }

    @Override
    public CompletableFuture<Void> launch(ClaimedAttempt attempt) {
        Campaign campaign = attempt.campaign();
        CompletableFuture<Void> result = new CompletableFuture<>();
        AtomicInteger counter = counter(campaign.id());
        counter.incrementAndGet();
        result.whenComplete((r, e) -> counter.decrementAndGet());
        pending.put(attempt.id(), result);
        result.whenComplete((r, e) -> pending.remove(attempt.id()));
        try {
            CustomerProfile profile = customers.get(campaign.tenant(), attempt.candidate().customerId())
                    .orElseThrow(() -> new IllegalStateException("customer " + attempt.candidate().customerId()
                            + " no longer exists"));
            calls.expect(plan(attempt, profile));
            DialedCall dialed = dialer.dial(request(attempt, profile));
            dialed.result().thenAccept(r -> onResult(attempt, r));
            dialed.ended().thenAccept(end -> {
                if (calls.forgetUnconnected(attempt.id())) {
                    // answered at the PBX, but the audio never reached the robot (dialplan or network fault)
                    settle(attempt, AttemptResult.dialing(ResultKind.FAILED, end.cause()));
                }
            });
        } catch (RuntimeException e) {
            log.warn("attempt {} could not be dialed: {}", attempt.id(), e.getMessage());
            calls.forgetUnconnected(attempt.id());
            settle(attempt, AttemptResult.dialing(ResultKind.FAILED, null));
        }
        return result;
    }

    private void onResult(ClaimedAttempt attempt, CallResult r) {
        results.accept(r);
        switch (r.kind()) {
            case ANSWERED -> { }
            case VOICEMAIL -> calls.machineDetected(attempt.id());
            default -> {
                calls.forgetUnconnected(attempt.id());
                settle(attempt, AttemptResult.dialing(r.kind(), r.cause()));
            }
        }
    }

    /** The answered call's record was committed, its attempt settled with it: the attempt is over. */
    public void callWritten(CallRecord record) {
        complete(record.plan().attemptId());
    }

    /** Settles an attempt that reached nobody; catches everything, as a thread boundary must. */
    private void settle(ClaimedAttempt attempt, AttemptResult r) {
        try (MDC.MDCCloseable campaign = MDC.putCloseable("campaign", attempt.campaign().id());
             MDC.MDCCloseable call = MDC.putCloseable("call", attempt.id().toString())) {
            settlement.settle(attempt, r, clock.instant());
        } catch (SQLException | RuntimeException e) {
            log.error("attempt {} result could not be recorded; reconciliation will settle it", attempt.id(), e);
        } finally {
            complete(attempt.id());
        }
    }

    private void complete(UUID id) {
        CompletableFuture<Void> f = pending.get(id);
        if (f != null) {
            f.complete(null);
        }
    }

    private AtomicInteger counter(String campaignId) {
        return inFlight.computeIfAbsent(campaignId, k -> new AtomicInteger());
    }


    private DialRequest request(ClaimedAttempt a, CustomerProfile p) {
        Campaign c = a.campaign();
        return new DialRequest(a.id(), c.id(), c.tenant(), trunkOf(c.dial().trunk()), p.phone(), c.dial().trunk(),
                c.dial().callerId(), c.dial().ringTimeout(), dialplanContext, "s", mediaAddress,
                c.dial().answeringMachine() != AnsweringMachinePolicy.TREAT_AS_HUMAN, c.dial().callsPerSecond());
    }

    /** The trunk a dial string goes out on, for per-trunk pacing: "PJSIP/{phone}@carrier" goes out on "carrier". */
    static String trunkOf(String template) {
        int at = template.lastIndexOf('@');
        return at >= 0 ? template.substring(at + 1) : template.replace("{phone}", "");
    }

    private static CallPlan plan(ClaimedAttempt a, CustomerProfile p) {
        Campaign c = a.campaign();
        CustomerView view = new CustomerView(String.valueOf(p.id()), p.firstName(), p.lastName(), p.phone(), zone(p),
                p.attributes(), p.tags().stream().map(Tag::name).collect(Collectors.toSet()));
        return new CallPlan(a.id(), a.attemptNo(), c, p.id(), p.externalId(),
                new DialogContext(view, c.id(), c.name(), c.data()), CampaignDialogs.settingsFor(c));
    }

    private static ZoneId zone(CustomerProfile p) {
        try {
            return p.timezone() == null ? null : ZoneId.of(p.timezone());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
