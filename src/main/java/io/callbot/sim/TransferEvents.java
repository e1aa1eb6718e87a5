package io.callbot.sim;

import java.util.List;

/**
 * Builds the AMI events Asterisk 22 sends while a redirected caller is in the transfer dialplan: dialplan steps,
 * variables, queue, dial and bridge events, with the field names and order of the real transcript
 * ({@code ami_transfer_queue_answered.txt}). Stateless; call under the owning call's lock.
 */
final class TransferEvents {

    private TransferEvents() {
    }

    static AmiFrame newExten(SimChannel ch, String application, String appData) {
        return ChannelEvents.channel("Newexten", "dialplan,all", ch).add("Extension", ch.exten)
                .add("Application", application).add("AppData", appData).build();
    }

    static AmiFrame hangupHandlerRun(SimChannel ch, String handler) {
        return ChannelEvents.channel("HangupHandlerRun", "dialplan,all", ch).add("Handler", handler).build();
    }

    /** An event about the caller and the channel it dials (DialBegin, DialState, DialEnd, AgentCalled ...). */
    static AmiFrame.Builder callerAndDest(String event, String privilege, SimChannel caller, SimChannel dest) {
        AmiFrame.Builder b = ChannelEvents.channel(event, privilege, caller);
        List<AmiFrame.Field> d = ChannelEvents.dest(event, dest).build().fields();
        return b.addAll(d.subList(2, d.size()));
    }

    static AmiFrame queueCaller(String event, SimChannel caller, String queue, int count) {
        return ChannelEvents.channel(event, "agent,all", caller).add("Queue", queue).add("Position", "1")
                .add("Count", Integer.toString(count)).build();
    }

    static AmiFrame agentCalled(SimChannel caller, SimChannel agent, String queue, String member) {
        return callerAndDest("AgentCalled", "agent,all", caller, agent).add("Queue", queue).add("Interface", member)
                .add("MemberName", member).build();
    }

    static AmiFrame agentConnect(SimChannel caller, SimChannel agent, String queue, String member, long holdSeconds,
                                 long ringSeconds) {
        return callerAndDest("AgentConnect", "agent,all", caller, agent).add("Queue", queue).add("Interface", member)
                .add("MemberName", member).add("HoldTime", Long.toString(holdSeconds))
                .add("RingTime", Long.toString(ringSeconds)).build();
    }

    static AmiFrame dialBegin(SimChannel caller, SimChannel dest, String dialString) {
        return callerAndDest("DialBegin", "call,all", caller, dest).add("DialString", dialString).build();
    }

    static AmiFrame dialStatus(String event, SimChannel caller, SimChannel dest, String status) {
        return callerAndDest(event, "call,all", caller, dest).add("DialStatus", status).build();
    }

    static AmiFrame bridgeCreate(String bridgeId) {
        return bridge("BridgeCreate", bridgeId, 0).build();
    }

    static AmiFrame bridgeEnter(String bridgeId, int channels, SimChannel ch) {
        List<AmiFrame.Field> c = ChannelEvents.channel("BridgeEnter", ch).build().fields();
        return bridge("BridgeEnter", bridgeId, channels).addAll(c.subList(2, c.size())).build();
    }

    private static AmiFrame.Builder bridge(String event, String bridgeId, int channels) {
        return AmiFrame.of("Event", event).add("Privilege", "call,all").add("BridgeUniqueid", bridgeId)
                .add("BridgeType", "basic").add("BridgeTechnology", "simple_bridge").add("BridgeCreator", "<unknown>")
                .add("BridgeName", "<unknown>").add("BridgeNumChannels", Integer.toString(channels))
                .add("BridgeVideoSourceMode", "none");
    }

    static AmiFrame deviceState(String device, String state) {
        return AmiFrame.of("Event", "DeviceStateChange").add("Privilege", "call,all").add("Device", device)
                .add("State", state).build();
    }
}
