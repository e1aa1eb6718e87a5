package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A launcher that records the attempts it gets and lets the test finish each call. Thread-safe. */
final class RecordingLauncher implements CallLauncher {
    final List<ClaimedAttempt> launched = new CopyOnWriteArrayList<>();
    final Map<Long, CompletableFuture<AttemptResult>> calls = new ConcurrentHashMap<>();
    volatile int capacity;

    RecordingLauncher(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public int capacity(Campaign campaign) {
        return capacity;
    }

    @Override
    public CompletableFuture<AttemptResult> launch(ClaimedAttempt attempt) {
        launched.add(attempt);
        CompletableFuture<AttemptResult> f = new CompletableFuture<>();
        calls.put(attempt.candidate().customerId(), f);
        return f;
    }

    List<Long> customers() {
        return launched.stream().map(a -> a.candidate().customerId()).toList();
    }
}
