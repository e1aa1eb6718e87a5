package io.callbot.tts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells out what MaryTTS reads badly in English: dates, times, money, percentages, order numbers ({@code #4217}),
 * phone numbers, ordinals and plain numbers. Rules run in that order, so a date is not read as a phone number and
 * a price not as a plain number. Stateless; any thread.
 */
public final class EnglishTextNormalizer implements TextNormalizer {

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern US_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern TIME = Pattern.compile(
            "\\b([01]?\\d|2[0-3]):([0-5]\\d)(?::[0-5]\\d)?(?:\\s?([AaPp])\\.?\\s?[Mm]\\b\\.?)?");
    private static final Pattern MONEY = Pattern.compile(
            "([$€£¥])\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?(?![\\d.,]*\\d)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?%");
    private static final Pattern ORDER_NUMBER = Pattern.compile("#\\s?([A-Za-z]*\\d[A-Za-z0-9-]*)");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d+)(?:st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    /** A code such as COMEBACK20: the number after the letters is read as its own word ("COMEBACK twenty"). */
    private static final Pattern LETTERS_THEN_DIGITS = Pattern.compile("(?<=[A-Za-z])(?=\\d)");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.])(\\d+)\\.(\\d+)(?![\\d.]*\\d)");
    private static final Pattern INTEGER = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d]|[.,]\\d)");

    private final PhoneNumberReader phones = new PhoneNumberReader();

    @Override
    public String normalize(String text) {
        String out = text;
        out = rewrite(out, ISO_DATE, m -> date(m.group(1), m.group(2), m.group(3), m.group()));
        out = rewrite(out, US_DATE, m -> date(m.group(3), m.group(1), m.group(2), m.group()));
        out = rewrite(out, TIME, EnglishTextNormalizer::time);
        out = rewrite(out, MONEY, EnglishTextNormalizer::money);
        out = rewrite(out, PERCENT, m -> number(m.group(1)) + " percent");
        out = rewrite(out, ORDER_NUMBER, m -> "number " + spell(m.group(1)));
        out = phones.rewrite(out);
        out = rewrite(out, ORDINAL, m -> m.group(1).length() > 15 ? m.group() : EnglishNumbers.ordinal(Long.parseLong(m.group(1))));
        out = LETTERS_THEN_DIGITS.matcher(out).replaceAll(" ");
        out = rewrite(out, DECIMAL, m -> number(m.group()));
        out = rewrite(out, INTEGER, m -> number(m.group()));
        out = out.replace("&", " and ");
        return out.strip().replaceAll("\\s+", " ");
    }

    static String rewrite(String text, Pattern pattern, Function<MatchResult, String> words) {
        Matcher matcher = pattern.matcher(text);
        return matcher.replaceAll(m -> Matcher.quoteReplacement(words.apply(m)));
    }

    /** An impossible date (2026-13-45) stays as written; the phone rule then reads it digit by digit. */
    private static String date(String year, String month, String day, String original) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return date.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " "
                    + EnglishNumbers.ordinal(date.getDayOfMonth()) + ", " + EnglishNumbers.year(date.getYear());
        } catch (DateTimeException e) {
            return original;
        }
    }

    /** 17:30 → "five thirty p m"; 9:05 → "nine oh five a m"; an explicit am/pm wins over the 24-hour reading. */
    private static String time(MatchResult m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        String marker = m.group(3);
        boolean pm = marker != null ? marker.equalsIgnoreCase("p") : hour >= 12;
        if (marker != null && hour > 12) {
            return m.group();
        }
        int hour12 = hour % 12 == 0 ? 12 : hour % 12;
        String minutes = minute == 0 ? "" : minute < 10 ? " oh " + EnglishNumbers.cardinal(minute)
                : " " + EnglishNumbers.cardinal(minute);
        return EnglishNumbers.cardinal(hour12) + minutes + (pm ? " p m" : " a m");
    }

    private static String money(MatchResult m) {
        Currency currency = Currency.of(m.group(1).charAt(0));
        long whole = Long.parseLong(m.group(2).replace(",", ""));
        String fraction = m.group(3);
        if (currency.minorSingular == null) {
            return (fraction == null ? EnglishNumbers.cardinal(whole) : number(whole + "." + fraction))
                    + " " + currency.plural;
        }
        int minor = fraction == null ? 0 : Integer.parseInt(fraction.length() == 1 ? fraction + "0" : fraction);
        String major = EnglishNumbers.cardinal(whole) + " " + (whole == 1 ? currency.singular : currency.plural);
        String cents = EnglishNumbers.cardinal(minor) + " " + (minor == 1 ? currency.minorSingular : currency.minorPlural);
        if (minor == 0) {
            return major;
        }
        return whole == 0 ? cents : major + " and " + cents;
    }

    /** "12" → twelve; "1,200" → one thousand two hundred; "3.14" → three point one four; "007" → zero zero seven. */
    static String number(String written) {
        String plain = written.replace(",", "");
        int point = plain.indexOf('.');
        if (point >= 0) {
            return number(plain.substring(0, point)) + " point " + EnglishNumbers.digits(plain.substring(point + 1));
        }
        if (plain.length() > 15 || (plain.length() > 1 && plain.startsWith("0"))) {
            return EnglishNumbers.digits(plain);
        }
        return EnglishNumbers.cardinal(Long.parseLong(plain));
    }

    /** Order and reference numbers are read one character at a time: "A42" → "A four two". */
    private static String spell(String reference) {
        StringBuilder out = new StringBuilder();
        for (char c : reference.toCharArray()) {
            if (c == '-') {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.isDigit(c) ? EnglishNumbers.digits(String.valueOf(c)) : Character.toUpperCase(c));
        }
        return out.toString();
    }

    private enum Currency {
        DOLLAR('$', "dollar", "dollars", "cent", "cents"),
        EURO('€', "euro", "euros", "cent", "cents"),
        POUND('£', "pound", "pounds", "penny", "pence"),
        YEN('¥', "yen", "yen", null, null);

        final char symbol;
        final String singular;
        final String plural;
        final String minorSingular;
        final String minorPlural;

        Currency(char symbol, String singular, String plural, String minorSingular, String minorPlural) {
            this.symbol = symbol;
            this.singular = singular;
            this.plural = plural;
            this.minorSingular = minorSingular;
            this.minorPlural = minorPlural;
        }

        static Currency of(char symbol) {
            for (Currency c : values()) {
                if (c.symbol == symbol) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown currency symbol " + symbol);
        }
    }
}
