package io.callbot.sim;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers the authenticated, permitted AMI actions of one session (Originate, Redirect, Hangup, Status,
 * CoreShowChannels, CoreSettings, Command, ListCommands, Ping, Events) with Asterisk 22's responses, checking
 * Originate and Redirect targets against the dialplan as Asterisk does; runs on the session's reader thread.
 */
final class AmiActions {

    /** Originate applications (and functions in their data) Asterisk allows only with the system write class. */
    private static final Set<String> SYSTEM_APPS = Set.of("exec", "externalivr", "mixmonitor", "originate", "reload",
            "system");
    private static final List<String> SYSTEM_FUNCTIONS = List.of("CURL", "DB", "EVAL", "FILE", "ODBC", "REALTIME",
            "SHELL");

    private final SimulatedPbx pbx;
    private final AmiSession session;

    AmiActions(SimulatedPbx pbx, AmiSession session) {
        this.pbx = pbx;
        this.session = session;
    }

    void handle(String name, AmiFrame action, String id) throws IOException {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "ping" -> session.send(ok(id).add("Ping", "Pong")
                    .add("Timestamp", String.format(Locale.ROOT, "%.6f", System.currentTimeMillis() / 1000.0)).build());
            case "coresettings" -> coreSettings(id);
            case "command" -> command(action, id);
            case "listcommands" -> listCommands(id);
            case "events" -> events(action, id);
            case "originate" -> originate(action, id);
            case "redirect" -> redirect(action, id);
            case "hangup" -> hangup(action, id);
            case "status" -> list(id, "Status", "StatusComplete", "Channel status will follow");
            case "coreshowchannels" -> list(id, "CoreShowChannel", "CoreShowChannelsComplete", "Channels will follow");
            default -> session.send(AmiSession.response("Error", id).add("Message",
                    "Invalid/unknown command: " + name + ". Use Action: ListCommands to show available commands.").build());
        }
    }

    /** One line per action this user may use, {@code Name: synopsis (Priv: classes)}, as Asterisk lists them. */
    private void listCommands(String id) throws IOException {
        AmiFrame.Builder b = ok(id);
        for (AmiAuthority.Action a : AmiAuthority.all()) {
            if (pbx.amiRights().mayWrite(a.authority())) {
                b.add(a.name(), a.synopsis() + " (Priv: " + a.privilege() + ")");
            }
        }
        session.send(b.build());
    }

    private static AmiFrame.Builder ok(String id) {
        return AmiSession.response("Success", id);
    }

    private void coreSettings(String id) throws IOException {
        session.send(ok(id).add("AMIversion", pbx.amiVersion()).add("AsteriskVersion", SimulatedPbx.ASTERISK_VERSION)
                .add("SystemName", "").add("CoreMaxCalls", "0").add("CoreMaxLoadAvg", "0.000000")
                .add("CoreRunUser", "").add("CoreRunGroup", "").add("CoreMaxFilehandles", "0")
                .add("CoreRealTimeEnabled", "No").add("CoreCDRenabled", "Yes").add("CoreHTTPenabled", "No")
                .add("SoundsSearchCustomDir", "No").build());
    }

    private void command(AmiFrame action, String id) throws IOException {
        String cmd = String.valueOf(action.get("Command")).trim();
        String output = cmd.equalsIgnoreCase("core show version")
                ? "Asterisk " + SimulatedPbx.ASTERISK_VERSION + " built by callbot-sim @ sim on a x86_64 running Linux"
                : "No such command '" + cmd + "' (type 'core show help " + cmd + "' for other possible commands)";
        session.send(ok(id).add("Message", "Command output follows").add("Output", output).build());
    }

    private void events(AmiFrame action, String id) throws IOException {
        String mask = String.valueOf(action.get("EventMask"));
        boolean on = !mask.equalsIgnoreCase("off");
        session.setEvents(on);
        session.send(ok(id).add("Events", on ? "On" : "Off").build());
    }

    private void originate(AmiFrame action, String id) throws IOException {
        String refused = originateRefusal(action);
        if (refused != null) {
            session.send(AmiSession.response("Error", id).add("Message", refused).build());
            return;
        }
        SimCall call = pbx.prepareCall(action, id);
        if (call == null) {
            session.send(AmiSession.response("Error", id).add("Message", "Originate failed").build());
            return;
        }
        // the response goes out before the call's first event, as with Asterisk's async originate
        session.send(ok(id).add("Message", "Originate successfully queued").build());
        call.start();
    }

    /** Why Asterisk 22's action_originate refuses this Originate at once, in its words; null when it does not. */
    private String originateRefusal(AmiFrame action) {
        String channel = action.get("Channel");
        if (channel == null || channel.isBlank()) {
            return "Channel not specified";
        }
        String context = String.valueOf(action.get("Context"));
        String exten = String.valueOf(action.get("Exten"));
        int priority = priority(action.get("Priority"), context, exten);
        if (priority < 0) {
            return "Invalid priority";
        }
        if (!channel.contains("/")) {
            return "Invalid channel";
        }
        String app = action.get("Application");
        if (app != null && !app.isBlank() && !appPermitted(app, String.valueOf(action.get("Data")))) {
            return "Originate Access Forbidden: app or data blacklisted";
        }
        if (priority > 0 && !pbx.config().dialplan().exists(context, exten, priority)) {
            return "Extension does not exist.";
        }
        return null;
    }

    /** A number, a label of that extension, 0 when absent, -1 when neither (Asterisk's {@code pi}). */
    private int priority(String value, String context, String exten) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        String v = value.strip();
        if (v.matches("\\d+")) {
            return Integer.parseInt(v);
        }
        return pbx.config().dialplan().find(context, exten, 1)
                .flatMap(r -> r.extension().label(v)).map(s -> s.priority()).orElse(-1);
    }

    private boolean appPermitted(String app, String data) {
        boolean needsSystem = SYSTEM_APPS.contains(app.strip().toLowerCase(Locale.ROOT))
                || SYSTEM_FUNCTIONS.stream().anyMatch(data::contains);
        return !needsSystem || pbx.amiRights().write().contains(io.callbot.pbx.AmiClass.SYSTEM);
    }

    private void redirect(AmiFrame action, String id) throws IOException {
        String channel = action.get("Channel");
        String context = action.get("Context");
        String exten = action.get("Exten");
        String refused = blank(channel) ? "Channel not specified" : blank(context) ? "Context not specified"
                : blank(exten) ? "Exten not specified" : blank(action.get("Priority")) ? "Priority not specified"
                : priority(action.get("Priority"), context, exten) < 1 ? "Priority is invalid" : null;
        if (refused != null) {
            session.send(AmiSession.response("Error", id).add("Message", refused).build());
            return;
        }
        SimCall call = pbx.findByChannel(channel);
        if (call == null) {
            session.send(AmiSession.response("Error", id).add("Message", "Channel does not exist: " + channel).build());
            return;
        }
        int priority = priority(action.get("Priority"), context, exten);
        // Asterisk only moves the channel here; whether the target exists shows afterwards (it hangs up if not)
        if (!call.redirect(context, exten, priority, pbx.config(), options().agents())) {
            session.send(AmiSession.response("Error", id).add("Message", "Redirect failed, channel not up.").build());
            return;
        }
        pbx.recordRedirect(call.uniqueId(), context + "," + exten);
        session.send(ok(id).add("Message", "Redirect successful").build());
    }

    private SimOptions options() {
        return pbx.options();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void hangup(AmiFrame action, String id) throws IOException {
        SimCall call = pbx.findByChannel(action.get("Channel"));
        if (call == null) {
            session.send(AmiSession.response("Error", id).add("Message", "No such channel").build());
            return;
        }
        session.send(ok(id).add("Message", "Channel Hungup").build());
        call.hangUpByAmi();
    }

    private void list(String id, String entry, String complete, String message) throws IOException {
        session.send(ok(id).add("EventList", "start").add("Message", message).build());
        List<SimCall> calls = pbx.liveCalls();
        for (SimCall c : calls) {
            session.send(c.listEntry(entry, id));
        }
        AmiFrame.Builder done = AmiFrame.of("Event", complete);
        if (id != null) {
            done.add("ActionID", id);
        }
        session.send(done.add("EventList", "Complete").add("ListItems", Integer.toString(calls.size()))
                .add("Items", Integer.toString(calls.size())).build());
    }
}
