package io.callbot.dialog.engine;

import io.callbot.nlu.SpokenText;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts a callback time from what the caller said ("call me tomorrow at five", "in two hours", "on
 * Monday morning"), relative to the current time in the customer's zone. Stateless and thread-safe.
 */
final class CallbackTimeParser {

    /** Words a recognizer grammar needs so that callback times can be heard without free-form recognition. */
    static final List<String> VOCABULARY = List.of("today", "tonight", "tomorrow", "morning", "afternoon",
            "evening", "noon", "at", "in", "on", "next", "week", "minutes", "hour", "hours", "days", "half",
            "past", "quarter", "o'clock", "a m", "p m", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "thirty", "forty five", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "later");

    private static final Set<String> TIME_LEADS = Set.of("at", "around", "about", "by", "after", "before");
    private static final Set<String> RELATIVE_LEADS = Set.of("in", "within", "after", "and");
    private static final Map<String, LocalTime> DAY_PARTS = Map.of("morning", LocalTime.of(10, 0),
            "noon", LocalTime.NOON, "lunchtime", LocalTime.NOON, "afternoon", LocalTime.of(15, 0),
            "evening", LocalTime.of(18, 0), "tonight", LocalTime.of(19, 0), "night", LocalTime.of(19, 0));
    private static final Map<String, Integer> UNIT_MINUTES = Map.of("minute", 1, "minutes", 1, "min", 1,
            "mins", 1, "hour", 60, "hours", 60, "day", 1440, "days", 1440, "week", 10080, "weeks", 10080);
    private static final Pattern GLUED = Pattern.compile("(\\d{1,2})(am|pm)");

    private CallbackTimeParser() {
    }

    /** The time the caller asked for, or empty when the utterance names none. */
    static Optional<ZonedDateTime> parse(String text, ZonedDateTime now) {
        List<String> w = unglue(SpokenText.words(text));
        Optional<Duration> relative = relative(w);
        if (relative.isPresent()) {
            return Optional.of(now.plus(relative.get()).truncatedTo(ChronoUnit.MINUTES));
        }
        Integer dayOffset = dayOffset(w, now);
        LocalTime clock = clockTime(w);
        LocalTime part = dayPart(w);
        if (dayOffset == null && clock == null && part == null) {
            return Optional.empty();
        }
        if (clock != null && part != null && clock.getHour() < 12 && part.getHour() >= 12) {
            clock = clock.plusHours(12);
        }
        LocalTime time = clock != null ? clock : part;
        if (time == null) {
            return Optional.of(dayOffset == 0 ? now.plusHours(2).truncatedTo(ChronoUnit.MINUTES)
                    : now.plusDays(dayOffset).truncatedTo(ChronoUnit.MINUTES));
        }
        ZonedDateTime at = now.plusDays(dayOffset == null ? 0 : dayOffset).with(time).truncatedTo(ChronoUnit.MINUTES);
        if (dayOffset == null && !at.isAfter(now)) {
            at = at.plusDays(1);
        }
        return Optional.of(at);
    }

    private static List<String> unglue(List<String> words) {
        List<String> out = new java.util.ArrayList<>();
        for (String word : words) {
            Matcher m = GLUED.matcher(word);
            if (m.matches()) {
                out.add(m.group(1));
                out.add(m.group(2));
            } else {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * "in 2 hours", "in half an hour", "in a couple of hours", "within 20 minutes", "after 20 minutes"; "and 20
     * minutes" too, since a recognizer often hears the "in" of a quick "in twenty minutes" as "and".
     */
    private static Optional<Duration> relative(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            if (!RELATIVE_LEADS.contains(w.get(i))) {
                continue;
            }
            List<String> rest = w.subList(i + 1, Math.min(w.size(), i + 6));
            if (rest.size() >= 3 && rest.get(0).equals("half") && UNIT_MINUTES.containsKey(rest.get(2))) {
                return Optional.of(Duration.ofMinutes(UNIT_MINUTES.get(rest.get(2)) / 2));
            }
            int skip = rest.size() >= 2 && rest.get(0).equals("a") && rest.get(1).equals("couple") ? 2 : 0;
            double amount = skip == 2 ? 2 : amount(rest.isEmpty() ? "" : rest.get(0));
            int unitAt = skip == 2 && rest.size() > 2 && rest.get(2).equals("of") ? 3 : skip == 2 ? 2 : 1;
            if (amount > 0 && unitAt < rest.size() && UNIT_MINUTES.containsKey(rest.get(unitAt))) {
                return Optional.of(Duration.ofMinutes(Math.round(amount * UNIT_MINUTES.get(rest.get(unitAt)))));
            }
        }
        return Optional.empty();
    }

    private static double amount(String word) {
        if (word.equals("a") || word.equals("an")) {
            return 1;
        }
        if (word.equals("few")) {
            return 3;
        }
        return word.chars().allMatch(Character::isDigit) && !word.isEmpty() ? Integer.parseInt(word) : 0;
    }

    private static Integer dayOffset(List<String> w, ZonedDateTime now) {
        if (w.contains("tomorrow")) {
            int i = w.indexOf("tomorrow");
            return i >= 2 && w.get(i - 1).equals("after") && w.get(i - 2).equals("day") ? 2 : 1;
        }
        if (w.contains("today") || w.contains("tonight")) {
            return 0;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (w.contains(day.name().toLowerCase(Locale.ROOT))) {
                ZonedDateTime next = now.with(TemporalAdjusters.next(day));
                return (int) ChronoUnit.DAYS.between(now.toLocalDate(), next.toLocalDate());
            }
        }
        if (containsPair(w, "next", "week")) {
            return 7;
        }
        if (w.contains("weekend")) {
            ZonedDateTime sat = now.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
            return (int) ChronoUnit.DAYS.between(now.toLocalDate(), sat.toLocalDate());
        }
        return null;
    }

    private static LocalTime dayPart(List<String> w) {
        for (String word : w) {
            if (DAY_PARTS.containsKey(word)) {
                return DAY_PARTS.get(word);
            }
        }
        return null;
    }

    /** "at 5", "5 pm", "5 30", "half past 5", "quarter to 6", "17 00", "5 oclock". */
    private static LocalTime clockTime(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            Integer hour = number(w.get(i));
            if (hour == null || hour > 23) {
                continue;
            }
            String before = i > 0 ? w.get(i - 1) : "";
            int minute = 0;
            int next = i + 1;
            Integer m = next < w.size() ? number(w.get(next)) : null;
            if (m != null && m < 60 && w.get(next).length() == 2) {
                minute = m;
                next++;
            }
            String after = next < w.size() ? w.get(next) : "";
            if (before.equals("past") && i >= 2) {
                minute = minutesBefore(w.get(i - 2));
            } else if (before.equals("to") && i >= 2 && minutesBefore(w.get(i - 2)) > 0) {
                return withMeridiem((hour + 23) % 24, 60 - minutesBefore(w.get(i - 2)), after);
            } else if (!TIME_LEADS.contains(before) && !Set.of("am", "pm", "oclock").contains(after)) {
                continue;
            }
            return withMeridiem(hour, minute, after);
        }
        return null;
    }

    private static int minutesBefore(String word) {
        return switch (word) {
            case "half" -> 30;
            case "quarter" -> 15;
            default -> {
                Integer n = number(word);
                yield n != null && n < 60 ? n : 0;
            }
        };
    }

    /** Without am / pm, 1 to 7 o'clock means the afternoon: nobody asks to be called at 3 in the night. */
    private static LocalTime withMeridiem(int hour, int minute, String after) {
        int h = hour;
        if (after.equals("pm") && h < 12) {
            h += 12;
        } else if (after.equals("am") && h == 12) {
            h = 0;
        } else if (!after.equals("am") && h >= 1 && h <= 7) {
            h += 12;
        }
        return LocalTime.of(h, minute);
    }

    private static Integer number(String word) {
        return !word.isEmpty() && word.length() <= 2 && word.chars().allMatch(Character::isDigit)
                ? Integer.valueOf(word) : null;
    }

    private static boolean containsPair(List<String> w, String a, String b) {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (w.get(i).equals(a) && w.get(i + 1).equals(b)) {
                return true;
            }
        }
        return false;
    }
}
