package io.callbot.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** In-memory {@link CallPort}: calls kept sorted newest first by (endedAt, id), keyset-paged by binary search. */
final class InMemoryCalls implements CallPort {
    static final Comparator<CallSummary> NEWEST_FIRST = Comparator.comparing(CallSummary::endedAt)
            .thenComparing(CallSummary::id).reversed();

    private final List<CallSummary> sorted;
    private final Map<UUID, CallDetail> details = new HashMap<>();
    private final Map<UUID, Path> recordings = new HashMap<>();
    private final List<LiveCall> live = new ArrayList<>();

    InMemoryCalls(List<CallSummary> calls) {
        sorted = new ArrayList<>(calls);
        sorted.sort(NEWEST_FIRST);
    }

    InMemoryCalls detail(CallDetail d, Path recording) {
        details.put(d.call().id(), d);
        if (recording != null) {
            recordings.put(d.call().id(), recording);
        }
        return this;
    }

    InMemoryCalls live(LiveCall c) {
        live.add(c);
        return this;
    }

    @Override
    public CallPage list(TenantScope scope, CallQuery q) {
        int start = 0;
        if (q.after() != null) {
            CallSummary probe = new CallSummary(q.after().id(), null, null, null, 0, null, null, null,
                    q.after().endedAt(), 0);
            int i = Collections.binarySearch(sorted, probe, NEWEST_FIRST);
            start = i >= 0 ? i + 1 : -i - 1;
        }
        List<CallSummary> page = new ArrayList<>();
        for (int i = start; i < sorted.size() && page.size() < q.limit(); i++) {
            CallSummary c = sorted.get(i);
            if (q.from() != null && c.endedAt().isBefore(q.from())) {
                break; // newest first: everything after is older still
            }
            if (matches(scope, q, c)) {
                page.add(c);
            }
        }
        CallSummary last = page.size() == q.limit() ? page.get(page.size() - 1) : null;
        return new CallPage(page, last == null ? null : new CallCursor(last.endedAt(), last.id()));
    }

    private static boolean matches(TenantScope scope, CallQuery q, CallSummary c) {
        return scope.sees(c.tenant())
                && (q.campaignId() == null || q.campaignId().equals(c.campaignId()))
                && (q.result() == null || q.result().equals(c.result()))
                && (q.outcome() == null || q.outcome().equals(c.outcome()))
                && (q.to() == null || c.endedAt().isBefore(q.to()));
    }

    @Override
    public Optional<CallDetail> get(TenantScope scope, UUID id) {
        return Optional.ofNullable(details.get(id)).filter(d -> scope.sees(d.call().tenant()));
    }

    @Override
    public Optional<Path> recording(TenantScope scope, UUID id) {
        return get(scope, id).map(d -> recordings.get(id));
    }

    @Override
    public List<LiveCall> live(TenantScope scope) {
        return live.stream().filter(c -> scope.sees(c.tenant())).toList();
    }
}
