package io.callbot.api;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;

/** The ports the API serves from, wired by the app. Immutable value; the ports themselves are thread-safe. */
public record ApiServices(Authenticator authenticator, CampaignPort campaigns, CustomerPort customers,
                          CallPort calls, DeadLetterPort deadLetters, List<ReadinessCheck> readiness,
                          PrometheusMeterRegistry metrics) {
    public ApiServices {
        readiness = List.copyOf(readiness);
    }
}
