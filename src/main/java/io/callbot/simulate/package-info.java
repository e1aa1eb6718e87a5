/**
 * Simulated calls without a PBX ({@code callbot simulate}): a campaign's dialog driven by typed or synthesized
 * caller input, and the simulated PBX's speaking callers ({@code SimulatedCallers}, MaryTTS voices over AudioSocket).
 */
package io.callbot.simulate;
