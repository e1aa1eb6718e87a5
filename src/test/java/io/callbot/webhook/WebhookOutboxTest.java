package io.callbot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.testing.MutableClock;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WebhookOutboxTest {
    private static final WebhookEndpoint CRM = WebhookEndpoint.of("http://127.0.0.1:9/hook", "CRM_SECRET");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    private static String state(DataSource ds, UUID eventId) throws Exception {
        try (Connection c = ds.getConnection(); var ps = c.prepareStatement("SELECT state FROM webhook_outbox WHERE event_id = ?")) {
            ps.setObject(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void enqueueJoinsTheCallersTransaction(TestDatabase db) throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, clock);
            WebhookEvent rolledBack = Events.event("acme", "c1", "interested");
            WebhookEvent committed = Events.event("acme", "c1", "interested");
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                assertThat(outbox.enqueue(c, CRM, rolledBack)).isTrue();
                c.rollback();
                assertThat(outbox.enqueue(c, CRM, committed)).isTrue();
                c.commit();
                assertThat(outbox.enqueue(c, CRM, committed)).as("same event id again").isFalse();
                c.commit();
            }
            assertThat(state(ds, rolledBack.eventId())).isNull();
            assertThat(state(ds, committed.eventId())).isEqualTo("PENDING");
            assertThat(outbox.backlog()).isEqualTo(new Backlog(1, 0, 0, java.util.Optional.of(Duration.ZERO)));
            clock.advance(Duration.ofMinutes(3));
            assertThat(outbox.backlog().oldestUndeliveredAge()).contains(Duration.ofMinutes(3));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void claimsOnlyTheOldestUndeliveredEventOfEachCustomer(TestDatabase db) throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, clock);
            OutboxLeases leases = new OutboxLeases(ds, "node-a");
            WebhookEvent c1first = Events.enqueue(ds, outbox, CRM, "acme", "c1", "first");
            WebhookEvent c1second = Events.enqueue(ds, outbox, CRM, "acme", "c1", "second");
            WebhookEvent c2 = Events.enqueue(ds, outbox, CRM, "acme", "c2", "only");
            Instant now = clock.instant();
            Instant lease = now.plusSeconds(60);

            List<OutboxEntry> claimed = leases.claim(10, now, lease);
            assertThat(claimed).extracting(OutboxEntry::eventId).containsExactly(c1first.eventId(), c2.eventId());
            assertThat(claimed.get(0).attempts()).isEqualTo(1);
            assertThat(leases.claim(10, now, lease)).as("c1's second waits while the first is in flight").isEmpty();

            // the first fails and is retried later: the second still waits
            assertThat(leases.markRetry(claimed.get(0).seq(), now.plusSeconds(30), 503, "HTTP 503")).isTrue();
            assertThat(leases.claim(10, now, lease)).isEmpty();
            clock.advance(Duration.ofSeconds(30));
            List<OutboxEntry> retried = leases.claim(10, clock.instant(), lease);
            assertThat(retried).extracting(OutboxEntry::eventId).containsExactly(c1first.eventId());
            assertThat(retried.get(0).attempts()).isEqualTo(2);

            assertThat(leases.markDelivered(retried.get(0).seq(), 200, clock.instant())).isTrue();
            assertThat(leases.claim(10, clock.instant(), lease))
                    .extracting(OutboxEntry::eventId).containsExactly(c1second.eventId());
            assertThat(state(ds, c1first.eventId())).isEqualTo("DELIVERED");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void twoSendersRacingNeverClaimTheSameRow(TestDatabase db) throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, clock);
            for (int i = 0; i < 200; i++) {
                Events.enqueue(ds, outbox, CRM, "acme", "c" + i, "x");
            }
            List<Long> all = Collections.synchronizedList(new ArrayList<>());
            Callable<Integer> node = () -> {
                OutboxLeases leases = new OutboxLeases(ds, "node-" + UUID.randomUUID());
                int n = 0;
                List<OutboxEntry> got;
                do {
                    got = leases.claim(7, clock.instant(), clock.instant().plusSeconds(60));
                    got.forEach(e -> all.add(e.seq()));
                    n += got.size();
                } while (!got.isEmpty());
                return n;
            };
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<Integer>> results = pool.invokeAll(List.of(node, node, node));
                int total = 0;
                for (Future<Integer> f : results) {
                    total += f.get();
                }
                assertThat(total).isEqualTo(200);
            } finally {
                pool.shutdownNow();
            }
            assertThat(all).hasSize(200).doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void staleClaimsGoBackToPendingAndLostLeasesCannotComplete(TestDatabase db) throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, clock);
            WebhookEvent a = Events.enqueue(ds, outbox, CRM, "acme", "c1", "x");
            WebhookEvent b = Events.enqueue(ds, outbox, CRM, "acme", "c2", "x");
            Instant now = clock.instant();
            OutboxLeases nodeA = new OutboxLeases(ds, "node-a");
            OutboxLeases nodeB = new OutboxLeases(ds, "node-b");
            OutboxEntry claimedA = nodeA.claim(1, now, now.plusSeconds(60)).get(0);
            OutboxEntry claimedB = nodeB.claim(1, now, now.plusSeconds(600)).get(0);
            assertThat(claimedA.eventId()).isEqualTo(a.eventId());
            assertThat(claimedB.eventId()).isEqualTo(b.eventId());

            assertThat(nodeA.releaseExpired(now.plusSeconds(59))).isZero();
            assertThat(nodeB.releaseExpired(now.plusSeconds(61))).as("A's lease ran out").isEqualTo(1);
            assertThat(state(ds, a.eventId())).isEqualTo("PENDING");
            assertThat(nodeA.markDelivered(claimedA.seq(), 200, now)).as("A lost its lease").isFalse();

            // node B restarts: it frees its own claim at once, without waiting for the lease
            assertThat(nodeB.releaseStale(now)).isEqualTo(1);
            assertThat(state(ds, b.eventId())).isEqualTo("PENDING");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void deadLettersAreListedAndReplayedByIdOrAllWithinATenantScope(TestDatabase db) throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, clock);
            OutboxLeases leases = new OutboxLeases(ds, "node-a");
            List<WebhookEvent> events = List.of(Events.enqueue(ds, outbox, CRM, "acme", "c1", "x"),
                    Events.enqueue(ds, outbox, CRM, "acme", "c2", "x"), Events.enqueue(ds, outbox, CRM, "globex", "c3", "x"));
            for (OutboxEntry e : leases.claim(10, clock.instant(), clock.instant().plusSeconds(60))) {
                assertThat(leases.markDead(e.seq(), 400, "HTTP 400: bad", clock.instant())).isTrue();
            }
            assertThat(outbox.backlog()).isEqualTo(new Backlog(0, 0, 3, java.util.Optional.empty()));
            assertThat(outbox.deadLetters(TenantFilter.of("acme"), 10)).hasSize(2)
                    .allSatisfy(d -> {
                        assertThat(d.lastStatus()).isEqualTo(400);
                        assertThat(d.lastError()).isEqualTo("HTTP 400: bad");
                        assertThat(d.attempts()).isEqualTo(1);
                    });

            assertThat(outbox.replay(events.get(2).eventId(), TenantFilter.of("acme"))).as("other tenant's event").isZero();
            clock.advance(Duration.ofDays(3));
            assertThat(outbox.replay(events.get(0).eventId(), TenantFilter.of("acme"))).isEqualTo(1);
            List<OutboxEntry> again = leases.claim(10, clock.instant(), clock.instant().plusSeconds(60));
            assertThat(again).singleElement().satisfies(e -> {
                assertThat(e.eventId()).isEqualTo(events.get(0).eventId());
                assertThat(e.attempts()).isEqualTo(1);
                assertThat(e.retryWindowFrom()).as("a fresh retry window").isEqualTo(clock.instant());
            });
            assertThat(outbox.replayAll(TenantFilter.all())).isEqualTo(2);
            assertThat(outbox.deadLetters(TenantFilter.all(), 10)).isEmpty();
            assertThat(outbox.backlog().undelivered()).isEqualTo(3);
        }
    }
}
