package io.callbot.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class PhoneNumbersTest {
    private final PhoneNumbers us = new PhoneNumbers("US");

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "'+1 212 555 0123', +12125550123, America/New_York, PHONE",
            "'(415) 555-0142', +14155550142, America/Los_Angeles, PHONE",
            "'+86 138 0013 8000', +8613800138000, Asia/Shanghai, PHONE",
            "'+44 20 7946 0123', +442079460123, Europe/London, PHONE",
            "'+1 907 555 0100', +19075550100, America/Adak, PHONE_AMBIGUOUS",
            "'+7 912 345 6789', +79123456789, Asia/Krasnoyarsk, PHONE_AMBIGUOUS"})
    void normalizesToE164AndDerivesTheTimezone(String raw, String e164, String zone, TimezoneSource source) {
        PhoneNumbers.Normalized n = us.normalize(raw);
        assertThat(n.e164()).isEqualTo(e164);
        assertThat(n.timezone()).isEqualTo(zone);
        assertThat(n.timezoneSource()).isEqualTo(source);
    }

    @Test
    void ambiguousNumbersPickTheMedianOffsetDeterministically() {
        // Alaska: Adak (-10) and Anchorage (-9): the lower middle of two; Russia: 16 zones from +2 to +12
        assertThat(PhoneNumbers.middleZone(java.util.List.of("America/Anchorage", "America/Adak")))
                .isEqualTo("America/Adak");
        assertThat(PhoneNumbers.middleZone(java.util.List.of("Europe/Moscow", "Asia/Tokyo", "Europe/London")))
                .isEqualTo("Europe/Moscow");
    }

    @Test
    void theDefaultRegionAppliesToNationalNumbers() {
        assertThat(new PhoneNumbers("cn").normalize("138 0013 8000").e164()).isEqualTo("+8613800138000");
        assertThat(new PhoneNumbers("GB").normalize("020 7946 0123").e164()).isEqualTo("+442079460123");
    }

    @Test
    void rejectsWhatIsNotAValidNumber() {
        assertThatThrownBy(() -> us.normalize("12345")).hasMessageContaining("not a valid number '12345'");
        assertThatThrownBy(() -> us.normalize("call me")).hasMessageContaining("not a phone number");
        assertThatThrownBy(() -> us.normalize(" ")).hasMessage("must not be empty");
        assertThatThrownBy(() -> new PhoneNumbers("XX")).hasMessageContaining("ISO 3166");
    }
}
