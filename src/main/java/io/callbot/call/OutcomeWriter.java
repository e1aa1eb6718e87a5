package io.callbot.call;

import io.callbot.campaign.Outcome;
import io.callbot.customer.CallOutcomeUpdate;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.Tag;
import io.callbot.webhook.WebhookEndpoint;
import io.callbot.webhook.WebhookOutbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Writes a finished call in one transaction: the attempt finished in the ledger, the transcript, the
 * customer's profile (tags, fields, last outcome, do-not-call, callback) and the CRM webhook outbox row: all
 * or nothing. Writes run on the given executor (never on a call or Netty thread). A failed write is retried
 * after a backoff that the {@link Retries} timer schedules: no writer thread ever sleeps, so other calls' records
 * keep being written while one waits. A record still unwritten after the last try goes to {@link Retries#givenUp}
 * (the server appends it to a spill file that is replayed at start), since a call record must not be lost.
 */
public final class OutcomeWriter implements CallFinisher {
    private static final Logger log = LoggerFactory.getLogger(OutcomeWriter.class);

    private final DataSource dataSource;
    private final AttemptFinisher ledger;
    private final TranscriptStore transcripts;
    private final CustomerStore customers;
    private final WebhookOutbox outbox;
    private final CrmEvents events;
    private final Executor writer;
    private final Consumer<CallRecord> afterCommit;
    private final OptOuts optOuts;
    private final Retries retries;

    /**
     * How failed writes are retried.
     *
     * @param timer      schedules the next try (its thread only hands the try back to the writer executor)
     * @param tries      how many tries in all before the record is given up
     * @param firstDelay the wait before the second try; it doubles for each further try
     * @param givenUp    receives a record that could not be written after the last try (runs on a writer thread)
     */
    public record Retries(ScheduledExecutorService timer, int tries, Duration firstDelay, Consumer<CallRecord> givenUp) {
        public Retries {
            if (tries < 1) {
                throw new IllegalArgumentException("tries must be at least 1: " + tries);
            }
        }

        /** Five tries, 400 ms to 3.2 s apart. */
        public static Retries defaults(ScheduledExecutorService timer, Consumer<CallRecord> givenUp) {
            return new Retries(timer, 5, Duration.ofMillis(400), givenUp);
        }

        Duration delayBefore(int nextTry) {
            return firstDelay.multipliedBy(1L << Math.min(nextTry - 2, 16));
        }
    }

    /** Reacts to an opt-out said on a call (cancel the customer's queued attempts in every campaign). */
    @FunctionalInterface
    public interface OptOuts {
        void optedOut(String tenant, long customerId);
    }

    public OutcomeWriter(DataSource dataSource, AttemptFinisher ledger, TranscriptStore transcripts,
            CustomerStore customers, WebhookOutbox outbox, CrmEvents events, Executor writer, Retries retries,
            OptOuts optOuts, Consumer<CallRecord> afterCommit) {
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.transcripts = transcripts;
        this.customers = customers;
        this.outbox = outbox;
        this.events = events;
        this.writer = writer;
        this.optOuts = optOuts;
        this.afterCommit = afterCommit;
        this.retries = retries;
    }

    @Override
    public void finished(CallRecord record) {
        writer.execute(() -> withMdc(record.plan(), () -> tryWrite(record, 1)));
    }

    @Override
    public void doNotCallNow(CallPlan plan) {
        writer.execute(() -> withMdc(plan, () -> {
            long id = Long.parseLong(plan.customerId());
            customers.setDoNotCall(plan.tenant(), id, true, optOutReason(plan));
            optOuts.optedOut(plan.tenant(), id);
            log.info("customer {} marked do-not-call during the call", plan.customerId());
        }));
    }

    private void tryWrite(CallRecord record, int tryNo) {
        try {
            write(record);
        } catch (SQLException | RuntimeException e) {
            if (tryNo >= retries.tries()) {
                log.error("could not write call record after {} tries: {}", tryNo, e.getMessage(), e);
                try {
                    retries.givenUp().accept(record);
                } catch (RuntimeException lost) {
                    log.error("call record {} could not be kept either, lost: {}", record.plan().attemptId(),
                            lost.getMessage(), lost);
                }
                return;
            }
            Duration wait = retries.delayBefore(tryNo + 1);
            log.warn("writing call record failed (try {} of {}), next try in {} ms: {}", tryNo, retries.tries(),
                    wait.toMillis(), e.getMessage());
            retries.timer().schedule(() -> writer.execute(() -> withMdc(record.plan(), () -> tryWrite(record, tryNo + 1))),
                    wait.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        afterCommit.accept(record);
    }

    /**
     * Writes a record kept from an earlier run, on the calling thread and without retries: true when written now,
     * false when its attempt was already settled (the record was written before; nothing is applied twice).
     */
    public boolean replay(CallRecord record) throws SQLException {
        try (MDC.MDCCloseable call = MDC.putCloseable("call", record.plan().attemptId().toString());
             MDC.MDCCloseable campaign = MDC.putCloseable("campaign", record.plan().campaign().id())) {
            boolean written = write(record, true);
            if (written) {
                afterCommit.accept(record);
            }
            return written;
        }
    }

    /** One transaction: all these writes commit together or none does. */
    void write(CallRecord record) throws SQLException {
        write(record, false);
    }

    private boolean write(CallRecord record, boolean onlyIfUnsettled) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!ledger.finish(c, record) && onlyIfUnsettled) {
                    c.rollback();
                    return false;
                }
                transcripts.insert(c, record);
                ProfileChangeStore.insert(c, record);
                customers.recordCallOutcome(c, record.plan().tenant(), Long.parseLong(record.plan().customerId()),
                        profileUpdate(record));
                Outcome outcome = record.outcome() == null ? null : record.plan().campaign().outcomes().get(record.outcome());
                var webhook = record.plan().campaign().webhook();
                if (webhook != null && (outcome == null || outcome.sendToCrm())) {
                    WebhookEndpoint endpoint = new WebhookEndpoint(webhook.url(), webhook.secretEnv());
                    for (var event : events.callEnded(record, ledger.dialedAt(c, record.plan().attemptId()))) {
                        outbox.enqueue(c, endpoint, event);
                    }
                }
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    static CallOutcomeUpdate profileUpdate(CallRecord r) {
        Map<String, Object> fields = new LinkedHashMap<>(r.setFields());
        String outcome = r.outcome() == null ? "unknown" : r.outcome();
        return new CallOutcomeUpdate(r.answeredAt(), outcome, r.callbackAt(),
                r.addTags().stream().map(Tag::parse).toList(), r.removeTags(), fields, r.doNotCall(),
                r.doNotCall() ? optOutReason(r.plan()) : null);
    }

    /** The do-not-call reason stored (and sent to the CRM) when a customer opts out on a call. */
    static String optOutReason(CallPlan plan) {
        return "opted out on call " + plan.attemptId();
    }

    private static void withMdc(CallPlan plan, Runnable r) {
        try (MDC.MDCCloseable call = MDC.putCloseable("call", plan.attemptId().toString());
             MDC.MDCCloseable campaign = MDC.putCloseable("campaign", plan.campaign().id())) {
            r.run();
        }
    }

}
