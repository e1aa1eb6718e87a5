package io.callbot.schedule;

import io.callbot.campaign.CallingWindow;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignKind;
import io.callbot.campaign.DialSettings;
import io.callbot.campaign.RetryPolicy;
import io.callbot.campaign.RetryPolicy.RetryRule;
import io.callbot.campaign.RetryPolicy.RetryableResult;
import io.callbot.campaign.Schedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Campaign values built in code for the scheduler's tests. */
final class Fixtures {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Fixtures() {}

    static Schedule schedule(String from, String to, ZoneId zone) {
        return new Schedule(null, null, "0/1 * * * * ?",
                new CallingWindow(LocalTime.parse(from), LocalTime.parse(to), EnumSet.allOf(DayOfWeek.class)),
                List.of(), zone);
    }

    static RetryPolicy retry() {
        return new RetryPolicy(5, Duration.ofMinutes(20), Map.of(
                RetryableResult.BUSY, new RetryRule(Duration.ofMinutes(30), 3),
                RetryableResult.NO_ANSWER, new RetryRule(Duration.ofHours(2), 2)));
    }

    static Campaign campaign(String id, String tenant, Schedule schedule, RetryPolicy retry) {
        DialSettings dial = new DialSettings("PJSIP/{phone}@carrier", "+15550000000", 10, 5.0,
                Duration.ofSeconds(30), null, retry);
        return new Campaign(id, id, CampaignKind.values()[0], tenant, "v1-" + id, id + ".yaml", List.of(), null,
                schedule, dial, null, null, Map.of(), null, Map.of());
    }

    static Campaign withPriority(Campaign c, List<io.callbot.campaign.PriorityKey> priority, String version) {
        return new Campaign(c.id(), c.name(), c.kind(), c.tenant(), version, c.source(), priority, c.audience(),
                c.schedule(), c.dial(), c.voice(), c.dialog(), c.outcomes(), c.webhook(), c.data());
    }

    static Campaign withVersion(Campaign c, String version) {
        return new Campaign(c.id(), c.name(), c.kind(), c.tenant(), version, c.source(), c.priority(), c.audience(),
                c.schedule(), c.dial(), c.voice(), c.dialog(), c.outcomes(), c.webhook(), c.data());
    }
}
