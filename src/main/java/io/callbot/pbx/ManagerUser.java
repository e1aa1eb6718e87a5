package io.callbot.pbx;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One AMI user of a manager.conf: its name, what it may receive ({@code read}) and what it may do ({@code write}).
 * The secret is deliberately not kept. Immutable.
 */
public record ManagerUser(String name, Set<AmiClass> read, Set<AmiClass> write, ConfigPosition at) {

    public ManagerUser {
        read = read.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(read));
        write = write.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(write));
    }

    /** Every user section of a parsed manager.conf (every section but {@code [general]}, as manager.c reads it). */
    public static List<ManagerUser> all(AsteriskConfig config) {
        List<ManagerUser> users = new ArrayList<>();
        for (ConfigSection s : config.sections()) {
            if (!s.name().equalsIgnoreCase("general") && !s.template()) {
                users.add(new ManagerUser(s.name(), AmiClass.parseList(s.value("read").orElse("")),
                        AmiClass.parseList(s.value("write").orElse("")), s.at()));
            }
        }
        return users;
    }

    /** A user allowed everything (for tests that do not exercise privileges). */
    public static ManagerUser unrestricted(String name) {
        return new ManagerUser(name, EnumSet.allOf(AmiClass.class), EnumSet.allOf(AmiClass.class),
                new ConfigPosition("(unrestricted)", 1, 1));
    }

    /** Whether an event with this {@code Privilege} header reaches the user (any of its classes is readable). */
    public boolean mayRead(String privilegeHeader) {
        Set<AmiClass> classes = EnumSet.noneOf(AmiClass.class);
        for (String part : (privilegeHeader == null ? "" : privilegeHeader).split(",")) {
            AmiClass.of(part).ifPresent(classes::add); // "all" names no class of its own
        }
        return classes.isEmpty() || classes.stream().anyMatch(read::contains);
    }

    /** Whether an action needing any one of {@code authority} may run; an action needing nothing always may. */
    public boolean mayWrite(Set<AmiClass> authority) {
        return authority.isEmpty() || authority.stream().anyMatch(write::contains);
    }
}
