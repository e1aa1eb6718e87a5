package io.callbot.demo;

import io.callbot.customer.CustomerRecord;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.Tag;
import io.callbot.customer.TimezoneSource;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.PersonaMixes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the demo's customers: lapsed VIP buyers (the win-back audience) spread over timezones where it is
 * daytime now, plus recent buyers the campaign must leave alone; each audience customer gets a persona.
 */
public final class DemoCustomers {
    private static final String[] FIRST = {"Maria", "James", "Linda", "Wei", "Sofia", "Daniel", "Emma", "Lucas"};
    private static final String[] LAST = {"Lopez", "Smith", "Chen", "Garcia", "Brown", "Khan", "Müller", "Rossi"};
    private static final List<String> ZONES = List.of("America/New_York", "America/Chicago", "America/Los_Angeles",
            "America/Sao_Paulo", "Europe/London", "Europe/Berlin", "Asia/Kolkata", "Asia/Shanghai", "Asia/Tokyo",
            "Australia/Sydney", "Pacific/Auckland", "Pacific/Honolulu");

    private DemoCustomers() {}

    /** Zones where local time is between 09:00 and 20:00 now (inside any sensible quiet-hours floor). */
    public static List<ZoneId> daytimeZones(Instant now) {
        List<ZoneId> open = new ArrayList<>();
        for (String z : ZONES) {
            LocalTime t = now.atZone(ZoneId.of(z)).toLocalTime();
            if (!t.isBefore(LocalTime.of(9, 0)) && t.isBefore(LocalTime.of(20, 0))) {
                open.add(ZoneId.of(z));
            }
        }
        return open;
    }

    /** Inserts {@code total} customers, {@code audience} of them in the win-back audience; returns how many were. */
    public static int create(CustomerStore store, String tenant, int total, int audience, List<ZoneId> zones,
            PersonaBook personas, Instant now) {
        int inAudience = 0;
        for (int i = 0; i < total; i++) {
            boolean lapsed = i < audience;
            String phone = "+1212555" + String.format("%04d", 1000 + i);
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("last_order_at", now.minus(lapsed ? 120 + i % 60 : 10 + i % 30, ChronoUnit.DAYS).atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
            attributes.put("lifetime_value", BigDecimal.valueOf(lapsed ? 150 + (i * 37) % 900 : 80));
            List<Tag> tags = List.of(Tag.parse(i % 3 == 0 ? "segment:vip" : "segment:repeat_buyer"));
            ZoneId zone = zones.get(i % zones.size());
            store.upsert(tenant, new CustomerRecord("demo-" + i, phone, FIRST[i % FIRST.length], LAST[(i / 3) % LAST.length],
                    "en-US", zone.getId(), TimezoneSource.EXPLICIT, true, tags, attributes));
            if (lapsed) {
                personas.assign(phone, PersonaMixes.MIX.get(inAudience % PersonaMixes.MIX.size()).persona());
                inAudience++;
            }
        }
        return inAudience;
    }
}
