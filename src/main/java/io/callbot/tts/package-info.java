/**
 * Speech synthesis: the only user of MaryTTS. {@link io.callbot.tts.SpeechSynthesizer} (port) with
 * {@link io.callbot.tts.MaryTtsSynthesizer}; 48 kHz to 8 kHz filtering; English text normalization; the
 * {@link io.callbot.tts.PromptCache} (memory + disk, pre-rendering); recorded WAV prompts and mixed
 * {@link io.callbot.tts.Prompt}s rendered by {@link io.callbot.tts.PromptRenderer}. All audio leaving this package
 * is {@link io.callbot.audio.Pcm8k}: 8 kHz, signed 16-bit, mono.
 */
package io.callbot.tts;
