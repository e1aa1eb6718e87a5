package io.callbot.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Phone validation to E.164 and timezone derivation with libphonenumber (core + geocoder). Thread-safe:
 * libphonenumber's singletons are.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String UNKNOWN_ZONE = PhoneNumberToTimeZonesMapper.getUnknownTimeZone();
    /** {@link ZoneId#getAvailableZoneIds()} copies its set on every call: a third of an import's parse time */
    private static final Set<String> JAVA_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());
    /** libphonenumber's zone lists are few (one per prefix) and shared, so the chosen zone is memoized per list */
    private static final Map<List<String>, Zone> ZONE_OF = new ConcurrentHashMap<>();

    /** a fixed instant, so that the choice among zones never changes with daylight saving time */
    private static final Instant REFERENCE = Instant.parse("2026-01-15T12:00:00Z");

    private final String defaultRegion;

    /** @param defaultRegion ISO 3166 region for numbers written without {@code +country}, e.g. {@code US} */
    public PhoneNumbers(String defaultRegion) {
        String region = defaultRegion == null ? "" : defaultRegion.trim().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("default region must be an ISO 3166 region code such as US, was '"
                    + defaultRegion + "'");
        }
        this.defaultRegion = region;
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    /** A valid number in E.164 and the timezone it implies (null zone when the number maps to none). */
    public record Normalized(String e164, String timezone, TimezoneSource timezoneSource) {}

    /** Validates and normalizes; throws IllegalArgumentException naming the reason. */
    public Normalized normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("must not be empty");
        }
        String trimmed = raw.trim();
        // "+country digits": the number libphonenumber's parse gives, without its parse (PhoneFastPath)
        PhoneNumber number = PhoneFastPath.parse(trimmed);
        try {
            if (number == null) {
                number = UTIL.parse(trimmed, defaultRegion);
            }
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not a phone number '" + raw.trim() + "' (" + e.getMessage() + ")");
        }
        if (number.hasExtension()) {
            // E.164 has no extension: storing the number would drop it silently and the call would reach the switchboard
            throw new IllegalArgumentException("'" + raw.trim() + "' has an extension (" + number.getExtension()
                    + ") that the robot cannot dial; give the number without it");
        }
        // the number's type (libphonenumber's, PhoneTypes), worked out once, answers both isValidNumber (valid = a known type) and the zone lookup
        // (getTimeZonesForNumber works it out again for every number): a third of an import's parsing time
        PhoneNumberUtil.PhoneNumberType type = PhoneTypes.of(number);
        if (type == PhoneNumberUtil.PhoneNumberType.UNKNOWN) {
            throw new IllegalArgumentException("not a valid number '" + raw.trim() + "' (default region "
                    + defaultRegion + ")");
        }
        String e164 = UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        PhoneNumberToTimeZonesMapper zones = PhoneNumberToTimeZonesMapper.getInstance();
        Zone zone = ZONE_OF.computeIfAbsent(UTIL.isNumberGeographical(type, number.getCountryCode())
                ? zones.getTimeZonesForGeographicalNumber(number) : zones.getTimeZonesForNumber(number),
                PhoneNumbers::zoneOf);
        return new Normalized(e164, zone.id(), zone.source());
    }

    /**
     * The number for display with every digit masked but the country code and the last four, in the number's
     * international grouping: {@code +12125551003} becomes {@code +1 •••-•••-1003}. Null stays null; a number
     * libphonenumber cannot parse keeps only its last four digits.
     */
    public static String masked(String e164) {
        if (e164 == null || e164.isBlank()) {
            return e164;
        }
        String shown;
        String prefix = "";
        try {
            PhoneNumber number = UTIL.parse(e164, "ZZ");
            prefix = "+" + number.getCountryCode() + " ";
            shown = UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL).substring(prefix.length());
        } catch (NumberParseException | StringIndexOutOfBoundsException e) {
            shown = e164.replaceAll("[^0-9]", "");
        }
        int digits = (int) shown.chars().filter(Character::isDigit).count();
        StringBuilder out = new StringBuilder(prefix);
        int seen = 0;
        for (char ch : shown.toCharArray()) {
            if (Character.isDigit(ch)) {
                out.append(seen++ < digits - 4 ? '\u2022' : ch);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** The zone a number's candidate zones imply; both null when none is known to Java. */
    private record Zone(String id, TimezoneSource source) {}

    private static Zone zoneOf(List<String> candidates) {
        List<String> zones = candidates.stream().filter(z -> !z.equals(UNKNOWN_ZONE) && JAVA_ZONES.contains(z)).toList();
        if (zones.isEmpty()) {
            return new Zone(null, null);
        }
        return new Zone(middleZone(zones), zones.size() == 1 ? TimezoneSource.PHONE : TimezoneSource.PHONE_AMBIGUOUS);
    }

    /**
     * Of several candidate zones, the one with the median UTC offset (ties by name): deterministic, and it keeps
     * the worst-case error of the customer's local time, and so of the calling window, smallest.
     */
    static String middleZone(List<String> zones) {
        List<String> sorted = zones.stream().sorted(Comparator
                .comparingInt((String z) -> ZoneId.of(z).getRules().getOffset(REFERENCE).getTotalSeconds())
                .thenComparing(Comparator.naturalOrder())).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
