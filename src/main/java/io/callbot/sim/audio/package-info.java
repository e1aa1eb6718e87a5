/**
 * The simulated customer's side of AudioSocket: callers that connect to the robot's media port over real TCP, play a
 * script in real time and record what the robot sends back. Its own protocol code: it never uses {@code io.callbot.media},
 * so that it checks the robot's codec independently.
 */
package io.callbot.sim.audio;
