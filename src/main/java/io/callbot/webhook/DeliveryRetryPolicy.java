package io.callbot.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again: exponential backoff with full jitter (a uniform random delay between 0 and
 * {@code min(maxDelay, baseDelay * 2^(attempts-1))}), or exactly the receiver's {@code Retry-After} when it sent one,
 * never past the retry window ({@code maxAge} from the event's creation or replay); at the window's end one last try
 * is made, and a failure after it gives up (dead letter). Pure; thread-safe if the random source is.
 */
public final class DeliveryRetryPolicy {
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxAge;
    private final DoubleSupplier random;

    /** @param random uniform values in [0, 1); injected so tests can pin the jitter */
    public DeliveryRetryPolicy(Duration baseDelay, Duration maxDelay, Duration maxAge, DoubleSupplier random) {
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.maxAge = maxAge;
        this.random = random;
    }

    /** What to do after a retryable failure. */
    public sealed interface Decision permits RetryAt, GiveUp {}

    public record RetryAt(Instant at) implements Decision {}

    public record GiveUp(String reason) implements Decision {}

    /** The upper bound of the jittered delay after the given number of attempts (1 = after the first try). */
    public Duration backoffCeiling(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 40));
        long nanos = baseDelay.toNanos();
        for (int i = 0; i < doublings && nanos < maxDelay.toNanos(); i++) {
            nanos *= 2;
        }
        return Duration.ofNanos(Math.min(nanos, maxDelay.toNanos()));
    }

    /**
     * @param attempts tries made so far, including the one that just failed
     * @param windowFrom when the retry window opened (event creation, or its replay)
     */
    public Decision afterFailure(int attempts, Instant windowFrom, Instant now, Optional<Duration> retryAfter) {
        Instant deadline = windowFrom.plus(maxAge);
        if (!now.isBefore(deadline)) {
            return new GiveUp("retried " + attempts + " times for " + maxAge + " (webhook.max_age)");
        }
        Duration delay = retryAfter.orElseGet(() -> jittered(attempts));
        Instant at = now.plus(delay);
        return new RetryAt(at.isAfter(deadline) ? deadline : at);
    }

    private Duration jittered(int attempts) {
        double r = random.getAsDouble();
        return Duration.ofNanos((long) (backoffCeiling(attempts).toNanos() * r));
    }
}
