package io.callbot.asr;

/**
 * Carries Vosk's adaptation to the caller's voice (its i-vector) over to a decoder new to the call: a call's decoder
 * keeps it from turn to turn ({@link VoskDecoder#finishTurn}), but one taken for another grammar starts from the
 * average voice, so it first decodes the caller's latest speech and drops the words. Grammar decoders only: a
 * free-form decode of seconds of audio would cost as much as a second pass. Not thread-safe: one session's serial
 * work.
 */
final class SpeakerAdaptation {

    /** The caller's speech kept: the latest 3 s of the audio recognition was fed (turns only, VAD-gated). */
    private final RecentAudio speech = new RecentAudio(3 * 8000);

    /** Audio the call's recognizer was fed. */
    void heard(short[] samples) {
        speech.push(samples);
    }

    /** Adapts a grammar decoder new to the call to the caller's voice; returns the samples it decoded for that. */
    int adapt(VoskDecoder decoder) {
        short[] latest = speech.contents();
        if (decoder.kind().freeForm() || latest.length == 0) {
            return 0;
        }
        decoder.adaptTo(latest);
        return latest.length;
    }
}
