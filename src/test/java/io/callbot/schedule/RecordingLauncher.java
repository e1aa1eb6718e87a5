package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * A launcher that records the attempts it gets and lets the test finish each call: a result the test completes is
 * settled in the ledger as the real launcher settles it (null: settled elsewhere). Thread-safe.
 */
final class RecordingLauncher implements CallLauncher {
    final List<ClaimedAttempt> launched = new CopyOnWriteArrayList<>();
    final Map<Long, CompletableFuture<AttemptResult>> calls = new ConcurrentHashMap<>();
    private final DataSource ds;
    private final TickSettings settings;
    private final Clock clock;
    volatile int capacity;

    /** A launcher whose calls are never settled. */
    RecordingLauncher(int capacity) {
        this(capacity, null, null, null);
    }

    RecordingLauncher(int capacity, DataSource ds, TickSettings settings, Clock clock) {
        this.capacity = capacity;
        this.ds = ds;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int capacity(Campaign campaign) {
        return capacity;
    }

    @Override
    public CompletableFuture<Void> launch(ClaimedAttempt attempt) {
        launched.add(attempt);
        CompletableFuture<AttemptResult> f = new CompletableFuture<>();
        calls.put(attempt.candidate().customerId(), f);
        return f.thenAccept(r -> {
            if (r != null) {
                LedgerResults.settle(ds, settings, attempt, r, clock.instant());
            }
        });
    }

    List<Long> customers() {
        return launched.stream().map(a -> a.candidate().customerId()).toList();
    }
}
