package io.callbot.campaign;

import java.text.ParseException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quartz.CronExpression;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads {@code schedule}: dates, cron, calling window, blackout dates, timezone; used by one thread. */
final class ScheduleReader {

    static final List<String> KEYS = List.of("start", "end", "cron", "timezone", "window", "blackout");
    private static final List<String> WINDOW_KEYS = List.of("from", "to", "weekdays");
    private static final List<String> DAY_NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    static final Set<DayOfWeek> DEFAULT_WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private final Problems problems;

    ScheduleReader(Problems problems) {
        this.problems = problems;
    }

    Schedule read(YamlMap schedule) {
        schedule.require("start", "cron", "timezone", "window");
        LocalDate start = date(schedule, "start");
        LocalDate end = date(schedule, "end");
        if (start != null && end != null && end.isBefore(start)) {
            problems.at(schedule.get("end"), schedule.child("end"), "must not be before start (" + start + "), was " + end);
        }
        String cron = cron(schedule);
        ZoneId zone = schedule.has("timezone")
                ? Scalars.zone(schedule.get("timezone"), schedule.child("timezone"), problems) : null;
        YamlMap windowMap = schedule.section("window", WINDOW_KEYS);
        CallingWindow window = windowMap == null ? null : window(windowMap);
        List<LocalDate> blackout = new ArrayList<>();
        Node blackoutNode = schedule.get("blackout");
        if (blackoutNode instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                LocalDate d = Scalars.date(seq.getValue().get(i), schedule.child("blackout") + "[" + i + "]", problems);
                if (d != null) {
                    blackout.add(d);
                }
            }
        } else if (blackoutNode != null) {
            problems.at(blackoutNode, schedule.child("blackout"), "must be a list of dates, was " + Scalars.describe(blackoutNode));
        }
        return new Schedule(start, end, cron, window, blackout, zone);
    }

    private LocalDate date(YamlMap map, String key) {
        return map.has(key) ? Scalars.date(map.get(key), map.child(key), problems) : null;
    }

    private String cron(YamlMap schedule) {
        String cron = schedule.string("cron");
        if (cron != null) {
            String problem = cronProblem(cron);
            if (problem != null) {
                problems.at(schedule.get("cron"), schedule.child("cron"), "bad Quartz cron expression: " + problem);
                return null;
            }
        }
        return cron;
    }

    /**
     * Quartz's own parser, the one the scheduler builds the trigger with; an expression it parses but that can
     * never fire (a year range already over) is a typo too.
     */
    private static String cronProblem(String cron) {
        try {
            return new CronExpression(cron).getNextValidTimeAfter(new Date(0)) == null ? "it never fires" : null;
        } catch (ParseException e) {
            return e.getMessage();
        }
    }

    private CallingWindow window(YamlMap window) {
        window.require("from", "to");
        LocalTime from = window.has("from") ? Scalars.time(window.get("from"), window.child("from"), problems) : null;
        LocalTime to = window.has("to") ? Scalars.time(window.get("to"), window.child("to"), problems) : null;
        if (from != null && to != null && !from.isBefore(to)) {
            problems.at(window.get("to"), window.child("to"), "must be after from (" + from + "), was " + to);
        }
        Set<DayOfWeek> days = window.has("weekdays") ? weekdays(window) : DEFAULT_WEEKDAYS;
        return from == null || to == null || days == null ? null : new CallingWindow(from, to, days);
    }

    /** {@code [mon, tue]}, full names, or ranges like {@code mon-fri}. */
    private Set<DayOfWeek> weekdays(YamlMap window) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Node node = window.get("weekdays");
        boolean ok = true;
        for (String item : Scalars.strings(node, window.child("weekdays"), problems)) {
            String[] range = item.toLowerCase(Locale.ROOT).trim().split("\\s*-\\s*");
            Integer first = day(range[0]);
            Integer last = range.length == 2 ? day(range[1]) : first;
            if (range.length > 2 || first == null || last == null || last < first) {
                problems.at(node, window.child("weekdays"), "must list days like mon, tue or a range mon-fri, was '"
                        + item + "'" + DidYouMean.hint(range[0], DAY_NAMES));
                ok = false;
                continue;
            }
            for (int d = first; d <= last; d++) {
                days.add(DayOfWeek.of(d));
            }
        }
        if (ok && days.isEmpty()) {
            problems.at(node, window.child("weekdays"), "must list at least one day");
        }
        return ok && !days.isEmpty() ? days : null;
    }

    private static Integer day(String text) {
        for (int i = 0; i < DAY_NAMES.size(); i++) {
            String full = DayOfWeek.of(i + 1).name().toLowerCase(Locale.ROOT);
            if (DAY_NAMES.get(i).equals(text) || full.equals(text)) {
                return i + 1;
            }
        }
        return null;
    }
}
