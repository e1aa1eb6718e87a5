/**
 * Simulated callers' voices: a {@link io.callbot.sim.voice.CallerVoice} port with adapters for the speech
 * synthesizers a Debian machine has (espeak-ng, flite, festival; MaryTTS is plugged in by the wiring), and the
 * {@link io.callbot.sim.voice.TelephoneChannel} their audio goes through (background noise, 300-3400 Hz band, G.711
 * mu-law), so that recognition is tested with voices and lines it was not tuned on. Used by {@code simulate} and the
 * intent evaluation. Imports no other callbot package.
 */
package io.callbot.sim.voice;
