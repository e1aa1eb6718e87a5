package io.callbot.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.customer.CustomerRecord;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.Tag;
import io.callbot.customer.TimezoneSource;
import io.callbot.dialog.engine.CustomerView;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.dialog.engine.TranscriptEntry;
import io.callbot.media.MediaEndReason;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed outcome write is retried on a timer, never by a sleeping writer thread; a record never written is spilled
 * to a file and replayed once at restart.
 */
class OutcomeWriterRetryTest {
    private static final String TENANT = "acme-shop";
    private final Campaign campaign = CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml")).campaign();
    private final TestDatabase db = TestDatabases.h2();
    private final ExecutorService writerPool = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final List<CallRecord> givenUp = new CopyOnWriteArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);

    @AfterEach
    void close() throws Exception {
        writerPool.shutdownNow();
        timer.shutdownNow();
        db.close();
    }

    @Test
    void aDatabaseThatFailsTwiceIsRetriedOnTheTimerWhileTheWriterPoolStaysFree() throws Exception {
        failuresLeft.set(2);
        OutcomeWriter writer = writer(5, Duration.ofMillis(300));
        CallRecord record = record();
        writer.finished(record);
        Thread.sleep(100); // the first try has failed; the second waits on the timer
        var free = writerPool.submit(() -> "free");
        assertThat(free.get(50, TimeUnit.MILLISECONDS)).as("the single writer thread is not asleep").isEqualTo("free");
        assertThat(done.await(5, TimeUnit.SECONDS)).as("written after the database recovered").isTrue();
        assertThat(failuresLeft.get()).isZero();
        assertThat(ledgerRows()).isEqualTo(1);
        assertThat(givenUp).isEmpty();
    }

    @Test
    void aRecordThatCannotBeWrittenAfterTheLastTryIsHandedOnNotDropped() throws Exception {
        failuresLeft.set(Integer.MAX_VALUE);
        OutcomeWriter writer = writer(3, Duration.ofMillis(10));
        CallRecord record = record();
        writer.finished(record);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (givenUp.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(givenUp).containsExactly(record);
        assertThat(done.getCount()).isEqualTo(1);
        assertThat(ledgerRows()).isZero();
    }

    @Test
    void aRecordNeverWrittenIsSpilledAndARestartReplaysItExactlyOnce(@TempDir Path dir) throws Exception {
        OutcomeSpillFile spill = new OutcomeSpillFile(dir.resolve("outcome-spill.jsonl"));
        failuresLeft.set(Integer.MAX_VALUE);
        OutcomeWriter writer = writer(2, Duration.ofMillis(10), spill::append);
        CallRecord record = record();
        writer.finished(record);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!Files.exists(spill.file()) && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        Thread.sleep(50);
        List<String> spilled = Files.readAllLines(spill.file());
        assertThat(spilled).singleElement().asString().contains(record.plan().attemptId().toString());
        assertThat(ledgerRows()).isZero();

        failuresLeft.set(0); // the restart: the database is back
        OutcomeWriter restarted = writer(2, Duration.ofMillis(10), r -> { });
        var replayed = spill.replay(this::campaign, restarted::replay);
        assertThat(replayed).isEqualTo(new OutcomeSpillFile.Replayed(1, 0, 0, 0));
        assertThat(Files.exists(spill.file())).as("removed once replayed").isFalse();
        assertThat(ledgerRows()).isEqualTo(1);
        assertThat(transcriptRows()).isEqualTo(1);

        Files.write(spill.file(), spilled); // a crash before the file was removed: the same line again
        assertThat(spill.replay(this::campaign, restarted::replay)).isEqualTo(new OutcomeSpillFile.Replayed(0, 1, 0, 0));
        assertThat(ledgerRows()).isEqualTo(1);
        assertThat(transcriptRows()).as("nothing applied twice").isEqualTo(1);
    }

    @Test
    void aMalformedSpillLineIsSetAsideAndTheOthersReplayed(@TempDir Path dir) throws Exception {
        OutcomeSpillFile spill = new OutcomeSpillFile(dir.resolve("outcome-spill.jsonl"));
        OutcomeWriter writer = writer(1, Duration.ofMillis(10), r -> { });
        spill.append(record());
        String good = Files.readAllLines(spill.file()).get(0);
        Files.write(spill.file(), List.of("{not json", good));
        assertThat(spill.replay(this::campaign, writer::replay)).isEqualTo(new OutcomeSpillFile.Replayed(1, 0, 0, 1));
        assertThat(Files.readAllLines(dir.resolve("outcome-spill.jsonl.malformed"))).containsExactly("{not json");
        assertThat(ledgerRows()).isEqualTo(1);
    }

    @Test
    void aReplayThatFailsAgainKeepsTheRecord(@TempDir Path dir) throws Exception {
        OutcomeSpillFile spill = new OutcomeSpillFile(dir.resolve("outcome-spill.jsonl"));
        OutcomeWriter writer = writer(1, Duration.ofMillis(10), r -> { });
        spill.append(record());
        List<String> before = Files.readAllLines(spill.file());
        failuresLeft.set(Integer.MAX_VALUE);
        assertThat(spill.replay(this::campaign, writer::replay)).isEqualTo(new OutcomeSpillFile.Replayed(0, 0, 1, 0));
        assertThat(Files.readAllLines(spill.file())).isEqualTo(before);
    }

    private java.util.Optional<Campaign> campaign(String tenant, String id) {
        return tenant.equals(campaign.tenant()) && id.equals(campaign.id()) ? java.util.Optional.of(campaign)
                : java.util.Optional.empty();
    }

    private OutcomeWriter writer(int tries, Duration firstDelay) {
        return writer(tries, firstDelay, givenUp::add);
    }

    private OutcomeWriter writer(int tries, Duration firstDelay, java.util.function.Consumer<CallRecord> onGivenUp) {
        DataSource real = db.database().dataSource();
        CustomerStore customers = new CustomerStore(real, Clock.systemUTC());
        customers.upsert(TENANT, new CustomerRecord("crm-1", "+12125550101", "Maria", "Lopez", "en-US",
                "America/New_York", TimezoneSource.EXPLICIT, true, List.of(Tag.parse("segment:vip")), Map.of()));
        DataSource flaky = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        throw new SQLException("database unavailable");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new OutcomeWriter(new InfoTableSettlement(flaky), writerPool,
                new OutcomeWriter.Retries(timer, tries, firstDelay, onGivenUp), r -> done.countDown());
    }

    private CallRecord record() {
        long id = new CustomerStore(db.database().dataSource(), Clock.systemUTC())
                .getByExternalId(TENANT, "crm-1").orElseThrow().id();
        CustomerView view = new CustomerView(String.valueOf(id), "Maria", "Lopez", "+12125550101",
                ZoneId.of("America/New_York"), Map.of(), Set.of("segment:vip"));
        CallPlan plan = new CallPlan(UUID.randomUUID(), 1, campaign, id, "crm-1",
                new DialogContext(view, campaign.id(), campaign.name(), campaign.data()),
                CampaignDialogs.settingsFor(campaign));
        Instant t = Instant.parse("2026-11-28T15:00:00Z");
        return new CallRecord(plan, "coupon_accepted", CallEndReason.parse("COMPLETED"), MediaEndReason.ROBOT_HANGUP,
                List.of("greeting"),
                List.of(new TranscriptEntry(t, TranscriptEntry.Speaker.ROBOT, "greeting", "Hi Maria", 1, null, false)),
                List.of("campaign:winback-coupon:accepted"), List.of(), Map.of(), null, false, t, t.plusSeconds(20));
    }

    private int ledgerRows() throws Exception {
        return count("SELECT COUNT(*) FROM callbot_info WHERE k LIKE 'attempt-%'");
    }

    private int transcriptRows() throws Exception {
        return count("SELECT COUNT(*) FROM call_transcript");
    }

    private int count(String sql) throws Exception {
        try (Connection c = db.database().dataSource().getConnection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * The settlement stand-in: one row per settled attempt and the transcript, in one transaction; nothing for an
     * attempt settled before.
     */
    private static final class InfoTableSettlement implements CallSettlement {
        private final DataSource dataSource;

        InfoTableSettlement(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public boolean settle(CallRecord r, boolean onlyIfUnsettled) throws SQLException {
            try (Connection c = dataSource.getConnection()) {
                return io.callbot.store.Transactions.run(c, tx -> {
                    try (PreparedStatement ps = tx.prepareStatement("SELECT 1 FROM callbot_info WHERE k = ?")) {
                        ps.setString(1, "attempt-" + r.plan().attemptId());
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next()) {
                                return false; // settled before
                            }
                        }
                    }
                    try (PreparedStatement ps = tx.prepareStatement("INSERT INTO callbot_info (k, v) VALUES (?, ?)")) {
                        ps.setString(1, "attempt-" + r.plan().attemptId());
                        ps.setString(2, r.outcome());
                        ps.executeUpdate();
                    }
                    new TranscriptStore(dataSource).insert(tx, r);
                    return true;
                });
            }
        }

        @Override
        public void optOutNow(CallPlan plan) {
        }
    }
}
