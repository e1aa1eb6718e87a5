package io.callbot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class DeliveryRetryPolicyTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static DeliveryRetryPolicy policy(double random) {
        return new DeliveryRetryPolicy(Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofHours(24), () -> random);
    }

    @ParameterizedTest(name = "after attempt {0} the ceiling is {1}")
    @CsvSource({"1, PT1S", "2, PT2S", "3, PT4S", "5, PT16S", "12, PT34M8S", "13, PT1H", "40, PT1H", "1000, PT1H", "0, PT1S"})
    void ceilingDoublesUpToTheCap(int attempts, String ceiling) {
        assertThat(policy(0.5).backoffCeiling(attempts)).isEqualTo(Duration.parse(ceiling));
    }

    @ParameterizedTest(name = "attempt {0}, random {1}, {2} after creation -> retry in {3}")
    @CsvSource({
        // full jitter: uniform in [0, ceiling)
        "1, 0.0,  PT0S, PT0S",
        "1, 0.5,  PT0S, PT0.5S",
        "3, 0.25, PT10S, PT1S",
        "20, 0.5, PT2H, PT30M",
        "20, 0.999, PT2H, PT59M56.4S",
        // clamped to the end of the 24 h window: one last try exactly then
        "30, 0.9, PT23H50M, PT10M",
    })
    void retriesWithFullJitterInsideTheWindow(int attempts, double random, String sinceCreation, String delay) {
        Instant now = T0.plus(Duration.parse(sinceCreation));
        DeliveryRetryPolicy.Decision d = policy(random).afterFailure(attempts, T0, now, Optional.empty());
        assertThat(d).isEqualTo(new DeliveryRetryPolicy.RetryAt(now.plus(Duration.parse(delay))));
    }

    @ParameterizedTest(name = "{0} after creation -> give up")
    @CsvSource({"PT24H", "PT25H", "P3D"})
    void givesUpOnceTheWindowHasPassed(String sinceCreation) {
        DeliveryRetryPolicy.Decision d = policy(0.5).afterFailure(40, T0, T0.plus(Duration.parse(sinceCreation)), Optional.empty());
        assertThat(d).isInstanceOf(DeliveryRetryPolicy.GiveUp.class);
        assertThat(((DeliveryRetryPolicy.GiveUp) d).reason()).contains("webhook.max_age");
    }

    @ParameterizedTest(name = "Retry-After {0} at attempt {1} -> retry in {2}")
    @CsvSource({"PT2M, 1, PT2M", "PT0S, 7, PT0S", "PT30H, 1, PT24H"})
    void retryAfterIsHonouredInsteadOfJitterButNotPastTheWindow(String retryAfter, int attempts, String delay) {
        DeliveryRetryPolicy.Decision d = policy(0.99).afterFailure(attempts, T0, T0, Optional.of(Duration.parse(retryAfter)));
        assertThat(d).isEqualTo(new DeliveryRetryPolicy.RetryAt(T0.plus(Duration.parse(delay))));
    }
}
