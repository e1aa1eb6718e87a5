package io.callbot.api.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The server's meters (names in docs/api.md), recorded by the dialer, call sessions, speech, scheduler and webhook
 * code through these methods (the app wires each package's observer to them). Rates (originates/s, answer rate,
 * AMD rate) are counters; Prometheus derives them with {@code rate()} and ratios of counters. Tagged counters are
 * cached per tag values, so an event costs a map lookup. Thread-safe (Micrometer meters are).
 */
public final class CallbotMetrics {
    /** The cause tag of a result that carried no Q.850 cause (answered calls settle before their hangup). */
    public static final String NO_CAUSE = "none";
    /** The outcome tag of a conversation that ended without one. */
    public static final String NO_OUTCOME = "none";

    private final MeterRegistry registry;
    private final Timer responseGap;
    private final DistributionSummary asrRealTimeFactor;
    private final Timer ttsTime;
    private final Timer asrSecondPass;
    private final Counter asrSecondPassShed;
    private final AtomicInteger amiLinkUp = new AtomicInteger();
    private final ConcurrentMap<List<String>, Counter> counters = new ConcurrentHashMap<>();
    /** Micrometer holds a gauge's or function counter's source weakly: these lambdas would be collected. */
    private final List<Object> sources = new java.util.concurrent.CopyOnWriteArrayList<>();

