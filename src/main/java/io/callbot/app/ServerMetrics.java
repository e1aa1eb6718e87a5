package io.callbot.app;

import io.callbot.api.metrics.CallbotMetrics;
import io.callbot.asr.RecognitionObserver;
import io.callbot.asr.VoskRecognizer;
import java.time.Duration;
import io.callbot.call.CallObserver;
import io.callbot.call.CallRecord;
import io.callbot.dial.CallResult;
import io.callbot.dial.DialObserver;
import io.callbot.dial.DialRequest;
import io.callbot.dial.LinkState;
import io.callbot.dial.LinkStateListener;
import io.callbot.schedule.TickListener;
import io.callbot.tts.PromptCache;
import io.callbot.tts.SynthesisObserver;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * Joins each package's observer port to {@link CallbotMetrics}: the dialer's originates, results, AMD verdicts and
 * link state, recognition cost, synthesis time and prompt cache counts, response gaps, committed outcomes and the
 * scheduler's skips. The packages never see Micrometer. Thread-safe, as CallbotMetrics is.
 */
final class ServerMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final CallbotMetrics metrics = new CallbotMetrics(registry);

    PrometheusMeterRegistry registry() {
        return registry;
    }

    CallbotMetrics metrics() {
        return metrics;
    }

    DialObserver dial() {
        return new DialObserver() {
            @Override
            public void originated(DialRequest request) {
                metrics.originated(request.tenantId(), request.campaignId());
            }

            @Override
            public void settled(DialRequest request, CallResult result) {
                metrics.callResult(request.tenantId(), request.campaignId(), resultLabel(result.kind()), result.cause());
            }

            @Override
            public void machineVerdict(DialRequest request, String verdict) {
                metrics.amdVerdict(request.tenantId(), request.campaignId(), verdict);
            }
        };
    }

    LinkStateListener link() {
        return (previous, current) -> metrics.amiLink(current == LinkState.CONNECTED);
    }

    RecognitionObserver recognition() {
        return new RecognitionObserver() {
            @Override
            public void decoded(Duration decode, Duration audio) {
                metrics.asrDecoded(decode, audio);
            }

            @Override
            public void secondPass(Duration decode, Duration audio) {
                metrics.asrSecondPass(decode);
            }

            @Override
            public void secondPassShed(Duration lag) {
                metrics.asrSecondPassShed();
            }
        };
    }

    /** Recognizers taken, reused or made, read from the recognizer's pool at scrape time. */
    void recognizers(VoskRecognizer recognizer) {
        metrics.asrRecognizers(recognizer::recognizersReused,
                () -> recognizer.recognizersTaken() - recognizer.recognizersReused());
    }

    SynthesisObserver synthesis() {
        return (took, audio) -> metrics.ttsSynthesized(took);
    }

    /** Hits (memory or disk) and misses (synthesized) of the cache, read from its own counters at scrape time. */
    void promptCache(PromptCache cache) {
        metrics.ttsCache(() -> cache.stats().hits(), () -> cache.stats().misses());
    }

    CallObserver calls() {
        return (plan, gap) -> metrics.responseGap(gap);
    }

    TickListener ticks() {
        return report -> report.skipped().forEach((reason, n) ->
                metrics.customersSkipped(report.tenant(), report.campaignId(), reason.code(), n));
    }

    /** An answered call's outcome, once its record is committed. */
    void outcomeSpilled(CallRecord record) {
        metrics.outcomeSpilled(record.plan().campaign().tenant(), record.plan().campaign().id());
    }

    void outcome(CallRecord record) {
        metrics.outcome(record.plan().campaign().tenant(), record.plan().campaign().id(), record.outcome());
    }

    /** The {@code result} label of {@code callbot_call_results_total}: a machine answer keeps its documented label MACHINE. */
    static String resultLabel(io.callbot.dial.ResultKind kind) {
        return kind == io.callbot.dial.ResultKind.VOICEMAIL ? "MACHINE" : kind.name();
    }
}
