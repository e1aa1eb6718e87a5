package io.callbot.sim;

import java.time.Duration;
import java.util.List;

/**
 * Builds the AMI events Asterisk 22 sends for a channel, with the field names and order of the real transcripts
 * ({@code shared/asterisk-22-ami}). Stateless; call under the owning call's lock so the snapshot is consistent.
 */
final class ChannelEvents {

    private static final String UNKNOWN = "<unknown>";

    private ChannelEvents() {
    }

    static AmiFrame.Builder channel(String event, SimChannel ch) {
        return channel(event, "call,all", ch);
    }

    static AmiFrame.Builder channel(String event, String privilege, SimChannel ch) {
        String num = ch.callerIdKnown ? ch.callerIdNum : UNKNOWN;
        String name = ch.callerIdKnown ? ch.callerIdName : UNKNOWN;
        boolean connected = ch.callerIdKnown && !"NewCallerid".equals(event);
        return AmiFrame.of("Event", event)
                .add("Privilege", privilege)
                .add("Channel", ch.name)
                .add("ChannelState", Integer.toString(ch.state))
                .add("ChannelStateDesc", ch.stateDesc())
                .add("CallerIDNum", num)
                .add("CallerIDName", name)
                .add("ConnectedLineNum", connected ? ch.callerIdNum : UNKNOWN)
                .add("ConnectedLineName", connected ? ch.callerIdName : UNKNOWN)
                .add("Language", "en")
                .add("AccountCode", "")
                .add("Context", ch.context)
                .add("Exten", ch.exten)
                .add("Priority", Integer.toString(ch.priority))
                .add("Uniqueid", ch.uniqueId)
                .add("Linkedid", ch.linkedId);
    }

    static AmiFrame.Builder dest(String event, SimChannel ch) {
        return AmiFrame.of("Event", event)
                .add("Privilege", "call,all")
                .add("DestChannel", ch.name)
                .add("DestChannelState", Integer.toString(ch.state))
                .add("DestChannelStateDesc", ch.stateDesc())
                .add("DestCallerIDNum", ch.callerIdNum)
                .add("DestCallerIDName", ch.callerIdName)
                .add("DestConnectedLineNum", ch.callerIdNum)
                .add("DestConnectedLineName", ch.callerIdName)
                .add("DestLanguage", "en")
                .add("DestAccountCode", "")
                .add("DestContext", ch.context)
                .add("DestExten", ch.exten)
                .add("DestPriority", Integer.toString(ch.priority))
                .add("DestUniqueid", ch.uniqueId)
                .add("DestLinkedid", ch.linkedId);
    }

    /**
     * A {@code CoreShowChannel} or {@code Status} list entry: the channel's fields (without Event / Privilege, which
     * list entries do not carry), answering {@code actionId}, running {@code application} for {@code age}.
     */
    static AmiFrame listEntry(SimChannel ch, String event, String actionId, String application, Duration age) {
        long seconds = age.toSeconds();
        List<AmiFrame.Field> header = channel(event, ch).build().fields();
        AmiFrame.Builder b = AmiFrame.of("Event", event);
        if (actionId != null) {
            b.add("ActionID", actionId);
        }
        b.addAll(header.subList(2, header.size()));
        return b.add("Application", application)
                .add("ApplicationData", "AudioSocket".equals(application) ? ch.uniqueId : "(Outgoing Line)")
                .add("Duration", String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60))
                .add("BridgeId", "")
                .build();
    }

    static AmiFrame newChannel(SimChannel ch) {
        return channel("Newchannel", ch).build();
    }

    static AmiFrame varSet(SimChannel ch, String variable, String value) {
        return channel("VarSet", "dialplan,all", ch).add("Variable", variable).add("Value", value).build();
    }

    static AmiFrame newCallerId(SimChannel ch) {
        return channel("NewCallerid", ch).add("CID-CallingPres", "0 (Presentation Allowed, Not Screened)").build();
    }

    static AmiFrame newConnectedLine(SimChannel ch) {
        return channel("NewConnectedLine", ch).build();
    }

    static AmiFrame dialBegin(SimChannel ch) {
        String resource = ch.dialString.substring(ch.dialString.indexOf('/') + 1);
        return dest("DialBegin", ch).add("DialString", resource).build();
    }

    static AmiFrame newState(SimChannel ch) {
        return channel("Newstate", ch).build();
    }

    static AmiFrame dialState(SimChannel ch, String status) {
        return dest("DialState", ch).add("DialStatus", status).build();
    }

    static AmiFrame dialEnd(SimChannel ch, String status) {
        return dest("DialEnd", ch).add("DialStatus", status).build();
    }

    static AmiFrame deviceState(SimChannel ch, String state) {
        return AmiFrame.of("Event", "DeviceStateChange").add("Privilege", "call,all")
                .add("Device", ch.device).add("State", state).build();
    }

    /** OriginateResponse; on failure Asterisk reports the dial string as Channel, on success the channel name. */
    static AmiFrame originateResponse(SimChannel ch, boolean success, int reason) {
        return AmiFrame.of("Event", "OriginateResponse")
                .add("Privilege", "call,all")
                .add("ActionID", ch.actionId)
                .add("Response", success ? "Success" : "Failure")
                .add("Channel", success ? ch.name : ch.dialString)
                .add("Context", ch.originateContext)
                .add("Exten", ch.originateExten)
                .add("Reason", Integer.toString(reason))
                .add("Uniqueid", ch.uniqueId)
                .add("CallerIDNum", ch.callerIdNum)
                .add("CallerIDName", ch.callerIdName)
                .build();
    }

    /** HangupRequest; cause and techCause may be null (a customer BYE carries neither). */
    static AmiFrame hangupRequest(SimChannel ch, Integer cause, Integer techCause) {
        AmiFrame.Builder b = channel("HangupRequest", ch);
        if (cause != null) {
            b.add("Cause", cause.toString());
        }
        if (techCause != null) {
            b.add("TechCause", techCause.toString());
        }
        return b.build();
    }

    static AmiFrame softHangupRequest(SimChannel ch, int cause) {
        return channel("SoftHangupRequest", ch).add("Cause", Integer.toString(cause)).build();
    }

    static AmiFrame hangup(SimChannel ch, int cause, Integer techCause) {
        AmiFrame.Builder b = channel("Hangup", ch).add("Cause", Integer.toString(cause)).add("Cause-txt", causeText(cause));
        if (techCause != null) {
            b.add("TechCause", techCause.toString());
        }
        return b.build();
    }

    static AmiFrame amdResult(SimChannel ch, String status, String cause) {
        return channel("UserEvent", "user,all", ch).add("UserEvent", "AMDResult")
                .add("Status", status).add("Cause", cause).build();
    }

    /** Q.850 cause texts exactly as Asterisk's {@code ast_cause2str} words them. */
    static String causeText(int cause) {
        return switch (cause) {
            case 0 -> "Unknown";
            case 1 -> "Unallocated (unassigned) number";
            case 16 -> "Normal Clearing";
            case 17 -> "User busy";
            case 18 -> "No user responding";
            case 19 -> "User alerting, no answer";
            case 21 -> "Call Rejected";
            case 28 -> "Invalid number format (addr incomplete)";
            case 34 -> "Circuit/channel congestion";
            case 58 -> "Bearer capability not available";
            default -> "Unknown";
        };
    }
}
