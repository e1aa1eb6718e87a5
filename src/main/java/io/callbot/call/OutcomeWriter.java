package io.callbot.call;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Writes finished calls through the {@link CallSettlement} (one transaction per call: ledger result and retry
 * plan, transcript, profile, opt-out, CRM webhook outbox rows). Writes run on the given executor (never on a call or
 * Netty thread). A failed write is retried
 * after a backoff that the {@link Retries} timer schedules: no writer thread ever sleeps, so other calls' records
 * keep being written while one waits. A record still unwritten after the last try goes to {@link Retries#givenUp}
 * (the server appends it to a spill file that is replayed at start), since a call record must not be lost.
 */
public final class OutcomeWriter implements CallFinisher {
    private static final Logger log = LoggerFactory.getLogger(OutcomeWriter.class);

    private final CallSettlement settlement;
    private final Executor writer;
    private final Consumer<CallRecord> afterCommit;
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

    public OutcomeWriter(CallSettlement settlement, Executor writer, Retries retries,
            Consumer<CallRecord> afterCommit) {
        this.settlement = settlement;
        this.writer = writer;
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
            try {
                settlement.optOutNow(plan);
                log.info("customer {} marked do-not-call during the call", plan.customerId());
            } catch (SQLException | RuntimeException e) {
                log.warn("customer {} not marked do-not-call during the call (the call's record will): {}",
                        plan.customerId(), e.getMessage());
            }
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
            boolean written = settlement.settle(record, true);
            if (written) {
                afterCommit.accept(record);
            }
            return written;
        }
    }

    /** One transaction: all the call's writes commit together or none does. */
    void write(CallRecord record) throws SQLException {
        settlement.settle(record, false);
    }

    private static void withMdc(CallPlan plan, Runnable r) {
        try (MDC.MDCCloseable call = MDC.putCloseable("call", plan.attemptId().toString());
             MDC.MDCCloseable campaign = MDC.putCloseable("campaign", plan.campaign().id())) {
            r.run();
        }
    }

}
