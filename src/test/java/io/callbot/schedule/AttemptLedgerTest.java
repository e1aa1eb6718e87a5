package io.callbot.schedule;

import static io.callbot.testing.NamedCustomers.id;
import io.callbot.dial.ResultKind;
import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AttemptLedgerTest {
    private static final Instant NOW = Instant.parse("2026-06-01T14:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private static AttemptLedger.NewAttempt attempt(String campaign, String customer, int no) {
        return new AttemptLedger.NewAttempt(UUID.randomUUID(), "acme", campaign, "v1", id(customer), no);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void twoConcurrentClaimersNeverClaimTheSameAttempt(TestDatabase db) throws Exception {
        try (db) {
            AttemptLedger ledger = new AttemptLedger(db.database().dataSource());
            int customers = 150;
            Set<String> wonByA = ConcurrentHashMap.newKeySet();
            Set<String> wonByB = ConcurrentHashMap.newKeySet();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (var entry : List.of(java.util.Map.entry("node-a", wonByA), java.util.Map.entry("node-b", wonByB))) {
                    runs.add(pool.submit(() -> {
                        go.await();
                        for (int i = 0; i < customers; i++) {
                            if (ledger.claim(attempt("c1", "cust-" + i, 1), entry.getKey(), NOW, LEASE)) {
                                entry.getValue().add("cust-" + i);
                            }
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : runs) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(Collections.disjoint(wonByA, wonByB)).isTrue();
            assertThat(wonByA.size() + wonByB.size()).isEqualTo(customers);
            for (int i = 0; i < customers; i++) {
                assertThat(ledger.historyOf(new io.callbot.campaign.CampaignKey("acme", "c1"), id("cust-" + i)).attempts()).hasSize(1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void batchClaimsSayWhichRowsWereOursAndBatchDialingSkipsTheOptedOut(TestDatabase db) throws Exception {
        try (db) {
            AttemptLedger ledger = new AttemptLedger(db.database().dataSource());
            LedgerBatch batches = new LedgerBatch(db.database().dataSource());
            assertThat(ledger.claim(attempt("spring", "taken", 1), "node-b", NOW, LEASE)).isTrue();
            List<AttemptLedger.NewAttempt> batch = List.of(attempt("spring", "a", 1), attempt("spring", "taken", 1),
                    attempt("spring", "b", 2), attempt("spring", "c", 1));
            assertThat(batches.claimAll(batch, "node-a", NOW, LEASE)).containsExactly(true, false, true, true);
            List<AttemptLedger.NewAttempt> again = List.of(attempt("spring", "a", 1), attempt("spring", "b", 2));
            assertThat(batches.claimAll(again, "node-c", NOW, LEASE)).as("claimed once only").containsExactly(false, false);
            ledger.optOut("acme", id("b"), NOW);
            assertThat(batches.markDialingAll(List.of(batch.get(0).id(), batch.get(2).id(), batch.get(3).id()), "node-a"))
                    .containsExactly(true, false, true);
            assertThat(ledger.find(batch.get(2).id()).orElseThrow().state()).isEqualTo(AttemptState.CANCELLED);
            assertThat(ledger.find(batch.get(3).id()).orElseThrow().state()).isEqualTo(AttemptState.DIALING);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void crashReconciliationSettlesOpenAttemptsWithoutRedialing(TestDatabase db) throws Exception {
        try (db) {
            AttemptLedger ledger = new AttemptLedger(db.database().dataSource());
            var queued = attempt("c1", "q", 1);
            var dialing = attempt("c1", "d", 1);
            var inCall = attempt("c1", "i", 1);
            var peer = attempt("c1", "p", 1);
            var pacing = attempt("c1", "w", 1);
            for (var a : List.of(queued, dialing, inCall, pacing)) {
                assertThat(ledger.claim(a, "node-a", NOW, LEASE)).isTrue();
            }
            assertThat(ledger.claim(peer, "node-b", NOW, LEASE)).isTrue();
            for (var a : List.of(dialing, inCall, pacing)) {
                assertThat(ledger.markDialing(a.id(), "node-a", NOW)).isTrue();
            }
            assertThat(ledger.markOriginating(dialing.id(), NOW)).isTrue();
            assertThat(ledger.markOriginating(inCall.id(), NOW)).isTrue();
            assertThat(ledger.markInCall(inCall.id(), NOW)).isTrue();
            assertThat(ledger.markDialing(peer.id(), "node-b", NOW)).isTrue();
            assertThat(ledger.markOriginating(peer.id(), NOW)).isTrue();

            // node-a restarts
            assertThat(ledger.reconcileOnStart("node-a", NOW.plusSeconds(10))).isEqualTo(4);
            assertThat(ledger.find(queued.id()).orElseThrow().state()).isEqualTo(AttemptState.CANCELLED);
            // handed to the dialer, but its Originate never went out: it never reached the phone
            assertThat(ledger.find(pacing.id()).orElseThrow().state()).isEqualTo(AttemptState.CANCELLED);
            assertThat(ledger.markOriginating(pacing.id(), NOW)).isFalse();
            assertThat(ledger.find(dialing.id()).orElseThrow().state()).isEqualTo(AttemptState.UNKNOWN);
            assertThat(ledger.find(inCall.id()).orElseThrow().state()).isEqualTo(AttemptState.UNKNOWN);
            assertThat(ledger.find(peer.id()).orElseThrow().state()).isEqualTo(AttemptState.DIALING);
            // a settled attempt can no longer be dialed by the node that queued it
            assertThat(ledger.markDialing(queued.id(), "node-a", NOW)).isFalse();

            // node-b renews its lease, then dies: after the lease runs out its attempt is settled too
            assertThat(ledger.renewLeases("node-b", NOW.plus(LEASE).plusSeconds(60))).isEqualTo(1);
            assertThat(ledger.reconcileExpired(NOW.plus(LEASE))).isZero();
            assertThat(ledger.reconcileExpired(NOW.plus(LEASE).plusSeconds(61))).isEqualTo(1);
            assertThat(ledger.find(peer.id()).orElseThrow().state()).isEqualTo(AttemptState.UNKNOWN);
            // the same attempt number can never be claimed again
            assertThat(ledger.claim(attempt("c1", "d", 1), "node-a", NOW, LEASE)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void finishRunsInTheCallersTransaction(TestDatabase db) throws Exception {
        try (db) {
            AttemptLedger ledger = new AttemptLedger(db.database().dataSource());
            var a = attempt("c1", "x", 1);
            ledger.claim(a, "node-a", NOW, LEASE);
            ledger.markDialing(a.id(), "node-a", NOW);
            AttemptResult busy = AttemptResult.dialing(ResultKind.BUSY, 17);
            Instant retry = NOW.plus(Duration.ofMinutes(30));
            try (Connection c = db.database().dataSource().getConnection()) {
                c.setAutoCommit(false);
                assertThat(ledger.finish(c, a.id(), busy, NOW, RetryDecision.at(retry))).isTrue();
                c.rollback();
            }
            assertThat(ledger.find(a.id()).orElseThrow().state()).isEqualTo(AttemptState.DIALING);
            try (Connection c = db.database().dataSource().getConnection()) {
                c.setAutoCommit(false);
                ledger.finish(c, a.id(), busy, NOW, RetryDecision.at(retry));
                c.commit();
            }
            PastAttempt row = ledger.find(a.id()).orElseThrow();
            assertThat(row.state()).isEqualTo(AttemptState.FINISHED);
            assertThat(row.result()).isEqualTo(ResultKind.BUSY);
            assertThat(row.nextRetryAt()).isEqualTo(retry);
            assertThat(ledger.finish(a.id(), busy, NOW, RetryDecision.at(retry))).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void optOutCancelsQueuedAttemptsOfEveryCampaignAndBlocksDialing(TestDatabase db) throws Exception {
        try (db) {
            AttemptLedger ledger = new AttemptLedger(db.database().dataSource());
            var c1 = attempt("c1", "x", 1);
            var c2 = attempt("c2", "x", 1);
            var other = attempt("c2", "y", 1);
            for (var a : List.of(c1, c2, other)) {
                ledger.claim(a, "node-a", NOW, LEASE);
            }
            try (Connection c = db.database().dataSource().getConnection()) {
                c.setAutoCommit(false);
                ledger.optOut(c, "acme", id("x"), NOW);
                ledger.optOut(c, "acme", id("x"), NOW); // twice is harmless
                c.commit();
            }
            assertThat(ledger.find(c1.id()).orElseThrow().state()).isEqualTo(AttemptState.CANCELLED);
            assertThat(ledger.find(c2.id()).orElseThrow().state()).isEqualTo(AttemptState.CANCELLED);
            assertThat(ledger.find(other.id()).orElseThrow().state()).isEqualTo(AttemptState.QUEUED);
            assertThat(ledger.optedOut("acme")).containsExactly(id("x"));
            // a tick that read the audience before the opt-out still cannot dial
            var late = attempt("c3", "x", 1);
            assertThat(ledger.claim(late, "node-a", NOW, LEASE)).isTrue();
            assertThat(ledger.markDialing(late.id(), "node-a", NOW)).isFalse();
            assertThat(ledger.markDialing(other.id(), "node-b", NOW)).isFalse();
            assertThat(ledger.markDialing(other.id(), "node-a", NOW)).isTrue();
        }
    }
}
