package io.callbot.sim;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Answers the authenticated AMI actions of one session (Originate, Redirect, Hangup, Status, CoreShowChannels,
 * CoreSettings, Command, Ping, Events) with Asterisk 22's responses; runs on the session's reader thread.
 */
final class AmiActions {

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
        if (action.get("Channel") == null) {
            session.send(AmiSession.response("Error", id).add("Message", "Channel not specified").build());
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

    private void redirect(AmiFrame action, String id) throws IOException {
        SimCall call = pbx.findByChannel(action.get("Channel"));
        if (call != null && call.redirect(action.get("Context"), action.get("Exten"), action.get("Priority"))) {
            pbx.recordRedirect(call.uniqueId(), action.get("Context") + "," + action.get("Exten"));
            session.send(ok(id).add("Message", "Redirect successful").build());
        } else {
            session.send(AmiSession.response("Error", id).add("Message", "Channel specified does not exist").build());
        }
    }

    private void hangup(AmiFrame action, String id) throws IOException {
        SimCall call = pbx.findByChannel(action.get("Channel"));
        if (call == null) {
            session.send(AmiSession.response("Error", id).add("Message", "No such channel").build());
            return;
        }
        session.send(ok(id).add("Message", "Channel Hungup").build());
        call.end(CallControl.EndedBy.ROBOT);
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
