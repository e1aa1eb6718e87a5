package io.callbot.sim;

import java.util.Map;

/**
 * The identity and dialplan position of one simulated channel, as the AMI events report it.
 * Mutable position fields are only changed under the owning {@link SimCall}'s lock.
 */
final class SimChannel {
    final String uniqueId;
    final String name;
    final String device;
    final String dialString;
    final String number;
    final String actionId;
    final String originateContext;
    final String originateExten;
    final String callerIdNum;
    final String callerIdName;
    final Map<String, String> variables;

    /** The call this channel belongs to: its own Uniqueid, or the caller's for a channel a transfer dialled. */
    String linkedId;
    int state;
    String context = "from-customer";
    String exten = "s";
    int priority = 1;
    boolean callerIdKnown;

    SimChannel(String uniqueId, String name, String device, String dialString, String number, String actionId,
               String originateContext, String originateExten, String callerIdNum, String callerIdName,
               Map<String, String> variables) {
        this.uniqueId = uniqueId;
        this.name = name;
        this.device = device;
        this.dialString = dialString;
        this.number = number;
        this.actionId = actionId;
        this.originateContext = originateContext;
        this.originateExten = originateExten;
        this.callerIdNum = callerIdNum;
        this.callerIdName = callerIdName;
        this.variables = Map.copyOf(variables);
        this.linkedId = uniqueId;
    }

    String stateDesc() {
        return switch (state) {
            case 0 -> "Down";
            case 4 -> "Ring";
            case 5 -> "Ringing";
            case 6 -> "Up";
            default -> "Unknown";
        };
    }

    /** Moves the channel into the Originate's context, as Asterisk does once the callee answers. */
    void enterDialplan(int newPriority) {
        context = originateContext == null ? "default" : originateContext;
        exten = originateExten == null ? "s" : originateExten;
        priority = newPriority;
    }
}
