package io.callbot.customer;

import java.time.Instant;
import java.util.Map;

/** One customer an audience query selected, with what dialing and personalized prompts need. Immutable. */
public record AudienceMember(long id, String externalId, String phone, String firstName, String lastName,
        String language, String timezone, TimezoneSource timezoneSource, boolean consent, Instant lastCalledAt,
        String lastOutcome, Instant callbackAt, Map<String, Object> attributes) {}
