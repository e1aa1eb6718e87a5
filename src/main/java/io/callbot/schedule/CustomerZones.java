package io.callbot.schedule;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's timezone(s): the profile's if set, else every zone libphonenumber maps the number to (a
 * customer must be inside the window in all of them, the cautious choice when a number spans zones), else
 * the campaign's zone. Thread-safe.
 */
public final class CustomerZones {
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final PhoneNumberToTimeZonesMapper mapper = PhoneNumberToTimeZonesMapper.getInstance();

    public List<ZoneId> zonesOf(Candidate candidate, ZoneId campaignZone) {
        if (candidate.timezone() != null) {
            return List.of(candidate.timezone());
        }
        try {
            List<ZoneId> zones = new ArrayList<>();
            for (String id : mapper.getTimeZonesForNumber(phones.parse(candidate.phoneE164(), "ZZ"))) {
                if (!id.equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())) {
                    zones.add(ZoneId.of(id));
                }
            }
            return zones.isEmpty() ? List.of(campaignZone) : List.copyOf(zones);
        } catch (NumberParseException | DateTimeException e) {
            return List.of(campaignZone);
        }
    }
}
