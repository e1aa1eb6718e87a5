package io.callbot.customer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds validated customer records for tests through the real parser. */
final class TestCustomers {
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final CustomerRecordParser PARSER = new CustomerRecordParser(new PhoneNumbers("US"));

    private TestCustomers() {}

    static CustomerRecord customer(String externalId, String phone, Map<String, Object> attributes, String... tags) {
        RawCustomer raw = new RawCustomer(externalId, phone, "First " + externalId, "Last", "en-US", null, "true",
                Arrays.asList(tags), attributes);
        CustomerRecordParser.Result r = PARSER.parse(raw);
        if (!r.ok()) {
            throw new IllegalArgumentException(r.errors().toString());
        }
        return r.record();
    }

    static CustomerRecord customer(String externalId, String... tags) {
        return customer(externalId, "+1 212 555 0" + String.format("%03d", Math.floorMod(externalId.hashCode(), 1000)),
                Map.of(), tags);
    }

    static List<String> externalIds(List<? extends Object> members) {
        return members.stream().map(m -> m instanceof AudienceMember a ? a.externalId()
                : ((CustomerProfile) m).externalId()).toList();
    }
}
