package io.callbot.dialog.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses when to call a customer back: the time the caller named, else the script's delay, else tomorrow
 * at the same time; then moved inside the allowed hours of the customer's day (too early: that day's
 * earliest hour; too late: the next day's). Stateless apart from its settings; thread-safe.
 */
final class CallbackPlanner {

    private final Clock clock;
    private final ZoneId zone;
    private final LocalTime earliest;
    private final LocalTime latest;

    CallbackPlanner(Clock clock, ZoneId zone, LocalTime earliest, LocalTime latest) {
        this.clock = clock;
        this.zone = zone;
        this.earliest = earliest;
        this.latest = latest;
    }

    /**
     * @param utterance     what the caller said last, or null
     * @param scriptDelay   the state's {@code callback} delay, or null
     * @param callValues    where the callback's time goes for prompts ({@code call.callback_at}, {@code _date},
     *                      {@code _time})
     */
    Action.ScheduleCallback plan(String utterance, Duration scriptDelay, Map<String, Object> callValues) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(zone);
        Optional<ZonedDateTime> asked = utterance == null ? Optional.empty() : CallbackTimeParser.parse(utterance, now);
        ZonedDateTime at = asked.orElseGet(() -> scriptDelay != null
                ? now.plus(scriptDelay).truncatedTo(ChronoUnit.MINUTES)
                : now.plusDays(1).truncatedTo(ChronoUnit.MINUTES));
        Action.ScheduleCallback callback = new Action.ScheduleCallback(withinHours(at), asked.isPresent());
        callValues.put("callback_at", callback.at().toLocalDateTime().toString());
        callValues.put("callback_date", callback.at().toLocalDate().toString());
        callValues.put("callback_time", callback.at().toLocalTime().toString());
        return callback;
    }

    private ZonedDateTime withinHours(ZonedDateTime at) {
        LocalTime t = at.toLocalTime();
        if (t.isBefore(earliest)) {
            return at.with(earliest);
        }
        if (t.isAfter(latest)) {
            return at.plusDays(1).with(earliest);
        }
        return at;
    }
}
