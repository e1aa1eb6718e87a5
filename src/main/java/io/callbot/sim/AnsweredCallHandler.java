package io.callbot.sim;

/**
 * Plays the customer's side of an answered simulated call (the AudioSocket caller implements this).
 * Called on the simulator's scheduler thread: implementations must return at once and do their work elsewhere.
 */
@FunctionalInterface
public interface AnsweredCallHandler {

    /**
     * @param uuid         the channel's Uniqueid (= the Originate's ChannelId = the attempt UUID)
     * @param mediaAddress the {@code CALLBOT_MEDIA} variable of the Originate (host:port of the robot's AudioSocket), may be null
     * @param persona      who answered
     * @param control      ends the call with the right cause
     */
    void answered(String uuid, String mediaAddress, Persona persona, CallControl control);
}
