package io.callbot.schedule;

import io.callbot.dial.ResultKind;
import java.util.Comparator;
import java.util.List;

/** A customer's attempts in one campaign, oldest first. Immutable. */
public record CustomerHistory(List<PastAttempt> attempts) {
    public static final CustomerHistory NONE = new CustomerHistory(List.of());

    public CustomerHistory {
        attempts = attempts.stream().sorted(Comparator.comparingInt(PastAttempt::attemptNo)).toList();
    }

    /** Attempts that count against max_attempts (cancelled ones never reached the phone). */
    public int callsMade() {
        return (int) attempts.stream().filter(a -> a.state() != AttemptState.CANCELLED).count();
    }

    public int nextAttemptNo() {
        return attempts.isEmpty() ? 1 : attempts.get(attempts.size() - 1).attemptNo() + 1;
    }

    public boolean isFinal() {
        return attempts.stream().anyMatch(PastAttempt::isFinal);
    }

    public boolean inProgress() {
        return attempts.stream().anyMatch(a -> a.state().isOpen());
    }

    /** How many attempts ended with a result that falls under the same retry rule as {@code kind}. */
    public int countSameRule(ResultKind kind) {
        return (int) attempts.stream()
                .map(PastAttempt::effectiveResult)
                .filter(r -> r != null && RetryRules.of(r).isPresent() && RetryRules.of(r).equals(RetryRules.of(kind)))
                .count();
    }

    /** The latest attempt that was not cancelled, or null. */
    public PastAttempt lastCall() {
        for (int i = attempts.size() - 1; i >= 0; i--) {
            if (attempts.get(i).state() != AttemptState.CANCELLED) {
                return attempts.get(i);
            }
        }
        return null;
    }

    public CustomerHistory with(PastAttempt attempt) {
        List<PastAttempt> all = new java.util.ArrayList<>(attempts);
        all.removeIf(a -> a.attemptNo() == attempt.attemptNo());
        all.add(attempt);
        return new CustomerHistory(all);
    }
}
