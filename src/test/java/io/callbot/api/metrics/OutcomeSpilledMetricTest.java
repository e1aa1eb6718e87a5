package io.callbot.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

/** Operators see every call record that had to be kept in the spill file, by tenant and campaign. */
class OutcomeSpilledMetricTest {
    @Test
    void eachSpilledRecordCountsOnceForItsCampaign() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        CallbotMetrics metrics = new CallbotMetrics(registry);
        metrics.outcomeSpilled("acme-shop", "winback-coupon");
        metrics.outcomeSpilled("acme-shop", "winback-coupon");
        assertThat(registry.scrape())
                .contains("callbot_call_outcomes_spilled_total{campaign=\"winback-coupon\",tenant=\"acme-shop\"} 2.0");
    }
}
