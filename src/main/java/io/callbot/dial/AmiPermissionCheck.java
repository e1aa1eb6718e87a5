package io.callbot.dial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.asteriskjava.manager.action.ListCommandsAction;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says at each login which AMI actions the robot may not use and what that costs, in one log line, by asking Asterisk
 * itself: {@code ListCommands} needs no privilege and lists exactly the actions the user's {@code write} classes allow.
 * It replaces Asterisk-Java's own "Unable to determine asterisk version" warning, which only says that something is
 * off. Also warns when the user may do more than the robot needs ({@code command}, {@code system}). Stateless.
 */
final class AmiPermissionCheck {

    private static final Logger LOG = LoggerFactory.getLogger(AmiPermissionCheck.class);

    /** An action the robot uses, what breaks without it, and the write class that grants it. */
    enum Needed {
        ORIGINATE("Originate", "no call can be placed", "originate"),
        REDIRECT("Redirect", "transfers to a person fail", "call"),
        HANGUP("Hangup", "calls the robot gives up on stay up on the PBX", "call"),
        CORE_SHOW_CHANNELS("CoreShowChannels", "after an AMI reconnect calls in flight cannot be found again and "
                + "end UNKNOWN", "reporting"),
        CORE_SETTINGS("CoreSettings", "Asterisk-Java cannot read the Asterisk version and assumes an old one", "reporting");

        final String action;
        final String without;
        final String writeClass;

        Needed(String action, String without, String writeClass) {
            this.action = action;
            this.without = without;
            this.writeClass = writeClass;
        }
    }

    /** Actions only a user with more rights than the robot needs may use, and the class that gives them away. */
    private static final List<String[]> EXCESS = List.of(new String[] {"Command", "command (runs any CLI command)"},
            new String[] {"ModuleLoad", "system (lets an Originate start System())"});

    private AmiPermissionCheck() {
    }

    /** The request to send. */
    static ListCommandsAction request() {
        return new ListCommandsAction();
    }

    /**
     * Logs what the response to {@link #request()} says about user {@code user}; returns the needed actions it may
     * not use (empty when all are allowed, or when the PBX could not say).
     */
    static List<Needed> report(String user, ManagerResponse response) {
        if (response == null || response instanceof ManagerError) {
            LOG.warn("AMI user '{}': could not list the actions it may use ({}); the robot will find out when one is "
                    + "refused", user, response == null ? "no answer" : response.getMessage());
            return List.of();
        }
        Set<String> allowed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        response.getAttributes().keySet().forEach(k -> allowed.add(k.toLowerCase(Locale.ROOT)));
        List<Needed> missing = new ArrayList<>();
        for (Needed n : Needed.values()) {
            if (!allowed.contains(n.action)) {
                missing.add(n);
            }
        }
        if (missing.isEmpty()) {
            LOG.info("AMI user '{}' may use every action the robot needs ({})", user,
                    String.join(", ", names(List.of(Needed.values()))));
        } else {
            StringBuilder sb = new StringBuilder();
            for (Needed n : missing) {
                sb.append(sb.isEmpty() ? "" : "; ").append(n.action).append(": ").append(n.without)
                        .append(" (needs write = ").append(n.writeClass).append(')');
            }
            LOG.warn("AMI user '{}' may not use {} of the actions the robot needs: {}. Give it the write classes of "
                    + "dialplans/manager_callbot.conf", user, missing.size(), sb);
        }
        for (String[] excess : EXCESS) {
            if (allowed.contains(excess[0])) {
                LOG.warn("AMI user '{}' may use {}: it has write = {}, which the robot does not need; remove it "
                        + "(see dialplans/manager_callbot.conf)", user, excess[0], excess[1]);
            }
        }
        return missing;
    }

    private static List<String> names(List<Needed> needed) {
        return needed.stream().map(n -> n.action).toList();
    }
}
