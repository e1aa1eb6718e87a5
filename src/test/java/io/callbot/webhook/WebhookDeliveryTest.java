package io.callbot.webhook;

import io.callbot.store.Sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callbot.testing.MutableClock;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** End to end: outbox rows to a real local HTTP receiver that checks every signature. */
class WebhookDeliveryTest {
    private static final String SECRET = "whsec_" + UUID.randomUUID();
    private static final SecretResolver SECRETS = SecretResolver.of(Map.of("CRM_SECRET", SECRET));
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static WebhookSenderSettings fast(String node) {
        return WebhookSenderSettings.defaults(node)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withBackoff(Duration.ofMillis(5), Duration.ofMillis(50))
                .withPollInterval(Duration.ofMillis(20))
                .withConcurrency(8, 4);
    }

    private static Map<String, Long> states(DataSource ds) throws Exception {
        Map<String, Long> out = new HashMap<>();
        try (Connection c = ds.getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT state, COUNT(*) FROM webhook_outbox GROUP BY state")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static long delivered(DataSource ds) throws Exception {
        return states(ds).getOrDefault("DELIVERED", 0L);
    }

    private static List<WebhookEvent> enqueue(DataSource ds, WebhookOutbox outbox, WebhookEndpoint ep, int customers,
            int perCustomer) throws Exception {
        List<WebhookEvent> out = new ArrayList<>();
        for (int n = 0; n < perCustomer; n++) {
            for (int c = 0; c < customers; c++) {
                out.add(Events.enqueue(ds, outbox, ep, "acme", "cust-" + c, Integer.toString(n)));
            }
        }
        return out;
    }

    /** Every accepted request is correctly keyed, every event accepted; returns accepted requests per event id. */
    private static Map<String, Long> assertEveryEventAcceptedOnceKeyed(TestReceiver receiver, List<WebhookEvent> events) {
        for (TestReceiver.Received r : receiver.received()) {
            assertThat(r.signatureValid()).as(r.verifyError()).isTrue();
            assertThat(r.idempotencyKey()).isEqualTo(r.eventIdHeader()).isEqualTo(r.event().eventId().toString());
        }
        Map<String, Long> accepted = receiver.accepted().stream()
                .collect(Collectors.groupingBy(TestReceiver.Received::idempotencyKey, Collectors.counting()));
        assertThat(accepted.keySet()).isEqualTo(events.stream().map(e -> e.eventId().toString()).collect(Collectors.toSet()));
        return accepted;
    }

    /** Per customer, the CRM accepted events in the order they were enqueued (outcome 0, 1, 2, ...). */
    private static void assertOrderedPerCustomer(TestReceiver receiver) {
        Map<String, List<Integer>> seq = new LinkedHashMap<>();
        for (TestReceiver.Received r : receiver.accepted()) {
            WebhookEvent e = r.event();
            List<Integer> list = seq.computeIfAbsent(e.customer().id(), k -> new ArrayList<>());
            int n = Integer.parseInt(e.outcome());
            if (list.isEmpty() || list.get(list.size() - 1) != n) {
                list.add(n);
            }
        }
        seq.forEach((customer, outcomes) -> assertThat(outcomes).as(customer).isSorted().doesNotHaveDuplicates());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void deliversSignedEventsInOrderPerCustomer(TestDatabase db) throws Exception {
        try (db; TestReceiver receiver = new TestReceiver(SECRET, Clock.systemUTC())) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, Clock.systemUTC());
            List<WebhookEvent> events = enqueue(ds, outbox, WebhookEndpoint.of(receiver.url(), "CRM_SECRET"), 5, 4);
            try (WebhookSender sender = new WebhookSender(ds, fast("n1"), SECRETS, Clock.systemUTC())) {
                sender.start();
                await().atMost(WAIT).until(() -> delivered(ds) == 20);
            }
            assertThat(assertEveryEventAcceptedOnceKeyed(receiver, events).values()).containsOnly(1L);
            assertThat(receiver.received()).hasSize(20);
            assertOrderedPerCustomer(receiver);
            WebhookEvent first = events.get(0);
            assertThat(receiver.accepted().stream().map(TestReceiver.Received::event)).contains(first);
            assertThat(outbox.backlog()).isEqualTo(new Backlog(0, 0, 0, java.util.Optional.empty()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void receiverDownForAStretchThenBackLosesNothing(TestDatabase db) throws Exception {
        try (db; TestReceiver receiver = new TestReceiver(SECRET, Clock.systemUTC())) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, Clock.systemUTC());
            List<WebhookEvent> events = enqueue(ds, outbox, WebhookEndpoint.of(receiver.url(), "CRM_SECRET"), 10, 3);
            // the first requests succeed, then it goes down mid-stream
            AtomicInteger served = new AtomicInteger();
            CountDownLatch wentDown = new CountDownLatch(1);
            receiver.respond(r -> served.incrementAndGet() <= 5 ? TestReceiver.Reply.status(200) : TestReceiver.Reply.status(503));
            try (WebhookSender sender = new WebhookSender(ds, fast("n1"), SECRETS, Clock.systemUTC())) {
                sender.start();
                await().atMost(WAIT).until(() -> served.get() > 5);
                receiver.stop();
                wentDown.countDown();
                await().atMost(WAIT).until(() -> connectionRefusedRetries(ds) >= 5);
                assertThat(states(ds)).doesNotContainKey("DEAD");
                receiver.respond(r -> TestReceiver.Reply.status(200));
                receiver.restart();
                await().atMost(WAIT).until(() -> delivered(ds) == events.size());
            }
            Map<String, Long> accepted = assertEveryEventAcceptedOnceKeyed(receiver, events);
            assertThat(accepted).hasSize(30);
            assertOrderedPerCustomer(receiver);
            assertThat(outbox.backlog().undelivered()).isZero();
        }
    }

    private static long connectionRefusedRetries(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM webhook_outbox WHERE state = 'PENDING' AND attempts >= 2"
                        + " AND last_error LIKE 'connection refused%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void poisonEndpointGoesToDeadLettersAtOnceAndReplayRedelivers(TestDatabase db) throws Exception {
        try (db; TestReceiver receiver = new TestReceiver(SECRET, Clock.systemUTC())) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, Clock.systemUTC());
            receiver.respond(r -> TestReceiver.Reply.status(400));
            List<WebhookEvent> events = enqueue(ds, outbox, WebhookEndpoint.of(receiver.url(), "CRM_SECRET"), 3, 1);
            try (WebhookSender sender = new WebhookSender(ds, fast("n1"), SECRETS, Clock.systemUTC())) {
                sender.start();
                await().atMost(WAIT).until(() -> outbox.backlog().dead() == 3);
                assertThat(receiver.received()).as("4xx is not retried").hasSize(3);
                assertThat(outbox.deadLetters(TenantFilter.all(), 10)).allSatisfy(d -> {
                    assertThat(d.attempts()).isEqualTo(1);
                    assertThat(d.lastStatus()).isEqualTo(400);
                });

                receiver.respond(r -> TestReceiver.Reply.status(200));
                assertThat(outbox.replay(events.get(0).eventId(), TenantFilter.of("acme"))).isEqualTo(1);
                sender.wakeUp();
                await().atMost(WAIT).until(() -> delivered(ds) == 1);
                assertThat(outbox.replayAll(TenantFilter.all())).isEqualTo(2);
                await().atMost(WAIT).until(() -> delivered(ds) == 3);
            }
            assertEveryEventAcceptedOnceKeyed(receiver, events);
            assertThat(outbox.deadLetters(TenantFilter.all(), 10)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void honoursRetryAfterOn503(TestDatabase db) throws Exception {
        MutableClock clock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        try (db; TestReceiver receiver = new TestReceiver(SECRET, clock)) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, clock);
            AtomicInteger calls = new AtomicInteger();
            receiver.respond(r -> calls.incrementAndGet() == 1
                    ? new TestReceiver.Reply(503, Map.of("Retry-After", "120")) : TestReceiver.Reply.status(200));
            WebhookEvent event = Events.enqueue(ds, outbox, WebhookEndpoint.of(receiver.url(), "CRM_SECRET"), "acme", "c1", "0");
            Instant t0 = clock.instant();
            try (WebhookSender sender = new WebhookSender(ds, fast("n1"), SECRETS, clock)) {
                sender.start();
                await().atMost(WAIT).until(() -> "PENDING".equals(rowState(ds)) && calls.get() == 1);
                assertThat(nextAttemptAt(ds)).isEqualTo(t0.plusSeconds(120));
                clock.advance(Duration.ofSeconds(119));
                sender.wakeUp();
                clock.advance(Duration.ofSeconds(1));
                await().atMost(WAIT).until(() -> delivered(ds) == 1);
            }
            assertThat(receiver.received()).extracting(TestReceiver.Received::status).containsExactly(503, 200);
            assertThat(receiver.received()).extracting(TestReceiver.Received::attemptHeader).containsExactly(1, 2);
            assertEveryEventAcceptedOnceKeyed(receiver, List.of(event));
        }
    }

    private static String rowState(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT state FROM webhook_outbox")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Instant nextAttemptAt(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT next_attempt_at FROM webhook_outbox")) {
            rs.next();
            return Sql.getInstant(rs, "next_attempt_at");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void keepsOrderPerCustomerWhenEveryFirstAttemptFails(TestDatabase db) throws Exception {
        try (db; TestReceiver receiver = new TestReceiver(SECRET, Clock.systemUTC())) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, Clock.systemUTC());
            Set<String> seen = ConcurrentHashMap.newKeySet();
            receiver.respond(r -> seen.add(r.idempotencyKey()) ? TestReceiver.Reply.status(500) : TestReceiver.Reply.status(204));
            List<WebhookEvent> events = enqueue(ds, outbox, WebhookEndpoint.of(receiver.url(), "CRM_SECRET"), 4, 6);
            try (WebhookSender sender = new WebhookSender(ds, fast("n1"), SECRETS, Clock.systemUTC())) {
                sender.start();
                await().atMost(WAIT).until(() -> delivered(ds) == events.size());
            }
            assertEveryEventAcceptedOnceKeyed(receiver, events);
            // stricter than accepted order: no request at all for event n+1 before event n was accepted
            Map<String, Integer> acceptedUpTo = new HashMap<>();
            for (TestReceiver.Received r : receiver.received()) {
                WebhookEvent e = r.event();
                int n = Integer.parseInt(e.outcome());
                assertThat(acceptedUpTo.getOrDefault(e.customer().id(), -1)).as("request for %s #%d", e.customer().id(), n)
                        .isEqualTo(n - 1);
                if (r.accepted()) {
                    acceptedUpTo.put(e.customer().id(), n);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void gracefulStopFinishesInFlightAndANewInstanceDeliversTheRest(TestDatabase db) throws Exception {
        try (db; TestReceiver receiver = new TestReceiver(SECRET, Clock.systemUTC())) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, Clock.systemUTC());
            Semaphore gate = new Semaphore(0);
            AtomicInteger waiting = new AtomicInteger();
            receiver.respond(r -> {
                waiting.incrementAndGet();
                gate.acquireUninterruptibly();
                return TestReceiver.Reply.status(200);
            });
            List<WebhookEvent> events = enqueue(ds, outbox, WebhookEndpoint.of(receiver.url(), "CRM_SECRET"), 10, 1);
            WebhookSender first = new WebhookSender(ds, fast("n1").withConcurrency(2, 2), SECRETS, Clock.systemUTC());
            first.start();
            await().atMost(WAIT).until(() -> waiting.get() == 2);
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(first::stop);
            await().atMost(WAIT).until(() -> first.inFlight() == 2 && !stopping.isDone());
            gate.release(2);
            stopping.get(30, TimeUnit.SECONDS);
            assertThat(first.inFlight()).isZero();
            assertThat(states(ds)).containsEntry("DELIVERED", 2L).containsEntry("PENDING", 8L).doesNotContainKey("DELIVERING");

            gate.release(1000);
            try (WebhookSender second = new WebhookSender(ds, fast("n2"), SECRETS, Clock.systemUTC())) {
                second.start();
                await().atMost(WAIT).until(() -> delivered(ds) == 10);
            }
            assertThat(assertEveryEventAcceptedOnceKeyed(receiver, events).values()).containsOnly(1L);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aCrashedSendersClaimsAreResentWithTheSameIdempotencyKey(TestDatabase db) throws Exception {
        try (db; TestReceiver receiver = new TestReceiver(SECRET, Clock.systemUTC())) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, Clock.systemUTC());
            WebhookEndpoint ep = WebhookEndpoint.of(receiver.url(), "CRM_SECRET");
            List<WebhookEvent> events = enqueue(ds, outbox, ep, 6, 1);
            // node n1 claimed three rows and died before recording anything
            Instant now = Instant.now();
            assertThat(new OutboxLeases(ds, "n1").claim(3, now, now.plus(Duration.ofHours(1)))).hasSize(3);
            assertThat(states(ds)).containsEntry("DELIVERING", 3L);
            try (WebhookSender restarted = new WebhookSender(ds, fast("n1"), SECRETS, Clock.systemUTC())) {
                restarted.start();
                await().atMost(WAIT).until(() -> delivered(ds) == 6);
            }
            assertEveryEventAcceptedOnceKeyed(receiver, events);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void neverExceedsThePerEndpointConcurrencyLimit(TestDatabase db) throws Exception {
        try (db; TestReceiver receiver = new TestReceiver(SECRET, Clock.systemUTC())) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, Clock.systemUTC());
            Semaphore gate = new Semaphore(0);
            AtomicInteger waiting = new AtomicInteger();
            receiver.respond(r -> {
                waiting.incrementAndGet();
                gate.acquireUninterruptibly();
                return TestReceiver.Reply.status(200);
            });
            List<WebhookEvent> events = enqueue(ds, outbox, WebhookEndpoint.of(receiver.url(), "CRM_SECRET"), 30, 1);
            try (WebhookSender sender = new WebhookSender(ds, fast("n1").withConcurrency(16, 3), SECRETS, Clock.systemUTC())) {
                sender.start();
                await().atMost(WAIT).until(() -> waiting.get() == 3);
                assertThat(sender.inFlight()).isEqualTo(3);
                assertThat(states(ds)).containsEntry("DELIVERING", 3L);
                gate.release(1000);
                await().atMost(WAIT).until(() -> delivered(ds) == 30);
            }
            assertThat(receiver.maxConcurrent()).isEqualTo(3);
            assertEveryEventAcceptedOnceKeyed(receiver, events);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void keepsManyRequestsInFlightPerEndpointOverKeptAliveConnectionsAndInOrderPerCustomer(TestDatabase db)
            throws Exception {
        try (db; TestReceiver receiver = new TestReceiver(SECRET, Clock.systemUTC())) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, Clock.systemUTC());
            Semaphore gate = new Semaphore(0);
            AtomicInteger waiting = new AtomicInteger();
            receiver.respond(r -> {
                waiting.incrementAndGet();
                gate.acquireUninterruptibly();
                return TestReceiver.Reply.status(200);
            });
            List<WebhookEvent> events = enqueue(ds, outbox, WebhookEndpoint.of(receiver.url(), "CRM_SECRET"), 40, 5);
            try (WebhookSender sender = new WebhookSender(ds, fast("n1").withConcurrency(64, 12), SECRETS,
                    Clock.systemUTC())) {
                sender.start();
                await().atMost(WAIT).until(() -> waiting.get() == 12);
                assertThat(sender.inFlight()).isEqualTo(12);
                gate.release(100_000);
                await().atMost(WAIT).until(() -> delivered(ds) == events.size());
            }
            assertThat(receiver.maxConcurrent()).isEqualTo(12);
            assertThat(receiver.connections()).as("200 requests over kept-alive connections").isLessThanOrEqualTo(12);
            assertThat(assertEveryEventAcceptedOnceKeyed(receiver, events).values()).containsOnly(1L);
            assertOrderedPerCustomer(receiver);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void twoServersShareTheOutboxAndNeverSendAnEventTwiceNorACustomersEventsAtOnce(TestDatabase db) throws Exception {
        try (db; TestReceiver receiver = new TestReceiver(SECRET, Clock.systemUTC())) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, Clock.systemUTC());
            CountDownLatch bothFull = new CountDownLatch(8);
            Set<String> customersInFlight = ConcurrentHashMap.newKeySet();
            List<String> overlaps = new java.util.concurrent.CopyOnWriteArrayList<>();
            receiver.respond(r -> {
                String customer = r.event().customer().id();
                if (!customersInFlight.add(customer)) {
                    overlaps.add(customer);
                }
                try {
                    // hold the first requests until each server has its 4 slots taken: 8 at once proves both send
                    bothFull.countDown();
                    bothFull.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    customersInFlight.remove(customer);
                }
                return TestReceiver.Reply.status(200);
            });
            List<WebhookEvent> events = enqueue(ds, outbox, WebhookEndpoint.of(receiver.url(), "CRM_SECRET"), 50, 4);
            try (WebhookSender a = new WebhookSender(ds, fast("a").withConcurrency(4, 4), SECRETS, Clock.systemUTC());
                    WebhookSender b = new WebhookSender(ds, fast("b").withConcurrency(4, 4), SECRETS,
                            Clock.systemUTC())) {
                a.start();
                b.start();
                assertThat(bothFull.await(60, TimeUnit.SECONDS)).as("both servers had 4 requests in flight").isTrue();
                await().atMost(WAIT).until(() -> delivered(ds) == events.size());
            }
            assertThat(receiver.maxConcurrent()).isEqualTo(8);
            assertThat(overlaps).as("customers with two events in flight at once").isEmpty();
            assertThat(assertEveryEventAcceptedOnceKeyed(receiver, events).values()).containsOnly(1L);
            assertOrderedPerCustomer(receiver);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aMissingSecretIsRetriedAndNamedNotSentUnsigned(TestDatabase db) throws Exception {
        try (db; TestReceiver receiver = new TestReceiver(SECRET, Clock.systemUTC())) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, Clock.systemUTC());
            Events.enqueue(ds, outbox, WebhookEndpoint.of(receiver.url(), "UNSET_SECRET"), "acme", "c1", "0");
            try (WebhookSender sender = new WebhookSender(ds, fast("n1"), SECRETS, Clock.systemUTC())) {
                sender.start();
                await().atMost(WAIT).until(() -> lastError(ds) != null);
            }
            assertThat(lastError(ds)).isEqualTo("signing secret environment variable UNSET_SECRET is not set");
            assertThat(states(ds)).containsOnlyKeys("PENDING");
            assertThat(receiver.received()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void retriesUntilTheMaxAgeThenMakesADeadLetter(TestDatabase db) throws Exception {
        MutableClock clock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        try (db; TestReceiver receiver = new TestReceiver(SECRET, clock)) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, clock);
            receiver.respond(r -> TestReceiver.Reply.status(502));
            WebhookEvent event = Events.enqueue(ds, outbox, WebhookEndpoint.of(receiver.url(), "CRM_SECRET"), "acme", "c1", "0");
            WebhookSenderSettings settings = fast("n1").withBackoff(Duration.ofMinutes(1), Duration.ofHours(1))
                    .withMaxAge(Duration.ofHours(24));
            try (WebhookSender sender = new WebhookSender(ds, settings, SECRETS, clock)) {
                sender.start();
                await().atMost(WAIT).until(() -> {
                    if ("PENDING".equals(rowState(ds))) {
                        clock.advance(Duration.ofHours(1)); // past any backoff (capped at 1 h): the next try is due
                        sender.wakeUp();
                    }
                    return outbox.backlog().dead() == 1;
                });
            }
            DeadLetter dead = outbox.deadLetters(TenantFilter.all(), 1).get(0);
            assertThat(dead.eventId()).isEqualTo(event.eventId());
            assertThat(dead.lastStatus()).isEqualTo(502);
            assertThat(dead.lastError()).startsWith("HTTP 502").contains("webhook.max_age");
            assertThat(receiver.received()).hasSize(dead.attempts()).hasSizeBetween(2, 30)
                    .allSatisfy(r -> assertThat(r.idempotencyKey()).isEqualTo(event.eventId().toString()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aRequestTimeoutIsRetried(TestDatabase db) throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (db; TestReceiver receiver = new TestReceiver(SECRET, clock)) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, clock);
            CountDownLatch gate = new CountDownLatch(1);
            AtomicInteger calls = new AtomicInteger();
            receiver.respond(r -> {
                if (calls.incrementAndGet() == 1) {
                    try {
                        gate.await(); // hang far past the sender's request timeout
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return TestReceiver.Reply.status(200);
            });
            WebhookEvent event = Events.enqueue(ds, outbox, WebhookEndpoint.of(receiver.url(), "CRM_SECRET"), "acme", "c1", "0");
            WebhookSenderSettings settings = fast("n1").withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                    .withBackoff(Duration.ofHours(1), Duration.ofHours(1));
            try (WebhookSender sender = new WebhookSender(ds, settings, SECRETS, clock)) {
                sender.start();
                await().atMost(WAIT).until(() -> lastError(ds) != null);
                assertThat(lastError(ds)).startsWith("request timeout");
                assertThat(rowState(ds)).isEqualTo("PENDING");
                clock.advance(Duration.ofHours(1));
                sender.wakeUp();
                await().atMost(WAIT).until(() -> delivered(ds) == 1);
            } finally {
                gate.countDown();
            }
            // the hung first request may still complete once released: a duplicate, with the same key
            assertThat(receiver.accepted()).extracting(TestReceiver.Received::idempotencyKey)
                    .isNotEmpty().containsOnly(event.eventId().toString());
        }
    }

    private static String lastError(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT last_error FROM webhook_outbox")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
