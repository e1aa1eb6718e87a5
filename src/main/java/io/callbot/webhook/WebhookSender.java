package io.callbot.webhook;

import io.callbot.config.DaemonThreads;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Drains {@code webhook_outbox}: claims due rows in batches under a lease, posts them signed (up to
 * {@code maxInFlight} in flight, {@code perEndpointConcurrency} per endpoint, over reused connections), and records
 * delivered / retry (backoff with jitter) / dead in batches. At-least-once: a crash between sending and recording
 * resends later with the same idempotency key. Order per customer and endpoint holds because a row is claimable only
 * once every earlier row of its customer is recorded delivered or dead. Thread model: one polling thread does every
 * database read and write; {@code maxInFlight} sender threads each make one request at a time and queue its end for
 * the poller; the HTTP client's own work runs on a small pool.
 */
public final class WebhookSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int HTTP_THREADS = 2;
    /** the longest a finished request waits for others before its row is recorded (and its slot refilled) */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final WebhookSenderSettings settings;
    private final OutboxLeases leases;
    private final HttpWebhookPoster poster;
    private final DeliveryRetryPolicy retryPolicy;
    private final SecretResolver secrets;
    private final Clock clock;
    private final Map<String, AtomicInteger> perEndpoint = new ConcurrentHashMap<>();
    /** Claimed and not yet recorded. */
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final Semaphore wakeups = new Semaphore(0);
    private final ExecutorService http;
    /** one thread per request in flight: each waits for its answer, at most {@code maxInFlight} at once */
    private final ExecutorService requests;
    private volatile boolean running;
    private volatile boolean stopped;
    private Thread poller;
    private Instant lastLeaseSweep = Instant.MIN;

    /** One request's end, waiting for the poller to record it. */
    private record Sent(OutboxEntry entry, DeliveryResult result) {}

    public WebhookSender(DataSource dataSource, WebhookSenderSettings settings, SecretResolver secrets, Clock clock) {
        this(dataSource, settings, secrets, clock, new DeliveryRetryPolicy(settings.baseDelay(), settings.maxDelay(),
                settings.maxAge(), new SecureRandom()::nextDouble));
    }

    /** With an explicit retry policy (tests pin its jitter). */
    public WebhookSender(DataSource dataSource, WebhookSenderSettings settings, SecretResolver secrets, Clock clock,
            DeliveryRetryPolicy retryPolicy) {
        this.settings = settings;
        this.leases = new OutboxLeases(dataSource, settings.nodeId());
        this.http = Executors.newFixedThreadPool(HTTP_THREADS, DaemonThreads.numbered("webhook-http"));
        this.poster = new HttpWebhookPoster(settings.connectTimeout(), settings.requestTimeout(), clock, http);
        this.requests = Executors.newFixedThreadPool(settings.maxInFlight(), DaemonThreads.numbered("webhook-send"));
        this.retryPolicy = retryPolicy;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Frees the rows this node left claimed (a crash), then starts polling. */
    public synchronized void start() throws SQLException {
        if (running) {
            return;
        }
        if (stopped) {
            throw new IllegalStateException("a stopped WebhookSender cannot be restarted; create a new one");
        }
        int released = leases.releaseStale(clock.instant());
        if (released > 0) {
            log.info("webhook sender {}: {} events left in flight by a previous run are pending again",
                    settings.nodeId(), released);
        }
        running = true;
        poller = new Thread(this::pollLoop, "webhook-poll");
        poller.setDaemon(true);
        poller.start();
        log.info("webhook sender {} started", settings.nodeId());
    }

    /** Stops claiming, waits up to the stop timeout for in-flight sends to finish and record their result. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        stopped = true;
        wakeUp();
        try {
            poller.join(settings.stopTimeout().toMillis() + 1000);
            if (poller.isAlive()) {
                poller.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            requests.shutdownNow();
            http.shutdownNow();
        }
        log.info("webhook sender {} stopped", settings.nodeId());
    }

    @Override
    public void close() {
        stop();
    }

    /** Makes the poller look at the outbox now (e.g. right after a transaction that enqueued events). */
    public void wakeUp() {
        wakeups.release();
    }

    /** Events claimed by this sender whose attempt is not yet recorded (being sent, or just answered). */
    public int inFlight() {
        return inFlight.get();
    }

    private void pollLoop() {
        long stopDeadline = Long.MAX_VALUE;
        while (true) {
            if (!running) {
                if (stopDeadline == Long.MAX_VALUE) {
                    stopDeadline = System.nanoTime() + settings.stopTimeout().toNanos();
                }
                if (inFlight.get() == 0) {
                    return;
                }
                if (System.nanoTime() > stopDeadline) {
                    log.warn("webhook sender {}: {} sends still running after {}; their events will be resent",
                            settings.nodeId(), inFlight.get(), settings.stopTimeout());
                    return;
                }
            }
            try {
                int recorded = recordSent();
                int claimed = running ? dispatchDue() : 0;
                if (inFlight.get() > 0) {
                    awaitABatch();
                } else if (recorded == 0 && claimed == 0) {
                    awaitWakeUp();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // the database may be down for a while: keep polling, do not kill the thread
                log.warn("webhook sender {}: the outbox could not be read or written: {}", settings.nodeId(),
                        e.toString());
                try {
                    awaitWakeUp();
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void awaitWakeUp() throws InterruptedException {
        wakeups.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        wakeups.drainPermits();
    }

    /**
     * While requests are in flight, waits up to a few milliseconds for a quarter of them to end (or for new events)
     * before recording and claiming again: a database round of a dozen rows costs about what a round of one costs,
     * so rounds of one would make the database, not the receivers, set the pace.
     */
    private void awaitABatch() throws InterruptedException {
        int batch = Math.max(1, Math.min(settings.maxInFlight(), settings.perEndpointConcurrency()) / 4);
        long deadline = System.nanoTime() + LINGER_NANOS;
        do {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !wakeups.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                return;
            }
        } while (sent.size() < batch && inFlight.get() > sent.size());
    }

    private void sweepExpiredLeases() throws SQLException {
        Instant now = clock.instant();
        if (lastLeaseSweep.plus(settings.leaseDuration().dividedBy(2)).isBefore(now)) {
            lastLeaseSweep = now;
            int released = leases.releaseExpired(now);
            if (released > 0) {
                log.warn("webhook sender {}: {} events whose sender stopped answering are pending again",
                        settings.nodeId(), released);
            }
        }
    }

    /** Claims what is due and fits the concurrency limits, in one batch, and starts sending it; returns how many. */
    private int dispatchDue() throws SQLException {
        sweepExpiredLeases();
        int free = settings.maxInFlight() - inFlight.get();
        if (free <= 0) {
            return 0;
        }
        Map<String, Integer> freeSlots = new HashMap<>();
        perEndpoint.forEach((endpoint, busy) -> freeSlots.put(endpoint, settings.perEndpointConcurrency() - busy.get()));
        Instant now = clock.instant();
        // read a few more than we can take: some may belong to an endpoint with fewer free slots
        List<OutboxEntry> claimed = leases.claim(free * 2, free, freeSlots, settings.perEndpointConcurrency(), now,
                now.plus(settings.leaseDuration()));
        for (OutboxEntry entry : claimed) {
            AtomicInteger busy = busy(entry.endpointUrl());
            busy.incrementAndGet();
            inFlight.incrementAndGet();
            send(entry).whenComplete((result, failure) -> {
                busy.decrementAndGet();
                sent.add(new Sent(entry, failure == null ? result : DeliveryResult.fromException(failure)));
                wakeUp();
            });
        }
        return claimed.size();
    }

    private AtomicInteger busy(String endpoint) {
        return perEndpoint.computeIfAbsent(endpoint, e -> new AtomicInteger());
    }

    private CompletableFuture<DeliveryResult> send(OutboxEntry entry) {
        try {
            Optional<String> secret = secrets.resolve(entry.secretEnv());
            if (secret.isEmpty()) {
                return CompletableFuture.completedFuture(DeliveryResult.notSent(
                        "signing secret environment variable " + entry.secretEnv() + " is not set"));
            }
            return poster.postAsync(entry, secret.get().getBytes(StandardCharsets.UTF_8), requests);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(DeliveryResult.fromException(e));
        }
    }

    /** Writes every answered request's end in one transaction; returns how many. */
    private int recordSent() throws SQLException {
        List<Sent> batch = new ArrayList<>();
        for (Sent s = sent.poll(); s != null; s = sent.poll()) {
            batch.add(s);
        }
        if (batch.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<OutboxLeases.Completion> completions = batch.stream().map(s -> completion(s, now)).toList();
        int lost;
        try {
            lost = leases.complete(completions);
        } catch (SQLException | RuntimeException e) {
            sent.addAll(batch); // recorded on a later round; until then they count as in flight
            throw e;
        }
        inFlight.addAndGet(-batch.size());
        if (lost > 0) {
            log.warn("webhook sender {}: {} answers came after their lease ran out; other senders own those events now",
                    settings.nodeId(), lost);
        }
        for (int i = 0; i < batch.size(); i++) {
            log(batch.get(i), completions.get(i));
        }
        return batch.size();
    }

    private OutboxLeases.Completion completion(Sent s, Instant now) {
        OutboxEntry entry = s.entry();
        DeliveryResult result = s.result();
        return switch (result.kind()) {
            case DELIVERED -> new OutboxLeases.Completion(entry.seq(), OutboxLeases.Completion.Kind.DELIVERED, now,
                    result.status(), null);
            case PERMANENT -> new OutboxLeases.Completion(entry.seq(), OutboxLeases.Completion.Kind.DEAD, now,
                    result.status(), result.error());
            case RETRYABLE -> {
                DeliveryRetryPolicy.Decision decision = retryPolicy.afterFailure(entry.attempts(), entry.retryWindowFrom(),
                        now, result.retryAfter());
                yield decision instanceof DeliveryRetryPolicy.RetryAt retry
                        ? new OutboxLeases.Completion(entry.seq(), OutboxLeases.Completion.Kind.RETRY, retry.at(),
                                result.status(), result.error())
                        : new OutboxLeases.Completion(entry.seq(), OutboxLeases.Completion.Kind.DEAD, now,
                                result.status(), result.error() + "; " + ((DeliveryRetryPolicy.GiveUp) decision).reason());
            }
        };
    }

    private void log(Sent s, OutboxLeases.Completion c) {
        OutboxEntry entry = s.entry();
        try (MDC.MDCCloseable campaign = MDC.putCloseable("campaign", entry.campaignId())) {
            switch (c.kind()) {
                case DELIVERED -> log.debug("webhook {} {} delivered to {} (attempt {})", entry.eventId(),
                        entry.eventType(), entry.endpointUrl(), entry.attempts());
                case RETRY -> log.info("webhook {} to {} failed (attempt {}: {}); retrying at {}", entry.eventId(),
                        entry.endpointUrl(), entry.attempts(), c.error(), c.at());
                case DEAD -> log.warn("webhook {} to {} is a dead letter after {} attempts: {}", entry.eventId(),
                        entry.endpointUrl(), entry.attempts(), c.error());
            }
        }
    }
}
