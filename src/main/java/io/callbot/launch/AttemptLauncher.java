package io.callbot.launch;

import io.callbot.call.ActiveCalls;
import io.callbot.call.CallPlan;
import io.callbot.call.CallRecord;
import io.callbot.call.CampaignDialogs;
import io.callbot.campaign.AnsweringMachinePolicy;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.Outcome;
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

/**
 * The scheduler's launcher: turns a claimed attempt into a dialed call, registers it for its audio, and
 * completes the attempt's result when the PBX says it was not answered, or completes it without a result when the
 * answered call's record is committed (the call layer's settlement settled the attempt). Thread-safe; futures complete on dialer or writer threads.
 */
public final class AttemptLauncher implements CallLauncher {
    private static final Logger log = LoggerFactory.getLogger(AttemptLauncher.class);

    private final Dialer dialer;
    private final ActiveCalls calls;
    private final CustomerStore customers;
    private final String mediaAddress;
    private final String dialplanContext;
    private final ConcurrentMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final ConcurrentMap<UUID, CompletableFuture<AttemptResult>> pending = new ConcurrentHashMap<>();
    private final Consumer<CallResult> results;
    private volatile boolean accepting = true;

    public AttemptLauncher(Dialer dialer, ActiveCalls calls, CustomerStore customers, String mediaAddress, String dialplanContext,
            Consumer<CallResult> results) {
        this.dialer = dialer;
        this.calls = calls;
        this.customers = customers;
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
    public CompletableFuture<AttemptResult> launch(ClaimedAttempt attempt) {
        Campaign campaign = attempt.campaign();
        CompletableFuture<AttemptResult> result = new CompletableFuture<>();
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
            dialed.result().thenAccept(r -> onResult(attempt.id(), r));
            dialed.ended().thenAccept(end -> {
                if (calls.forgetUnconnected(attempt.id())) {
                    // answered at the PBX, but the audio never reached the robot (dialplan or network fault)
                    complete(attempt.id(), AttemptResult.dialing(ResultKind.FAILED, end.cause()));
                }
            });
        } catch (RuntimeException e) {
            log.warn("attempt {} could not be dialed: {}", attempt.id(), e.getMessage());
            calls.forgetUnconnected(attempt.id());
            result.completeExceptionally(e);
        }
        return result;
    }

    private void onResult(UUID id, CallResult r) {
        results.accept(r);
        switch (r.kind()) {
            case ANSWERED -> { }
            case VOICEMAIL -> calls.machineDetected(id);
            default -> {
                calls.forgetUnconnected(id);
                complete(id, AttemptResult.dialing(r.kind(), r.cause()));
            }
        }
    }

    /** The answered call's record was committed, its attempt settled with it: the attempt is over. */
    public void callWritten(CallRecord record) {
        complete(record.plan().attemptId(), null);
    }

    static AttemptResult attemptResult(CallRecord record) {
        Outcome outcome = record.outcome() == null ? null : record.plan().campaign().outcomes().get(record.outcome());
        boolean voicemail = record.voicemail();
        boolean isFinal = outcome != null ? outcome.isFinal() : record.doNotCall();
        ResultKind kind = record.transferFailed() ? ResultKind.TRANSFER_FAILED
                : voicemail ? ResultKind.VOICEMAIL : ResultKind.ANSWERED;
        return new AttemptResult(kind, null, record.outcome(),
                isFinal || record.doNotCall(), record.doNotCall(), record.callbackAt(),
                String.join(">", record.statePath()));
    }

    private void complete(UUID id, AttemptResult r) {
        CompletableFuture<AttemptResult> f = pending.get(id);
        if (f != null) {
            f.complete(r);
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
