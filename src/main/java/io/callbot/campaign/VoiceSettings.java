package io.callbot.campaign;

/**
 * Speech settings. Immutable.
 *
 * @param ttsVoice   TTS voice name (e.g. {@code cmu-slt-hsmm})
 * @param language   BCP 47 tag, e.g. {@code en-US}, {@code zh-CN}
 * @param asrModel   ASR model directory name under the server's model dir (e.g. {@code vosk-model-en-us})
 * @param promptsDir directory of recorded WAV prompts, relative to the campaign file; null when none
 * @param recordCalls whether answered calls are recorded (stereo WAV: caller left, robot right)
 */
public record VoiceSettings(String ttsVoice, String language, String asrModel, String promptsDir,
        boolean recordCalls) {
}
