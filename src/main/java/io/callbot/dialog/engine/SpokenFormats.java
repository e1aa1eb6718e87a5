package io.callbot.dialog.engine;

import io.callbot.nlu.NumberWords;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;

/**
 * Turns values into words a speech synthesizer says well: dates ("Tuesday, December 1"), times
 * ("3:30 PM"), numbers ("forty two"), money ("twelve dollars and fifty cents") and digit strings. Each
 * method returns null when the value does not have the expected form. Stateless and thread-safe.
 */
final class SpokenFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);
    private static final DateTimeFormatter DATE_WITH_YEAR = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("h a", Locale.US);
    private static final Map<String, String[]> CURRENCIES = Map.of(
            "usd", new String[] {"dollar", "dollars", "cent", "cents"},
            "eur", new String[] {"euro", "euros", "cent", "cents"},
            "gbp", new String[] {"pound", "pounds", "penny", "pence"},
            "cny", new String[] {"yuan", "yuan", "fen", "fen"},
            "rmb", new String[] {"yuan", "yuan", "fen", "fen"});

    private SpokenFormats() {
    }

    /** A date, with the year only when it is not {@code thisYear}. */
    static String date(Object value, int thisYear, ZoneId zone) {
        LocalDate d = toDateTime(value, zone) instanceof LocalDateTime dt ? dt.toLocalDate() : toDate(value);
        if (d == null) {
            return null;
        }
        return (d.getYear() == thisYear ? DATE : DATE_WITH_YEAR).format(d);
    }

    /** A time of day: "3 PM" on the hour, else "3:30 PM". */
    static String time(Object value, ZoneId zone) {
        LocalTime t = value instanceof LocalTime lt ? lt : null;
        if (t == null && toDateTime(value, zone) instanceof LocalDateTime dt) {
            t = dt.toLocalTime();
        }
        if (t == null) {
            try {
                t = LocalTime.parse(value.toString().trim());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return (t.getMinute() == 0 ? HOUR : TIME).format(t);
    }

    /** A number in words, with "point" and each decimal digit for fractions. */
    static String number(Object value) {
        BigDecimal n = decimal(value);
        if (n == null || n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
            return null;
        }
        String plain = n.abs().stripTrailingZeros().toPlainString();
        int dot = plain.indexOf('.');
        String words = NumberWords.toWords(Long.parseLong(dot < 0 ? plain : plain.substring(0, dot)));
        if (dot >= 0) {
            words += " point " + NumberWords.digitsToWords(plain.substring(dot + 1));
        }
        return n.signum() < 0 ? "minus " + words : words;
    }

    /** An amount of money; {@code currency} is a code such as USD (the default), EUR, GBP or CNY. */
    static String money(Object value, String currency) {
        BigDecimal n = decimal(value);
        if (n == null || n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
            return null;
        }
        String[] names = CURRENCIES.getOrDefault(currency == null ? "usd" : currency.trim().toLowerCase(Locale.ROOT),
                CURRENCIES.get("usd"));
        BigDecimal abs = n.abs().setScale(2, RoundingMode.HALF_UP);
        long units = abs.longValue();
        int cents = abs.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String text = NumberWords.toWords(units) + " " + (units == 1 ? names[0] : names[1]);
        if (cents > 0) {
            text += " and " + NumberWords.toWords(cents) + " " + (cents == 1 ? names[2] : names[3]);
        }
        return n.signum() < 0 ? "minus " + text : text;
    }

    private static BigDecimal decimal(Object value) {
        try {
            return new BigDecimal(value.toString().trim().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        try {
            return LocalDate.parse(value.toString().trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date-time value (local, zoned, offset, instant, or ISO text of one) in {@code zone}, or null. */
    private static Object toDateTime(Object value, ZoneId zone) {
        if (value instanceof LocalDateTime dt) {
            return dt;
        }
        if (value instanceof TemporalAccessor t && !(value instanceof LocalDate) && !(value instanceof LocalTime)) {
            return fromTemporal(t, zone);
        }
        String text = value.toString().trim();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.ISO_INSTANT}) {
            try {
                return fromTemporal(f.parse(text), zone);
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime fromTemporal(TemporalAccessor t, ZoneId zone) {
        if (t instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone).toLocalDateTime();
        }
        if (t instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone).toLocalDateTime();
        }
        if (t instanceof Instant i) {
            return i.atZone(zone).toLocalDateTime();
        }
        return Instant.from(t).atZone(zone).toLocalDateTime();
    }
}
