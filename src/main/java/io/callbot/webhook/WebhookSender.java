package io.callbot.webhook;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * Drains {@code webhook_outbox}: claims due rows under a lease, posts them signed, and records delivered / retry
 * (backoff with jitter) / dead. At-least-once: a crash between sending and recording resends later with the same
 * idempotency key. One polling thread claims and dispatches; a fixed pool of {@code maxInFlight} worker threads
 * does the blocking HTTP calls, at most {@code perEndpointConcurrency} per endpoint.
 */
public final class WebhookSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookSenderSettings settings;
    private final OutboxLeases leases;
    private final HttpWebhookPoster poster;
    private final RetryPolicy retryPolicy;
    private final SecretResolver secrets;
    private final Clock clock;
    private final Map<String, AtomicInteger> perEndpoint = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Semaphore wakeups = new Semaphore(0);
    private final ExecutorService workers;
    private volatile boolean running;
    private Thread poller;
    private Instant lastLeaseSweep = Instant.MIN;

    public WebhookSender(DataSource dataSource, WebhookSenderSettings settings, SecretResolver secrets, Clock clock) {
        this(dataSource, settings, secrets, clock, new RetryPolicy(settings.baseDelay(), settings.maxDelay(),
                settings.maxAge(), new SecureRandom()::nextDouble));
    }

    /** With an explicit retry policy (tests pin its jitter). */
    public WebhookSender(DataSource dataSource, WebhookSenderSettings settings, SecretResolver secrets, Clock clock,
            RetryPolicy retryPolicy) {
        this.settings = settings;
        this.leases = new OutboxLeases(dataSource, settings.nodeId());
        this.poster = new HttpWebhookPoster(settings.connectTimeout(), settings.requestTimeout(), clock);
        this.retryPolicy = retryPolicy;
        this.secrets = secrets;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.maxInFlight(), r -> {
            Thread t = new Thread(r, "webhook-send-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Frees the rows this node left claimed (a crash), then starts polling. */
    public synchronized void start() throws SQLException {
        if (running) {
            return;
        }
        if (workers.isShutdown()) {
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
        wakeUp();
        try {
            poller.join(settings.stopTimeout().toMillis());
            workers.shutdown();
            if (!workers.awaitTermination(settings.stopTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("webhook sender {}: {} sends still running after {}; their events will be resent",
                        settings.nodeId(), inFlight.get(), settings.stopTimeout());
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
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

    /** Requests currently being sent by this sender. */
    public int inFlight() {
        return inFlight.get();
    }

    private void pollLoop() {
        while (running) {
            try {
                sweepExpiredLeases();
                if (dispatchDue() == 0) {
                    wakeups.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // the database may be down for a while: keep polling, do not kill the thread
                log.warn("webhook sender {}: polling the outbox failed: {}", settings.nodeId(), e.toString());
                waitQuietly();
            }
        }
    }

    private void waitQuietly() {
        try {
            wakeups.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** Claims and hands to workers what is due and fits the concurrency limits; returns how many. */
    int dispatchDue() throws SQLException {
        int free = settings.maxInFlight() - inFlight.get();
        if (free <= 0 || !running) {
            return 0;
        }
        Set<String> saturated = new HashSet<>();
        perEndpoint.forEach((endpoint, busy) -> {
            if (busy.get() >= settings.perEndpointConcurrency()) {
                saturated.add(endpoint);
            }
        });
        Instant now = clock.instant();
        // read a few more than we can take: some may belong to an endpoint with fewer free slots
        List<OutboxEntry> claimed = leases.claim(free * 2, free, saturated,
                endpoint -> settings.perEndpointConcurrency() - busy(endpoint).get(), now,
                now.plus(settings.leaseDuration()));
        for (OutboxEntry entry : claimed) {
            AtomicInteger busy = busy(entry.endpointUrl());
            busy.incrementAndGet();
            inFlight.incrementAndGet();
            workers.execute(() -> deliver(entry, busy));
        }
        return claimed.size();
    }

    private AtomicInteger busy(String endpoint) {
        return perEndpoint.computeIfAbsent(endpoint, e -> new AtomicInteger());
    }

    private void deliver(OutboxEntry entry, AtomicInteger busy) {
        MDC.put("campaign", entry.campaignId());
        try {
            AttemptResult result = send(entry);
            record(entry, result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("webhook {} interrupted; it stays claimed until its lease ends and is then resent", entry.eventId());
        } catch (Exception e) {
            log.error("webhook {}: recording the attempt failed, it will be resent after its lease ends: {}",
                    entry.eventId(), e.toString());
        } finally {
            MDC.remove("campaign");
            busy.decrementAndGet();
            inFlight.decrementAndGet();
            wakeUp();
        }
    }

    private AttemptResult send(OutboxEntry entry) throws InterruptedException {
        Optional<String> secret = secrets.resolve(entry.secretEnv());
        if (secret.isEmpty()) {
            return AttemptResult.notSent("signing secret environment variable " + entry.secretEnv() + " is not set");
        }
        return poster.post(entry, secret.get().getBytes(StandardCharsets.UTF_8));
    }

    private void record(OutboxEntry entry, AttemptResult result) throws SQLException {
        Instant now = clock.instant();
        switch (result.kind()) {
            case DELIVERED -> {
                leases.markDelivered(entry.seq(), result.status(), now);
                log.debug("webhook {} {} delivered to {} (attempt {})", entry.eventId(), entry.eventType(),
                        entry.endpointUrl(), entry.attempts());
            }
            case PERMANENT -> dead(entry, result.status(), result.error(), now);
            case RETRYABLE -> {
                RetryPolicy.Decision decision = retryPolicy.afterFailure(entry.attempts(), entry.retryWindowFrom(), now,
                        result.retryAfter());
                if (decision instanceof RetryPolicy.RetryAt retry) {
                    leases.markRetry(entry.seq(), retry.at(), result.status(), result.error());
                    log.info("webhook {} to {} failed (attempt {}: {}); retrying at {}", entry.eventId(),
                            entry.endpointUrl(), entry.attempts(), result.error(), retry.at());
                } else {
                    dead(entry, result.status(), result.error() + "; " + ((RetryPolicy.GiveUp) decision).reason(), now);
                }
            }
        }
    }

    private void dead(OutboxEntry entry, Integer status, String error, Instant now) throws SQLException {
        leases.markDead(entry.seq(), status, error, now);
        log.warn("webhook {} to {} is a dead letter after {} attempts: {}", entry.eventId(), entry.endpointUrl(),
                entry.attempts(), error);
    }
}
