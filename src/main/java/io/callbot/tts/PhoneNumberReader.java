package io.callbot.tts;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Reads phone numbers digit by digit in their written groups ("+1 (555) 123-4567" → "plus one, five five five, one
 * two three, four five six seven"); commas make the synthesizer pause between groups as a person would. Only text
 * that looks like a phone number is touched: 7-15 digits, and a leading {@code +}, parentheses or dash/dot
 * separators, or 10+ digits with no separators at all. Stateless; any thread.
 */
final class PhoneNumberReader {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\w#$€£¥.,/:-])(\\+?)((?:\\(\\d{1,4}\\)|\\d{1,5})(?:[\\s.-]?(?:\\(\\d{1,4}\\)|\\d{1,5}))*)(?![\\w/:]|[.,-]\\d)");

    String rewrite(String text) {
        return EnglishTextNormalizer.rewrite(text, CANDIDATE, this::read);
    }

    private String read(MatchResult m) {
        boolean plus = !m.group(1).isEmpty();
        String body = m.group(2);
        List<String> groups = groups(body);
        int digitCount = groups.stream().mapToInt(String::length).sum();
        boolean marked = plus || body.contains("(") || body.contains("-") || body.contains(".");
        boolean bareLong = groups.size() == 1 && digitCount >= 10;
        if (digitCount < 7 || digitCount > 15 || !(marked || bareLong)) {
            return m.group();
        }
        if (bareLong) {
            groups = regroup(groups.get(0), plus);
        }
        List<String> spoken = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            String digits = EnglishNumbers.digits(groups.get(i));
            spoken.add(i == 0 && plus ? "plus " + digits : digits);
        }
        return String.join(", ", spoken);
    }

    private static List<String> groups(String body) {
        List<String> groups = new ArrayList<>();
        for (String part : body.split("[\\s.()-]+")) {
            if (!part.isEmpty()) {
                groups.add(part);
            }
        }
        return groups;
    }

    /** An unseparated number gets the North American 3-3-4 rhythm (after a leading country code 1), else threes. */
    private static List<String> regroup(String digits, boolean plus) {
        List<String> groups = new ArrayList<>();
        String rest = digits;
        if (rest.length() == 11 && rest.startsWith("1")) {
            groups.add("1");
            rest = rest.substring(1);
        } else if (plus) {
            int country = countryCodeLength(rest);
            groups.add(rest.substring(0, country));
            rest = rest.substring(country);
        }
        while (rest.length() > 4 && rest.length() != 8) {
            groups.add(rest.substring(0, 3));
            rest = rest.substring(3);
        }
        if (rest.length() == 8) {
            groups.add(rest.substring(0, 4));
            rest = rest.substring(4);
        }
        groups.add(rest);
        return groups;
    }

    /** International country codes are 1-3 digits and prefix-free; libphonenumber knows which. */
    private static int countryCodeLength(String digits) {
        try {
            int code = PhoneNumberUtil.getInstance().parse("+" + digits, "ZZ").getCountryCode();
            return Integer.toString(code).length();
        } catch (NumberParseException e) {
            return Math.max(1, Math.min(3, digits.length() - 10));
        }
    }
}