    public CallbotMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.responseGap = Timer.builder("callbot.response.gap")
                .description("caller's end of speech to the robot's reply starting")
                .publishPercentileHistogram().serviceLevelObjectives(Duration.ofMillis(300), Duration.ofMillis(700),
                        Duration.ofMillis(1200)).register(registry);
        this.asrRealTimeFactor = DistributionSummary.builder("callbot.asr.real_time_factor")
                .description("decode time / audio time per recognition").publishPercentiles(0.5, 0.99)
                .register(registry);
        this.asrSecondPass = Timer.builder("callbot.asr.second_pass")
                .description("free-form decoding of the turns the grammar pass left unsure")
                .publishPercentiles(0.5, 0.99).register(registry);
        this.asrSecondPassShed = Counter.builder("callbot.asr.second_pass.shed")
                .description("turns that kept the grammar pass's result because recognition was behind real time")
                .register(registry);
        this.ttsTime = Timer.builder("callbot.tts.synthesis").description("time to synthesize one prompt")
                .publishPercentiles(0.5, 0.99).register(registry);
        Gauge.builder("callbot.ami.link.up", amiLinkUp, AtomicInteger::get)
                .description("1 while the AMI link is connected and logged in").register(registry);
    }

    /** Live calls, read from the dialer's tracker at scrape time. */
    public void liveCalls(IntSupplier supplier) {
        sources.add(supplier);
        Gauge.builder("callbot.calls.live", supplier, s -> s.getAsInt()).register(registry);
    }

    /** Webhook events not yet delivered, and the age in seconds of the oldest, read at scrape time. */
    public void webhookBacklog(IntSupplier pending, DoubleSupplier oldestAgeSeconds) {
        sources.add(pending);
        sources.add(oldestAgeSeconds);
        Gauge.builder("callbot.webhook.backlog", pending, s -> s.getAsInt()).register(registry);
        Gauge.builder("callbot.webhook.oldest.age.seconds", oldestAgeSeconds, DoubleSupplier::getAsDouble)
                .register(registry);
    }

    /**
     * Operator alarms read at scrape time: seconds the AMI link has been down (0 while up), and campaigns whose
     * webhook signing secret is not set (their events stay queued).
     */
    public void alarms(DoubleSupplier amiDownSeconds, IntSupplier webhookSecretsMissing) {
        sources.add(amiDownSeconds);
        sources.add(webhookSecretsMissing);
        Gauge.builder("callbot.ami.down.seconds", amiDownSeconds, DoubleSupplier::getAsDouble)
                .description("how long the AMI link has been down, 0 while it is up").register(registry);
        Gauge.builder("callbot.webhook.secrets.missing", webhookSecretsMissing, s -> s.getAsInt())
                .description("campaigns whose webhook.secret_env is unset: their events are not sent").register(registry);
    }

    /** One Originate sent; {@code rate(callbot_originates_total[1m])} is originates per second. */
    public void originated(String tenant, String campaign) {
        counter("callbot.originates", "tenant", tenant, "campaign", campaign).increment();
    }

    /**
     * A dial attempt settled with {@code result} (ANSWERED, MACHINE, BUSY, NO_ANSWER, ...) and Q.850 {@code cause}
     * (null: none, as for answered calls).
     */
    public void callResult(String tenant, String campaign, String result, Integer cause) {
        counter("callbot.call.results", "tenant", tenant, "campaign", campaign, "result", result,
                "cause", cause == null ? NO_CAUSE : cause.toString()).increment();
    }

    /** Answering-machine detection verdict on an answered call: HUMAN, MACHINE or NOTSURE. */
    public void amdVerdict(String tenant, String campaign, String verdict) {
        counter("callbot.amd.verdicts", "tenant", tenant, "campaign", campaign, "verdict", verdict).increment();
    }

    /** A finished conversation's outcome (e.g. interested, callback, opted_out); null counts as {@value #NO_OUTCOME}. */
    public void outcome(String tenant, String campaign, String outcome) {
        counter("callbot.call.outcomes", "tenant", tenant, "campaign", campaign, "outcome",
                outcome == null ? NO_OUTCOME : outcome).increment();
    }

    /** A call record the database would not take after the last retry, kept in the spill file for replay at start. */
    public void outcomeSpilled(String tenant, String campaign) {
        counter("callbot.call.outcomes.spilled", "tenant", tenant, "campaign", campaign).increment();
    }

    /** {@code count} due customers one scheduler tick skipped, by reason (do_not_call, outside_window, ...). */
    public void customersSkipped(String tenant, String campaign, String reason, int count) {
        counter("callbot.customers.skipped", "tenant", tenant, "campaign", campaign, "reason", reason).increment(count);
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

    /** A turn decoded again free-form (its share: this timer's count over the real-time factor's count). */
    public void asrSecondPass(Duration decode) {
        asrSecondPass.record(decode);
    }

    /** A turn that would have been decoded again free-form, shed because recognition was behind the callers. */
    public void asrSecondPassShed() {
        asrSecondPassShed.increment();
    }

    public void ttsSynthesized(Duration time) {
        ttsTime.record(time);
    }

    /** Prompt cache lookups that found the audio (memory or disk) and that had to synthesize, read at scrape time. */
    public void ttsCache(LongSupplier hits, LongSupplier misses) {
        sources.add(hits);
        sources.add(misses);
        FunctionCounter.builder("callbot.tts.cache", hits, LongSupplier::getAsLong).tag("hit", "true")
                .description("prompt lookups by whether the cache had the audio").register(registry);
        FunctionCounter.builder("callbot.tts.cache", misses, LongSupplier::getAsLong).tag("hit", "false")
                .description("prompt lookups by whether the cache had the audio").register(registry);
    }

    /** Recognizers the calls took, read from the recognizer's own counters at scrape time. */
    public void asrRecognizers(LongSupplier reused, LongSupplier made) {
        sources.add(reused);
        sources.add(made);
        FunctionCounter.builder("callbot.asr.recognizers", reused, LongSupplier::getAsLong).tag("reused", "true")
                .description("recognizers a listen or a second pass took, by whether an idle one served it")
                .register(registry);
        FunctionCounter.builder("callbot.asr.recognizers", made, LongSupplier::getAsLong).tag("reused", "false")
                .description("recognizers a listen or a second pass took, by whether an idle one served it")
                .register(registry);
    }

    public void amiLink(boolean up) {
        amiLinkUp.set(up ? 1 : 0);
    }

    /** The counter {@code name} with these tag key/value pairs (a null value reads "unknown"), registered once. */
    private Counter counter(String name, String... tags) {
        List<String> key = new ArrayList<>(tags.length + 1);
        key.add(name);
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == null) {
                tags[i] = "unknown";
            }
            key.add(tags[i]);
        }
        return counters.computeIfAbsent(key, k -> Counter.builder(name).tags(tags).register(registry));
    }
}
