package io.callbot.asr;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call's audio path on the recognition side: 10 ms frames through the VAD, the barge-in detector and the turn
 * detector; the recognizer is fed only from a little before speech starts until the turn ends (VAD gating, the CPU
 * lever). When the expectation has a {@link SecondPassRule}, the turn's audio is also kept, and a turn the grammar
 * pass left unsure, or found no word in on a quiet line, is decoded again free-form (started early when the grammar
 * pass's partial result already holds {@code [unk]}) unless recognition is behind the caller's audio by more than
 * {@link AsrSettings#secondPassMaxLag()} (load shedding: the second pass is what overload gives up first). Runs on
 * the session's serial work only, so it is not thread-safe and needs no locks.
 */
final class SessionPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(SessionPipeline.class);
    private static final int RATE = 8000;
    private static final int FRAME = EnergyVad.FRAME_SAMPLES;
    private static final int BARGE_IN_MAX_GAP_SAMPLES = 150 * RATE / 1000;
    /** How long after a turn ends the caller's audio is kept for the next listen (see {@link AfterTurnAudio}). */
    private static final int AFTER_TURN_MILLIS = 4000;
    /** A quiet line's noise floor at most, dBFS: a line's hiss is -60 and below, babble 15 dB under a caller -40. */
    private static final double QUIET_LINE_DBFS = -50;

    private final String callId;
    private final AsrSettings settings;
    private final DecoderSource decoders;
    private final RecognitionListener listener;
    private final RecognitionObserver observer;
    private final TurnSettings defaultTurn;
    private final EnergyVad vad;
    private final BargeInDetector bargeIn;
    private final int preRollSamples;
    private RecentAudio preRoll;
    private final AfterTurnAudio afterTurn = new AfterTurnAudio(AFTER_TURN_MILLIS * RATE / 1000 / FRAME);
    private final int partialIntervalSamples;
    private final short[] frame = new short[FRAME];
    private int frameFill;
    private long position;
    private boolean robotSpeaking;
    private boolean closed;

    private VoskDecoder decoder;
    private String decoderKey;
    private SecondPassRule secondPassRule = SecondPassRule.NEVER;
    private final FreeFormPass secondPass;
    private final SpeakerAdaptation speaker = new SpeakerAdaptation();
    private TurnDetector turn;
    private long turnOffset;
    private ExpectedPhrases expected = ExpectedPhrases.NONE;
    private boolean feeding;
    private int fedSincePartial;
    private String lastPartial = "";
    /** The current turn's decoding cost so far: two clock reads per 10 ms frame fed, nothing more. */
    private long decodeNanos;
    private long decodedSamples;
    /** When the audio being processed reached the session: how far recognition is behind the caller. */
    private long arrivedNanos;

    SessionPipeline(String callId, AsrSettings settings, TurnSettings turn, DecoderSource decoders,
            RecognitionListener listener, RecognitionObserver observer) {
        this.callId = callId;
        this.settings = settings;
        this.decoders = decoders;
        this.listener = listener;
        this.observer = observer;
        this.defaultTurn = turn;
        this.vad = new EnergyVad(settings.vad());
        this.bargeIn = new BargeInDetector(turn.minBargeIn().toMillis() * RATE / 1000, BARGE_IN_MAX_GAP_SAMPLES);
        this.preRollSamples = (int) (settings.preRoll().toMillis() * RATE / 1000);
        this.preRoll = new RecentAudio(preRollSamples);
        this.partialIntervalSamples = (int) (settings.partialInterval().toMillis() * RATE / 1000);
        this.secondPass = new FreeFormPass(decoders::secondPassDecoder, decoders::release);
    }

    /** @param arrived {@link System#nanoTime()} when the samples reached the session */
    void audio(short[] samples, long arrived) {
        arrivedNanos = arrived;
        for (int i = 0; i < samples.length && !closed; ) {
            int n = Math.min(FRAME - frameFill, samples.length - i);
            System.arraycopy(samples, i, frame, frameFill, n);
            frameFill += n;
            i += n;
            if (frameFill == FRAME) {
                frameFill = 0;
                processFrame();
            }
        }
    }

    private void processFrame() {
        boolean speech = vad.isSpeech(frame, 0);
        position += FRAME;
        if (bargeIn.onFrame(speech, FRAME, robotSpeaking)) {
            emit(new BargeIn(millis(position)));
        }
        preRoll.push(frame);
        if (turn != null) {
            turnFrame(frame, speech);
        } else {
            afterTurn.add(frame, speech);
        }
    }

    private void turnFrame(short[] samples, boolean speech) {
        if (feeding) {
            feed(samples, FRAME);
            maybePartial();
        }
        switch (turn.onFrame(speech, FRAME, robotSpeaking, this::expectedPhraseWords)) {
            case SPEECH_STARTED -> {
                feeding = true;
                secondPass.newTurn();
                short[] before = preRoll.contents();
                feed(before, before.length);
                emit(new SpeechStarted(millis(position), millis(turnOffset + turn.speechStart())));
            }
            case TURN_ENDED -> endTurn();
            case NO_INPUT -> {
                emit(new NoInput(millis(position)));
                turn = null;
            }
            case NONE -> { }
        }
    }

    private void maybePartial() {
        fedSincePartial += FRAME;
        if (fedSincePartial >= partialIntervalSamples) {
            fedSincePartial = 0;
            publishPartial(partialText());
        }
    }

    private void feed(short[] samples, int length) {
        long t0 = System.nanoTime();
        decoder.feed(samples, 0, length);
        decodeNanos += System.nanoTime() - t0;
        decodedSamples += length;
        speaker.heard(samples);
        if (secondPassRule != SecondPassRule.NEVER) {
            secondPass.append(samples, length);
        }
    }

    /**
     * The grammar pass already hears words outside its grammar: start the free-form pass now on the audio so far
     * and keep it fed, so that when the turn ends only its tail is left to decode (the reply is not delayed by a
     * whole free-form decode of the turn).
     */
    private void startSecondPassEarly() {
        if (secondPassRule != SecondPassRule.NEVER && !settings.shedsSecondPass(lagNanos())) {
            secondPass.startEarly();
        }
    }

    /** Decodes the turn's audio free-form (or finishes the pass started early) when the rule asks for it. */
    private Optional<SecondPass> secondPass(String text, double confidence) {
        if (secondPassRule == SecondPassRule.NEVER || !secondPassRule.needed(text, confidence)) {
            secondPass.discard();
            return Optional.empty();
        }
        long lag = lagNanos();
        if (!secondPass.startedEarly() && settings.shedsSecondPass(lag)) {
            // behind real time, a whole free-form decode would delay this reply and every other call's: the grammar
            // result stands (a partial opt-out in it is still confirmed, anything unclear is asked again). A pass
            // started early has only the turn's tail left, so it is finished.
            LOG.info("call {}: recognition {} ms behind the caller, second pass shed", callId, lag / 1_000_000);
            observe(o -> o.secondPassShed(Duration.ofNanos(lag)));
            return Optional.empty();
        }
        SecondPass heard = secondPass.finish();
        observe(o -> o.secondPass(heard.decode(), heard.audio()));
        return Optional.of(heard);
    }

    /**
     * A turn the grammar pass found no word in, decoded free-form: short answers ("nah", "thanks but no thanks") come
     * out of a big grammar as nothing on some voices. It counts as heard (grammar pass {@code [unk]}) only on a quiet
     * line and with a grammar word besides the fillers heard: a cough gives stray words like "the", and on a noisy line
     * babble gives stray "no" or "okay" that would end the turn before the caller speaks.
     */
    private Optional<SecondPass> unmatchedTurn() {
        if (vad.noiseFloorDbfs() > QUIET_LINE_DBFS) {
            return Optional.empty();
        }
        return secondPass(GrammarBuilder.UNKNOWN, 0)
                .filter(p -> expected.hasGrammarWord(p.text()));
    }

    private long lagNanos() {
        return System.nanoTime() - arrivedNanos;
    }

    private String partialText() {
        long t0 = System.nanoTime();
        String text = decoder.partialText();
        decodeNanos += System.nanoTime() - t0;
        return text;
    }

    private void publishPartial(String text) {
        if (!text.isEmpty() && !text.equals(lastPartial)) {
            lastPartial = text;
            if (text.contains(GrammarBuilder.UNKNOWN)) {
                startSecondPassEarly();
            }
            emit(new PartialResult(millis(position), text));
        }
    }

    /** The words of the expected phrase the partial result already is, 0 when it is none. */
    private int expectedPhraseWords() {
        if (expected.isEmpty()) {
            return 0;
        }
        String text = partialText();
        publishPartial(text);
        return expected.endingWords(text);
    }

    private void endTurn() {
        long t0 = System.nanoTime();
        List<RecognizedWord> words = decoder.finishTurn(millis(position - turnOffset - turn.lastSpeechEnd()));
        observeDecoded(System.nanoTime() - t0);
        feeding = false;
        lastPartial = "";
        Optional<SecondPass> second;
        if (words.isEmpty()) {
            second = unmatchedTurn();
            if (second.isEmpty()) {
                // the VAD heard a noise the recognizer found no word in: keep listening
                secondPass.discard();
                turn.resumeWaiting();
                return;
            }
            words = List.of(new RecognizedWord(GrammarBuilder.UNKNOWN, 0));
        } else {
            second = Optional.empty();
        }
        String text = words.stream().map(RecognizedWord::word).collect(Collectors.joining(" "));
        double confidence = words.stream().mapToDouble(RecognizedWord::confidence).average().orElse(0);
        Optional<String> matched = expected.matched(text);
        if (second.isEmpty()) {
            second = secondPass(text, confidence);
        }
        emit(new FinalResult(millis(position), text, words, confidence, matched,
                millis(turnOffset + turn.speechStart()), millis(turnOffset + turn.lastSpeechEnd()),
                turn.endReason(), second));
        turn = null;
        afterTurn.turnEnded(preRoll.contents());
    }

    void listen(Expectation expectation, TurnSettings settings) {
        if (closed) {
            return;
        }
        endTurnUnheard();
        Grammar grammar = expectation.freeForm() ? null
                : decoders.grammar(expectation.phrases(), expectation.oneWordAnswers());
        if (grammar != null && !grammar.usable()) {
            LOG.warn("no phrase of {} is recognizable; listening free-form instead", expectation.phrases());
            grammar = null;
        }
        useDecoder(grammar);
        secondPassRule = grammar == null ? SecondPassRule.NEVER : expectation.secondPass();
        expected = ExpectedPhrases.of(expectation, grammar);
        turn = new TurnDetector(settings == null ? defaultTurn : settings, RATE);
        turnOffset = position;
        replayAfterTurn();
    }

    /**
     * Feeds the new turn what the caller said since the last turn ended (when that was recent), frame by frame as
     * it came: the VAD's decisions as they were, the pre-roll as it was, no barge-in (that was decided live).
     */
    private void replayAfterTurn() {
        short[] before = afterTurn.preRoll();
        List<AfterTurnAudio.Frame> frames = afterTurn.take();
        if (before == null || frames.isEmpty()) {
            return;
        }
        turnOffset = position - (long) frames.size() * FRAME;
        preRoll = new RecentAudio(preRollSamples);
        preRoll.push(before);
        for (AfterTurnAudio.Frame f : frames) {
            preRoll.push(f.samples());
            if (turn != null) {
                turnFrame(f.samples(), f.speech());
            } else {
                afterTurn.add(f.samples(), f.speech());
            }
        }
    }

    /**
     * Keeps the current recognizer when the grammar is the same: one live recognizer per call at any time. Another
     * one is first adapted to the caller's voice (its cost counts in the next turn's).
     */
    private void useDecoder(Grammar grammar) {
        String key = grammar == null ? "" : grammar.json();
        if (decoder != null && key.equals(decoderKey)) {
            return;
        }
        closeDecoder();
        decoder = decoders.decoder(grammar);
        decoderKey = key;
        long t0 = System.nanoTime();
        decodedSamples += speaker.adapt(decoder);
        decodeNanos += System.nanoTime() - t0;
    }

    /** Reports the finished turn's cost (noise the recognizer found no word in included: it cost as much). */
    private void observeDecoded(long finishNanos) {
        Duration decode = Duration.ofNanos(decodeNanos + finishNanos);
        Duration audio = Duration.ofNanos(decodedSamples * 1_000_000_000L / RATE);
        observe(o -> o.decoded(decode, audio));
        decodeNanos = 0;
        decodedSamples = 0;
    }

    /** Stops listening; audio from now on is not heard, not even by the next listen. */
    void stopListening() {
        endTurnUnheard();
        afterTurn.clear();
    }

    private void endTurnUnheard() {
        if (feeding) {
            decoder.discard();
        }
        secondPass.discard();
        decodeNanos = 0;
        decodedSamples = 0;
        feeding = false;
        lastPartial = "";
        turn = null;
    }

    void robotSpeaking(boolean speaking) {
        robotSpeaking = speaking;
    }

    /** Reports the failure once and frees the recognizer. */
    void fail(String reason) {
        if (!closed) {
            emit(new RecognitionFailed(millis(position), reason));
            close();
        }
    }

    void close() {
        closed = true;
        turn = null;
        closeDecoder();
        secondPass.close();
    }

    boolean isClosed() {
        return closed;
    }

    private void closeDecoder() {
        if (decoder != null) {
            decoders.release(decoder);
            decoder = null;
            decoderKey = null;
        }
    }

    /** Metrics must never break recognition. */
    private void observe(Consumer<RecognitionObserver> report) {
        try {
            report.accept(observer);
        } catch (RuntimeException e) {
            LOG.warn("recognition observer failed for call {}: {}", callId, e.toString());
        }
    }

    private void emit(RecognitionEvent event) {
        try {
            listener.on(event);
        } catch (RuntimeException e) {
            LOG.error("recognition listener failed on {} for call {}", event.getClass().getSimpleName(), callId, e);
        }
    }

    private static long millis(long samples) {
        return samples * 1000 / RATE;
    }
}
