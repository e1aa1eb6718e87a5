package io.callbot.demo;

import io.callbot.campaign.CallingWindow;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.DialSettings;
import io.callbot.campaign.RetryPolicy;
import io.callbot.campaign.Schedule;
import io.callbot.campaign.Webhook;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/**
 * Turns an example campaign into one that runs now: released every 5 seconds from today, any hour of any day
 * (the server's quiet hours still apply, so demo customers live where it is daytime), one attempt each, and
 * results posted to the demo's local CRM receiver. Stateless.
 */
public final class DemoCampaign {
    public static final String SECRET_ENV = "CALLBOT_DEMO_WEBHOOK_SECRET";

    private DemoCampaign() {}

    public static Campaign runNow(Campaign c, URI webhook, int maxConcurrent) {
        Schedule s = new Schedule(LocalDate.now(ZoneOffset.UTC).minusDays(1), null, "0/5 * * * * ?",
                new CallingWindow(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59), EnumSet.allOf(DayOfWeek.class)),
                List.of(), c.schedule().timezone());
        DialSettings d = new DialSettings(c.dial().trunk(), c.dial().callerId(), maxConcurrent, 5,
                java.time.Duration.ofSeconds(12), c.dial().answeringMachine(), RetryPolicy.NONE);
        return new Campaign(c.id(), c.name(), c.kind(), c.tenant(), c.version(), c.source(), c.priority(),
                c.audience(), s, d, c.voice(), c.dialog(), c.outcomes(), new Webhook(webhook, SECRET_ENV), c.data());
    }
}
