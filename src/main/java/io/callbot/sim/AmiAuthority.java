package io.callbot.sim;

import io.callbot.pbx.AmiClass;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The AMI actions the simulated PBX knows, with the privilege classes Asterisk 22 registers them with
 * ({@code ast_manager_register_xml_core} in {@code main/manager.c}; a user needs any one of them in {@code write},
 * none for an action registered with 0) and the synopsis {@code ListCommands} shows. Immutable.
 */
final class AmiAuthority {

    /** One action: its name as Asterisk spells it, its synopsis and its privilege classes. */
    record Action(String name, String synopsis, Set<AmiClass> authority) {

        /** {@code originate,all} as {@code ListCommands} prints it ({@code <none>} for no class). */
        String privilege() {
            if (authority.isEmpty()) {
                return "<none>";
            }
            StringBuilder sb = new StringBuilder();
            for (AmiClass c : EnumSet.copyOf(authority)) {
                sb.append(c.confName()).append(',');
            }
            return sb.append("all").toString();
        }
    }

    private static final Map<String, Action> ACTIONS = new LinkedHashMap<>();

    static {
        add("Ping", "Keepalive command.");
        add("Events", "Control Event Flow.");
        add("Logoff", "Logoff Manager.");
        add("Login", "Login Manager.");
        add("Challenge", "Generate Challenge for MD5 Auth.");
        add("ListCommands", "List available manager commands.");
        add("Hangup", "Hangup channel.", AmiClass.SYSTEM, AmiClass.CALL);
        add("Status", "List channel status.", AmiClass.SYSTEM, AmiClass.CALL, AmiClass.REPORTING);
        add("Setvar", "Sets a channel variable or function value.", AmiClass.CALL);
        add("Getvar", "Gets a channel variable or function value.", AmiClass.CALL, AmiClass.REPORTING);
        add("Redirect", "Redirect (transfer) a call.", AmiClass.CALL);
        add("Originate", "Originate a call.", AmiClass.ORIGINATE);
        add("Command", "Execute Asterisk CLI Command.", AmiClass.COMMAND);
        add("UserEvent", "Send an arbitrary event.", AmiClass.USER);
        add("CoreSettings", "Show PBX core settings (version etc).", AmiClass.SYSTEM, AmiClass.REPORTING);
        add("CoreStatus", "Show PBX core status variables.", AmiClass.SYSTEM, AmiClass.REPORTING);
        add("CoreShowChannels", "List currently active channels.", AmiClass.SYSTEM, AmiClass.REPORTING);
        add("Reload", "Send a reload event.", AmiClass.CONFIG, AmiClass.SYSTEM);
        add("ModuleLoad", "Module management.", AmiClass.SYSTEM);
    }

    private AmiAuthority() {
    }

    private static void add(String name, String synopsis, AmiClass... classes) {
        Set<AmiClass> set = classes.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(classes[0], classes));
        ACTIONS.put(name.toLowerCase(Locale.ROOT), new Action(name, synopsis, set));
    }

    /** The action of that name (case-insensitive, as Asterisk matches action names). */
    static Optional<Action> of(String name) {
        return Optional.ofNullable(ACTIONS.get(name.toLowerCase(Locale.ROOT)));
    }

    static Iterable<Action> all() {
        return ACTIONS.values();
    }
}
