/**
 * Telephone audio shared by the voice packages: {@link io.callbot.audio.Pcm8k} (8 kHz, signed 16-bit, mono: what is
 * played), {@link io.callbot.audio.Pcm16} (little-endian bytes), {@link io.callbot.audio.Resampler} (the one
 * resampler, for whole signals and live streams) and WAV reading and writing ({@link io.callbot.audio.WavFiles}).
 */
package io.callbot.audio;
