package io.callbot.asr;

import java.util.function.IntSupplier;

/**
 * End-of-turn detection for one listening turn, driven by per-frame VAD decisions with time counted in samples: the
 * turn starts on enough speech, ends after the trailing silence (sooner when the partial result already is an
 * expected phrase, or when speech runs too long), or ends with no input. A one-word phrase ("yes", "sorry", "well")
 * ends the turn only after a longer silence, halfway to the trailing silence: it is as often the start of a longer
 * answer ("yes? who's calling", "sorry, who?"), and the pause after it (150-410 ms in the evaluation's voices) must
 * not cut the answer in two. Pure and not thread-safe.
 */
public final class TurnDetector {

    /** What a frame changed. */
    public enum Signal { NONE, SPEECH_STARTED, TURN_ENDED, NO_INPUT }

    /** Why a turn ended. */
    public enum EndReason { SILENCE, EXPECTED_PHRASE, MAX_SPEECH }

    private enum State { WAITING, SPEAKING, DONE }

    /** Re-asks whether the partial result matches at most this often during trailing silence (100 ms at 8 kHz). */
    private static final int RECHECK_SAMPLES = 800;

    private final long trailingSilence;
    private final long earlySilence;
    private final long oneWordSilence;
    private final long noInput;
    private final long minSpeech;
    private final long maxSpeech;

    private State state = State.WAITING;
    private long position;
    private long waitedSilent;
    private long speechRun;
    private long silenceRun;
    private long speechStart = -1;
    private long lastSpeechEnd = -1;
    private long lastMatchCheck = -1;
    /** The words of the expected phrase the last check during this silence found (0: none); speech resets it. */
    private int matchedWords;
    private EndReason endReason;

    public TurnDetector(TurnSettings settings, int sampleRate) {
        this.trailingSilence = samples(settings.trailingSilence().toMillis(), sampleRate);
        this.earlySilence = samples(settings.earlySilence().toMillis(), sampleRate);
        this.oneWordSilence = (earlySilence + samples(settings.trailingSilence().toMillis(), sampleRate)) / 2;
        this.noInput = samples(settings.noInput().toMillis(), sampleRate);
        this.minSpeech = samples(settings.minSpeech().toMillis(), sampleRate);
        this.maxSpeech = samples(settings.maxSpeech().toMillis(), sampleRate);
    }

    private static long samples(long millis, int rate) {
        return millis * rate / 1000;
    }

    /**
     * Advances by one frame.
     *
     * @param speech the VAD's decision for the frame
     * @param samples the frame's length
     * @param robotSpeaking no-input time does not run while the robot talks
     * @param expectedPhraseWords asked (rarely) during trailing silence whether the words so far are an expected
     *        phrase: its number of words, 0 when they are not one
     */
    public Signal onFrame(boolean speech, int samples, boolean robotSpeaking, IntSupplier expectedPhraseWords) {
        long frameStart = position;
        position += samples;
        return switch (state) {
            case WAITING -> waiting(speech, samples, robotSpeaking, frameStart);
            case SPEAKING -> speaking(speech, samples, expectedPhraseWords);
            case DONE -> Signal.NONE;
        };
    }

    private Signal waiting(boolean speech, int samples, boolean robotSpeaking, long frameStart) {
        if (speech) {
            speechRun += samples;
            if (speechRun >= minSpeech) {
                state = State.SPEAKING;
                speechStart = frameStart + samples - speechRun;
                silenceRun = 0;
                lastSpeechEnd = position;
                return Signal.SPEECH_STARTED;
            }
            return Signal.NONE;
        }
        speechRun = 0;
        if (!robotSpeaking) {
            waitedSilent += samples;
        }
        if (waitedSilent >= noInput) {
            state = State.DONE;
            return Signal.NO_INPUT;
        }
        return Signal.NONE;
    }

    private Signal speaking(boolean speech, int samples, IntSupplier expectedPhraseWords) {
        if (speech) {
            silenceRun = 0;
            lastSpeechEnd = position;
            lastMatchCheck = -1;
            matchedWords = 0;
        } else {
            silenceRun += samples;
        }
        if (position - speechStart >= maxSpeech) {
            return end(EndReason.MAX_SPEECH);
        }
        if (silenceRun >= trailingSilence) {
            return end(EndReason.SILENCE);
        }
        if (silenceRun >= earlySilence && dueForMatchCheck()) {
            matchedWords = expectedPhraseWords.getAsInt();
        }
        if (matchedWords > 1 || matchedWords == 1 && silenceRun >= oneWordSilence) {
            return end(EndReason.EXPECTED_PHRASE);
        }
        return Signal.NONE;
    }

    private boolean dueForMatchCheck() {
        if (lastMatchCheck >= 0 && position - lastMatchCheck < RECHECK_SAMPLES) {
            return false;
        }
        lastMatchCheck = position;
        return true;
    }

    private Signal end(EndReason reason) {
        state = State.DONE;
        endReason = reason;
        return Signal.TURN_ENDED;
    }

    /** After a turn ended on speech that held no words (a noise): keep waiting; no-input time already spent stays. */
    public void resumeWaiting() {
        state = State.WAITING;
        speechRun = 0;
        silenceRun = 0;
        endReason = null;
    }

    /** Samples since the detector started. */
    public long position() {
        return position;
    }

    /** Start of the turn's speech in samples since the detector started, or -1. */
    public long speechStart() {
        return speechStart;
    }

    /** End of the last speech frame in samples since the detector started, or -1. */
    public long lastSpeechEnd() {
        return lastSpeechEnd;
    }

    /** Why the turn ended, or null while it has not. */
    public EndReason endReason() {
        return endReason;
    }
}
