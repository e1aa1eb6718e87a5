package io.callbot.customer;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads the common shape of an international number, {@code +} then digits with single spaces or hyphens between
 * them ({@code +1 212 555 0123}, {@code +8613800138000}), into the {@link PhoneNumber} that libphonenumber's
 * {@code parse} builds for it, without its regular expressions over the whole input (extension, viability,
 * punctuation; half of an import's phone time). Its steps are libphonenumber's for such an input: the country code is
 * the shortest prefix of one to three digits that is a calling code, the rest is the national number. Whenever
 * libphonenumber would do more than that, this answers null and the caller parses with libphonenumber: other
 * characters, a leading zero (no calling code, or an Italian leading zero), a national number shorter than 2 or
 * longer than 17 digits, or one that the country's national prefix pattern matches (libphonenumber may strip it).
 * {@code PhoneFastPathTest} checks it against libphonenumber for every calling code. Thread-safe.
 */
final class PhoneFastPath {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final MetadataSource METADATA = DefaultMetadataDependenciesProvider.getInstance()
            .getPhoneNumberMetadataSource();
    private static final Set<Integer> CALLING_CODES = Set.copyOf(UTIL.getSupportedCallingCodes());
    /** inputs longer than this are left to libphonenumber */
    private static final int MAX_INPUT = 40;
    private static final int MIN_NATIONAL = 2;
    private static final int MAX_NATIONAL = 17;

    /** per calling code: its national prefix pattern (libphonenumber's national_prefix_for_parsing), or NONE */
    private static final Map<Integer, Pattern> NATIONAL_PREFIX = new ConcurrentHashMap<>();
    private static final Pattern NONE = Pattern.compile("(?!)");

    private PhoneFastPath() {}

    /** The number libphonenumber's {@code parse(trimmed, anyRegion)} answers, or null when this cannot tell. */
    static PhoneNumber parse(String trimmed) {
        int n = trimmed.length();
        if (n < 2 || n > MAX_INPUT || trimmed.charAt(0) != '+') {
            return null;
        }
        char[] digits = new char[n];
        int count = 0;
        for (int i = 1; i < n; i++) {
            char c = trimmed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits[count++] = c;
            } else if ((c == ' ' || c == '-') && i > 1 && i + 1 < n && isDigit(trimmed.charAt(i - 1))
                    && isDigit(trimmed.charAt(i + 1))) {
                continue;
            } else {
                return null;
            }
        }
        if (count < 3 || digits[0] == '0') {
            return null;
        }
        int countryCode = 0;
        int ccLength = 0;
        for (int i = 1; i <= 3 && i <= count; i++) {
            int candidate = Integer.parseInt(new String(digits, 0, i));
            if (CALLING_CODES.contains(candidate)) {
                countryCode = candidate;
                ccLength = i;
                break;
            }
        }
        int nationalLength = count - ccLength;
        if (countryCode == 0 || nationalLength < MIN_NATIONAL || nationalLength > MAX_NATIONAL
                || digits[ccLength] == '0') {
            return null;
        }
        String national = new String(digits, ccLength, nationalLength);
        Pattern prefix = NATIONAL_PREFIX.computeIfAbsent(countryCode, PhoneFastPath::nationalPrefix);
        if (prefix == null || prefix.matcher(national).lookingAt()) {
            return null;
        }
        return new PhoneNumber().setCountryCode(countryCode).setNationalNumber(Long.parseLong(national));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The national prefix pattern of the country's main region, NONE when it has none, null when unknown. */
    private static Pattern nationalPrefix(int countryCode) {
        String region = UTIL.getRegionCodeForCountryCode(countryCode);
        PhoneMetadata metadata = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
                ? METADATA.getMetadataForNonGeographicalRegion(countryCode) : METADATA.getMetadataForRegion(region);
        if (metadata == null) {
            return null;
        }
        String pattern = metadata.getNationalPrefixForParsing();
        return pattern == null || pattern.isEmpty() ? NONE : Pattern.compile(pattern);
    }
}
