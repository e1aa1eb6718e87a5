/** Speech synthesis: the only user of MaryTTS. Synthesizer port, resampling, normalization, prompt cache. */
package io.callbot.tts;
