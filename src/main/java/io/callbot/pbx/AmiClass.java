package io.callbot.pbx;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An AMI privilege class of Asterisk 22 ({@code perms[]} in {@code main/manager.c}): what {@code read =} lets a user
 * receive and {@code write =} lets a user do. Each action needs one of its classes; each event carries its class in
 * its {@code Privilege} header.
 */
public enum AmiClass {
    SYSTEM, CALL, LOG, VERBOSE, COMMAND, AGENT, USER, CONFIG, DTMF, REPORTING, CDR, DIALPLAN, ORIGINATE, AGI, CC,
    AOC, TEST, SECURITY, MESSAGE;

    /** The name manager.conf uses. */
    public String confName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AmiClass> of(String confName) {
        for (AmiClass c : values()) {
            if (c.confName().equalsIgnoreCase(confName.strip())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The classes of a {@code read =} / {@code write =} value or an event's {@code Privilege} header: a comma list,
     * where {@code all} (and Asterisk's boolean true values) means every class and {@code none} none; unknown names
     * are ignored, as Asterisk ignores them.
     */
    public static Set<AmiClass> parseList(String value) {
        Set<AmiClass> set = EnumSet.noneOf(AmiClass.class);
        if (value == null) {
            return set;
        }
        for (String part : value.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.equals("all") || p.equals("yes") || p.equals("true") || p.equals("on")) {
                return EnumSet.allOf(AmiClass.class);
            }
            of(p).ifPresent(set::add);
        }
        return set;
    }
}
