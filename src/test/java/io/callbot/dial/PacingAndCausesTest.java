package io.callbot.dial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pure parts: Q.850 cause table, token bucket arithmetic, request validation. */
@Tag("unit")
class PacingAndCausesTest {

    @ParameterizedTest(name = "cause {0} -> {1}")
    @CsvSource(nullValues = "null", value = {
        "17, BUSY", "18, NO_ANSWER", "19, NO_ANSWER", "20, NO_ANSWER", "21, REJECTED", "1, INVALID_NUMBER",
        "28, INVALID_NUMBER", "3, INVALID_NUMBER", "34, CONGESTION", "38, CONGESTION", "42, CONGESTION",
        "16, FAILED", "0, FAILED", "58, FAILED", "127, FAILED", "null, FAILED"})
    void unansweredCauses(Integer cause, ResultKind outcome) {
        assertThat(CauseClassifier.unanswered(cause)).isEqualTo(outcome);
    }

    @Test
    void originateReasonWithoutChannelIsInvalidNumber() {
        assertThat(CauseClassifier.fromOriginateReason(0, false)).isEqualTo(ResultKind.INVALID_NUMBER);
        assertThat(CauseClassifier.fromOriginateReason(0, true)).isEqualTo(ResultKind.FAILED);
        assertThat(CauseClassifier.fromOriginateReason(3, true)).isEqualTo(ResultKind.NO_ANSWER);
        assertThat(CauseClassifier.fromOriginateReason(5, true)).isEqualTo(ResultKind.BUSY);
    }

    @Test
    void tokenBucketRefillsAtItsRateAndCapsAtItsBurst() {
        AtomicLong now = new AtomicLong();
        TokenBucket b = new TokenBucket(4, 2, now::get);
        assertThat(b.tryTake()).isTrue();
        assertThat(b.tryTake()).isTrue();
        assertThat(b.tryTake()).isFalse();
        assertThat(b.nanosUntilToken()).isEqualTo(250_000_000L);
        now.addAndGet(249_000_000L);
        assertThat(b.tryTake()).isFalse();
        now.addAndGet(1_000_000L);
        assertThat(b.tryTake()).isTrue();
        now.addAndGet(60_000_000_000L);
        assertThat(b.tryTake()).isTrue();
        assertThat(b.tryTake()).isTrue();
        assertThat(b.tryTake()).as("burst of 2 after a long pause").isFalse();
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, System::nanoTime))
                .hasMessage("dial.calls_per_second must be > 0, was 0.0");
        assertThatThrownBy(() -> DialLimits.uniform(1, 0, 1, 1))
                .hasMessage("dial.max_concurrent_per_campaign must be > 0, was 0");
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> new DialRequest(id, "c", "t", "tr", "0301234", "PJSIP/{phone}", "x",
                Duration.ofSeconds(5), "ctx", "s", null, false)).hasMessageContaining(id.toString())
                .hasMessageContaining("E.164");
        assertThat(AmiSettings.of("h", 5038, "u", "topsecret").toString()).doesNotContain("topsecret");
    }

    @Test
    void dialStringFillsTheTemplate() {
        DialRequest r = new DialRequest(UUID.randomUUID(), "c", "t", "carrier1", "+4930123456",
                "PJSIP/{phone}@{trunk}", "x", Duration.ofSeconds(5), "ctx", "s", null, false);
        assertThat(r.dialString()).isEqualTo("PJSIP/+4930123456@carrier1");
    }
}
