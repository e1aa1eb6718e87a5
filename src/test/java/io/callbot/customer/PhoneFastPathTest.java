package io.callbot.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast path gives exactly libphonenumber's number wherever it answers, and {@link PhoneTypes} libphonenumber's type: every calling code, random national
 * numbers of every length (national prefixes and leading zeros included), every region's example numbers of every
 * type, grouped with spaces and hyphens, and malformed shapes; and normalization (valid or not, E.164) is unchanged
 * for them (the zone is worked out from the parsed number as before).
 */
class PhoneFastPathTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Test
    void answersWhatLibphonenumberParsesForEveryCallingCode() {
        List<String> inputs = inputs(new Random(15));
        int answered = 0;
        for (String input : inputs) {
            PhoneNumber fast = PhoneFastPath.parse(input);
            if (fast == null) {
                continue;
            }
            answered++;
            for (String region : List.of("US", "DE", "CN", "GB")) {
                PhoneNumber reference;
                try {
                    reference = UTIL.parse(input, region);
                } catch (NumberParseException e) {
                    throw new AssertionError("libphonenumber refuses '" + input + "' (" + e.getMessage()
                            + ") but the fast path read " + fast, e);
                }
                assertThat(fast.exactlySameAs(reference)).as("'%s' in region %s: fast %s, libphonenumber %s", input,
                        region, fast, reference).isTrue();
            }
        }
        // the fast path must cover the usual case, or it saves nothing
        assertThat(answered).as("inputs answered of %d", inputs.size()).isGreaterThan(inputs.size() / 3);
    }

    @Test
    void typesAreLibphonenumbers() {
        int typed = 0;
        for (String input : inputs(new Random(17))) {
            for (String region : List.of("US", "DE")) {
                PhoneNumber number;
                try {
                    number = UTIL.parse(input, region);
                } catch (NumberParseException e) {
                    continue;
                }
                PhoneNumberType expected = UTIL.getNumberType(number);
                assertThat(PhoneTypes.of(number)).as("'%s' in region %s", input, region).isEqualTo(expected);
                if (expected != PhoneNumberType.UNKNOWN) {
                    typed++;
                }
            }
        }
        for (String input : List.of("+1 212 555 0123", "+1 416 555 0123", "+1 268 464 1234", "+39 06 1234 5678",
                "+39 312 345 6789", "+44 7911 123456", "+800 1234 5678", "+882 1234 5678", "+7 701 123 4567",
                "+7 912 345 6789", "+590 690 00 1234", "+262 692 12 3456", "+61 491 570 156", "+61 8 9162 1234")) {
            try {
                PhoneNumber number = UTIL.parse(input, "US");
                assertThat(PhoneTypes.of(number)).as(input).isEqualTo(UTIL.getNumberType(number));
            } catch (NumberParseException e) {
                throw new AssertionError(input, e);
            }
        }
        assertThat(typed).isGreaterThan(10_000);
    }

    @Test
    void normalizationIsUnchangedWhereTheFastPathAnswers() {
        PhoneNumbers phones = new PhoneNumbers("US");
        for (String input : inputs(new Random(16)).subList(0, 30_000)) {
            String expected;
            try {
                expected = reference(input);
            } catch (RuntimeException e) {
                expected = "refused";
            }
            String actual;
            try {
                actual = phones.normalize(input).e164();
            } catch (IllegalArgumentException e) {
                actual = "refused";
            }
            assertThat(actual).as("'%s'", input).isEqualTo(expected);
        }
    }

    @Test
    void leavesOtherShapesToLibphonenumber() {
        for (String input : List.of("2125550123", "(212) 555-0123", "+1 (212) 555-0123", "+1 212 555 0123 ext 5",
                "+1 212 555 0123#", "+1  212 555 0123", "+1 212 555 0123 ", "+ 1 212 555 0123", "+012125550123",
                "+39 06 1234 5678", "+1-", "+1", "+", "+1 212.555.0123", "tel:+1-212-555-0123", "+١٢١٢٥٥٥٠١٢٣",
                "+44 0 20 7946 0000", "+1 1 212 555 0123")) {
            PhoneNumber fast = PhoneFastPath.parse(input);
            if (fast != null) {
                try {
                    assertThat(fast.exactlySameAs(UTIL.parse(input, "US"))).as(input).isTrue();
                } catch (NumberParseException e) {
                    throw new AssertionError(input + ": " + e.getMessage(), e);
                }
            }
        }
        assertThat(PhoneFastPath.parse("+1 212 555 0123")).isNotNull();
        assertThat(PhoneFastPath.parse("+86 138 0013 8000")).isNotNull();
        assertThat(PhoneFastPath.parse("(212) 555-0123")).isNull();
        assertThat(PhoneFastPath.parse("+1 212 555 0123 ext 5")).isNull();
    }

    /** E.164 and zone as libphonenumber alone gives them (the parse before the fast path); throws when invalid. */
    private static String reference(String input) {
        try {
            PhoneNumber number = UTIL.parse(input.trim(), "US");
            if (number.hasExtension() || UTIL.getNumberType(number) == PhoneNumberType.UNKNOWN) {
                throw new IllegalArgumentException("invalid");
            }
            return UTIL.format(number, PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> inputs(Random random) {
        List<String> out = new ArrayList<>();
        for (int cc : UTIL.getSupportedCallingCodes()) {
            for (int i = 0; i < 300; i++) {
                int length = 1 + random.nextInt(17);
                StringBuilder national = new StringBuilder();
                for (int d = 0; d < length; d++) {
                    national.append(random.nextInt(10));
                }
                out.add(shape("+" + cc, national.toString(), random));
            }
            for (String region : UTIL.getRegionCodesForCountryCode(cc)) {
                for (PhoneNumberType type : PhoneNumberType.values()) {
                    PhoneNumber example = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
                            ? UTIL.getExampleNumberForNonGeoEntity(cc) : UTIL.getExampleNumberForType(region, type);
                    if (example == null) {
                        continue;
                    }
                    String e164 = UTIL.format(example, PhoneNumberFormat.E164);
                    out.add(e164);
                    out.add(UTIL.format(example, PhoneNumberFormat.INTERNATIONAL));
                    out.add(shape("+" + cc, e164.substring(1 + String.valueOf(cc).length()), random));
                    // one digit off at the end: often invalid, same length
                    String last = e164.substring(e164.length() - 1);
                    out.add(e164.substring(0, e164.length() - 1) + (last.equals("9") ? "0" : "9"));
                }
            }
        }
        return out;
    }

    /** The number as people write it: run together, or grouped with spaces or hyphens. */
    private static String shape(String cc, String national, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> cc + national;
            case 1 -> cc + " " + group(national, ' ', random);
            case 2 -> cc + "-" + group(national, '-', random);
            default -> cc + group(national, ' ', random);
        };
    }

    private static String group(String digits, char separator, Random random) {
        StringBuilder out = new StringBuilder();
        int next = 2 + random.nextInt(3);
        for (int i = 0; i < digits.length(); i++) {
            if (i == next) {
                out.append(separator);
                next += 2 + random.nextInt(3);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
