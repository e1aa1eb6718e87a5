package io.callbot.customer;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * libphonenumber's {@code getNumberType}, step for step over the same metadata, with two savings: for a calling code
 * shared by several regions (+1: 25 of them) the type found while choosing the region is kept, where libphonenumber
 * works it out again for the chosen region; and each thread reuses its matchers instead of allocating one per
 * pattern and number. {@code PhoneFastPathTest} compares it with libphonenumber on every calling code. Thread-safe.
 */
final class PhoneTypes {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final MetadataSource METADATA = DefaultMetadataDependenciesProvider.getInstance()
            .getPhoneNumberMetadataSource();
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<Pattern, Matcher>> MATCHERS = ThreadLocal.withInitial(HashMap::new);

    private PhoneTypes() {}

    /** What {@code PhoneNumberUtil.getNumberType(number)} answers. */
    static PhoneNumberType of(PhoneNumber number) {
        int countryCode = number.getCountryCode();
        List<String> regions = UTIL.getRegionCodesForCountryCode(countryCode);
        if (regions.isEmpty()) {
            return PhoneNumberType.UNKNOWN;
        }
        String nsn = UTIL.getNationalSignificantNumber(number);
        if (regions.size() == 1) {
            PhoneMetadata metadata = metadata(countryCode, regions.get(0));
            return metadata == null ? PhoneNumberType.UNKNOWN : typeIn(nsn, metadata);
        }
        for (String region : regions) {
            PhoneMetadata metadata = metadata(countryCode, region);
            if (metadata == null) {
                // libphonenumber would fail here too (a region of the map without metadata): let it answer
                return UTIL.getNumberType(number);
            }
            if (metadata.hasLeadingDigits()) {
                if (matcher(metadata.getLeadingDigits(), nsn).lookingAt()) {
                    return typeIn(nsn, metadata);
                }
            } else {
                PhoneNumberType type = typeIn(nsn, metadata);
                if (type != PhoneNumberType.UNKNOWN) {
                    return type;
                }
            }
        }
        return PhoneNumberType.UNKNOWN;
    }

    /** libphonenumber builds a file name for every metadata lookup: the metadata are kept per region here */
    private static final Map<String, PhoneMetadata> BY_REGION = new ConcurrentHashMap<>();
    private static final Map<Integer, PhoneMetadata> NON_GEO = new ConcurrentHashMap<>();

    private static PhoneMetadata metadata(int countryCode, String region) {
        if (PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)) {
            return NON_GEO.computeIfAbsent(countryCode, METADATA::getMetadataForNonGeographicalRegion);
        }
        return UTIL.getSupportedRegions().contains(region)
                ? BY_REGION.computeIfAbsent(region, METADATA::getMetadataForRegion) : null;
    }

    /** libphonenumber's getNumberTypeHelper. */
    private static PhoneNumberType typeIn(String nsn, PhoneMetadata m) {
        if (!matches(nsn, m.getGeneralDesc())) {
            return PhoneNumberType.UNKNOWN;
        }
        if (matches(nsn, m.getPremiumRate())) {
            return PhoneNumberType.PREMIUM_RATE;
        }
        if (matches(nsn, m.getTollFree())) {
            return PhoneNumberType.TOLL_FREE;
        }
        if (matches(nsn, m.getSharedCost())) {
            return PhoneNumberType.SHARED_COST;
        }
        if (matches(nsn, m.getVoip())) {
            return PhoneNumberType.VOIP;
        }
        if (matches(nsn, m.getPersonalNumber())) {
            return PhoneNumberType.PERSONAL_NUMBER;
        }
        if (matches(nsn, m.getPager())) {
            return PhoneNumberType.PAGER;
        }
        if (matches(nsn, m.getUan())) {
            return PhoneNumberType.UAN;
        }
        if (matches(nsn, m.getVoicemail())) {
            return PhoneNumberType.VOICEMAIL;
        }
        if (matches(nsn, m.getFixedLine())) {
            if (m.getSameMobileAndFixedLinePattern() || matches(nsn, m.getMobile())) {
                return PhoneNumberType.FIXED_LINE_OR_MOBILE;
            }
            return PhoneNumberType.FIXED_LINE;
        }
        if (!m.getSameMobileAndFixedLinePattern() && matches(nsn, m.getMobile())) {
            return PhoneNumberType.MOBILE;
        }
        return PhoneNumberType.UNKNOWN;
    }

    /** libphonenumber's isNumberMatchingDesc: a possible length (when the desc lists any) and a whole match. */
    private static boolean matches(String nsn, PhoneNumberDesc desc) {
        List<Integer> lengths = desc.getPossibleLengthList();
        if (!lengths.isEmpty() && !lengths.contains(nsn.length())) {
            return false;
        }
        String pattern = desc.getNationalNumberPattern();
        return !pattern.isEmpty() && matcher(pattern, nsn).matches();
    }

    private static Matcher matcher(String regex, String input) {
        Pattern pattern = PATTERNS.computeIfAbsent(regex, Pattern::compile);
        Map<Pattern, Matcher> mine = MATCHERS.get();
        Matcher m = mine.get(pattern);
        if (m == null) {
            m = pattern.matcher(input);
            mine.put(pattern, m);
            return m;
        }
        return m.reset(input);
    }
}
