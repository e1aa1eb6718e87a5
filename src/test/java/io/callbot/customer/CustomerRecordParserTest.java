package io.callbot.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag("unit")
class CustomerRecordParserTest {
    private final CustomerRecordParser parser = new CustomerRecordParser(new PhoneNumbers("US"));

    private static RawCustomer raw(String ext, String phone, String language, String timezone, String consent,
            List<String> tags) {
        return new RawCustomer(ext, phone, " Ada ", "", language, timezone, consent, tags, Map.of("city", "NYC", "empty", " "));
    }

    @Test
    void normalizesAValidRow() {
        CustomerRecordParser.Result r = parser.parse(raw(" c-1 ", "212-555-0123", "en_us", null, "yes",
                List.of("user:brand:xiaomi", "VIP", " ")));
        assertThat(r.errors()).isEmpty();
        CustomerRecord c = r.record();
        assertThat(c.externalId()).isEqualTo("c-1");
        assertThat(c.phone()).isEqualTo("+12125550123");
        assertThat(c.firstName()).isEqualTo("Ada");
        assertThat(c.lastName()).isNull();
        assertThat(c.language()).isEqualTo("en-US");
        assertThat(c.timezone()).isEqualTo("America/New_York");
        assertThat(c.timezoneSource()).isEqualTo(TimezoneSource.PHONE);
        assertThat(c.consent()).isTrue();
        assertThat(c.tags()).containsExactly(new Tag(TagKind.USER, "brand:xiaomi"), new Tag(TagKind.MERCHANT, "vip"));
        assertThat(c.attributes()).containsExactly(Map.entry("city", "NYC"));
    }

    @Test
    void anExplicitTimezoneWinsOverThePhone() {
        CustomerRecord c = parser.parse(raw("c-1", "+8613800138000", null, "America/Los_Angeles", null, List.of())).record();
        assertThat(c.timezone()).isEqualTo("America/Los_Angeles");
        assertThat(c.timezoneSource()).isEqualTo(TimezoneSource.EXPLICIT);
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        CustomerRecordParser.Result r = parser.parse(raw("", "555", "english!", "Mars/Olympus", "maybe", List.of()));
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).extracting(FieldError::toString).containsExactly(
                "external_id: must not be empty",
                "phone: not a valid number '555' (default region US)",
                "language: must be a BCP 47 language tag such as en-US or zh-CN, was 'english!'",
                "timezone: unknown timezone 'Mars/Olympus' (use an IANA name such as America/New_York)",
                "consent: must be true/false (or yes/no, 1/0), was 'maybe'");
    }

    @Test
    void tagsParseKindPrefixesOnlyForKnownKinds() {
        assertThat(Tag.parse("business:VIP")).isEqualTo(new Tag(TagKind.BUSINESS, "vip"));
        assertThat(Tag.parse("brand:xiaomi")).isEqualTo(new Tag(TagKind.MERCHANT, "brand:xiaomi"));
        assertThat(Tag.parse("merchant:spring-sale").toString()).isEqualTo("merchant:spring-sale");
    }
}
