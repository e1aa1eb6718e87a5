package io.callbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class DialHoppersTest {

    @ParameterizedTest(name = "{0} customers, refresh at the latest {1} s -> re-read after {2} s")
    @CsvSource({
            "3,         600, 15",   // a small audience: every 15 s
            "200000,    600, 50",   // 250 µs a customer: about 2 % of the time re-reading
            "1000000,   600, 250",
            "10000000,  600, 600",  // a huge audience: no longer apart than schedule.audience_refresh
            "3,         5,   5"})   // a refresh setting below 15 s wins
    void aSnapshotIsReadAgainAfterATimeInProportionToItsSizeWithinBounds(int customers, long refreshSeconds,
            long expectedSeconds) {
        assertThat(DialHoppers.refreshAfter(customers, Duration.ofSeconds(refreshSeconds)))
                .isEqualTo(Duration.ofSeconds(expectedSeconds));
    }
}
