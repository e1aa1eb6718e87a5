package io.callbot.dial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** What the dialer logs about one call carries the call and campaign, and only while it handles that call. */
@Tag("unit")
class CallMdcTest {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(CallMdcTest.class);

    private final UUID attempt = UUID.fromString("00000000-0000-0000-0000-00000000002a");
    private final TrackedCall call = new TrackedCall(new DialRequest(attempt, "winback", "acme", "main",
            "+14155550100", "PJSIP/{number}@main", "+14155550000", Duration.ofSeconds(30), "callbot-outbound", "s",
            "127.0.0.1:9092", false));

    @Test
    void linesInsideCarryTheCallAndCampaignAndTheKeysGoAfterwards() {
        try (LogCapture log = new LogCapture()) {
            CallTracker.withMdc(call, () -> LOG.info("inside"));
            LOG.info("after");

            assertThat(log.lines()).filteredOn(l -> l.endsWith(" inside"))
                    .singleElement().asString().contains("call=" + attempt).contains("campaign=winback");
            assertThat(log.lines()).filteredOn(l -> l.endsWith(" after"))
                    .singleElement().asString().doesNotContain("call=").doesNotContain("campaign=");
        }
    }

    @Test
    void aFailureIsLoggedWithTheCallAndDoesNotEscape() {
        try (LogCapture log = new LogCapture()) {
            CallTracker.withMdc(call, () -> {
                throw new IllegalStateException("boom");
            });

            assertThat(log.lines()).filteredOn(l -> l.contains("call handling failed"))
                    .singleElement().asString().startsWith("ERROR").contains("call=" + attempt);
            assertThat(MDC.get("call")).isNull();
        }
    }
}
