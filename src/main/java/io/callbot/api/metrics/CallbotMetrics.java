package io.callbot.api.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;

/**
 * The server's meters (names in docs/api.md), recorded by the dialer, call sessions, speech and webhook code
 * through these methods. Rates (originates/s, answer rate, AMD rate) are counters; Prometheus derives them with
 * {@code rate()} and ratios of counters. Thread-safe (Micrometer meters are).
 */
public final class CallbotMetrics {
    private final MeterRegistry registry;
    private final Timer responseGap;
    private final DistributionSummary asrRealTimeFactor;
    private final Timer ttsTime;
    private final AtomicInteger amiLinkUp = new AtomicInteger();

    public CallbotMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.responseGap = Timer.builder("callbot.response.gap")
                .description("customer end of speech to robot start of reply")
                .publishPercentileHistogram().serviceLevelObjectives(Duration.ofMillis(300), Duration.ofMillis(700),
                        Duration.ofMillis(1200)).register(registry);
        this.asrRealTimeFactor = DistributionSummary.builder("callbot.asr.real_time_factor")
                .description("decode time / audio time per recognition").publishPercentiles(0.5, 0.99)
                .register(registry);
        this.ttsTime = Timer.builder("callbot.tts.synthesis").description("time to synthesize one prompt")
                .publishPercentiles(0.5, 0.99).register(registry);
        Gauge.builder("callbot.ami.link.up", amiLinkUp, AtomicInteger::get)
                .description("1 while the AMI link is connected and logged in").register(registry);
    }

    /** Live calls, read from the dialer's tracker at scrape time. */
    public void liveCalls(IntSupplier supplier) {
        Gauge.builder("callbot.calls.live", supplier, s -> s.getAsInt()).register(registry);
    }

    /** Webhook events not yet delivered, and the age in seconds of the oldest, read at scrape time. */
    public void webhookBacklog(IntSupplier pending, DoubleSupplier oldestAgeSeconds) {
        Gauge.builder("callbot.webhook.backlog", pending, s -> s.getAsInt()).register(registry);
        Gauge.builder("callbot.webhook.oldest.age.seconds", oldestAgeSeconds, DoubleSupplier::getAsDouble)
                .register(registry);
    }

    /** One Originate sent; {@code rate(callbot_originates_total[1m])} is originates per second. */
    public void originated(String campaign) {
        Counter.builder("callbot.originates").tag("campaign", campaign).register(registry).increment();
    }

    /** A dial attempt ended with {@code result} (ANSWERED, BUSY, NO_ANSWER, ...) and Q.850 {@code cause}. */
    public void callResult(String campaign, String result, int cause) {
        Counter.builder("callbot.call.results").tag("campaign", campaign).tag("result", result)
                .tag("cause", Integer.toString(cause)).register(registry).increment();
    }

    /** Answering-machine detection verdict on an answered call: HUMAN, MACHINE or NOTSURE. */
    public void amdVerdict(String campaign, String verdict) {
        Counter.builder("callbot.amd.verdicts").tag("campaign", campaign).tag("verdict", verdict)
                .register(registry).increment();
    }

    /** A finished conversation's outcome (e.g. interested, callback, opted_out). */
    public void outcome(String campaign, String outcome) {
        Counter.builder("callbot.call.outcomes").tag("campaign", campaign).tag("outcome", outcome)
                .register(registry).increment();
    }

    /** A due customer the scheduler skipped, by reason (do_not_call, frequency_cap, outside_window, ...). */
    public void customerSkipped(String campaign, String reason) {
        Counter.builder("callbot.customers.skipped").tag("campaign", campaign).tag("reason", reason)
                .register(registry).increment();
    }

    public void responseGap(Duration gap) {
        responseGap.record(gap);
    }

    /** One recognition: {@code decode} time spent for {@code audio} of speech. */
    public void asrDecoded(Duration decode, Duration audio) {
        if (!audio.isZero()) {
            asrRealTimeFactor.record((double) decode.toNanos() / audio.toNanos());
        }
    }

    public void ttsSynthesized(Duration time) {
        ttsTime.record(time);
    }

    /** A prompt lookup in the TTS cache: hit or miss. */
    public void ttsCache(boolean hit) {
        Counter.builder("callbot.tts.cache").tag("hit", Boolean.toString(hit)).register(registry).increment();
    }

    public void amiLink(boolean up) {
        amiLinkUp.set(up ? 1 : 0);
    }
}
