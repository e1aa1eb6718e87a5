package io.callbot.asr;

import static io.callbot.asr.VoskRecognizerTest.answer;
import static io.callbot.asr.VoskRecognizerTest.stream;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The recognizer tells its observer the decoding time and the audio decoded of each turn, once per turn. */
class RecognitionObserverTest {

    private record Decoded(Duration decode, Duration audio) { }

    private static final List<Decoded> decoded = new CopyOnWriteArrayList<>();
    private static VoskRecognizer recognizer;

    @BeforeAll
    static void loadModel() {
        recognizer = VoskRecognizer.start(AsrSettings.defaults().withSecondPassMaxLag(Duration.ZERO)
                .withMaxBacklog(Duration.ofSeconds(120)),
                (decode, audio) -> decoded.add(new Decoded(decode, audio)));
    }

    @AfterAll
    static void closeModel() {
        recognizer.close();
    }

    @Test
    void eachTurnReportsItsDecodeTimeAndTheAudioFedFromPreRollToTurnEnd() throws InterruptedException {
        EventCollector events = new EventCollector();
        try (RecognitionSession session = recognizer.open(new RecognitionRequest("observed",
                Expectation.phrases(VoskRecognizerTest.ANSWERS), TurnSettings.defaults(), events))) {
            for (String fixture : List.of("no-thanks", "call-me-tomorrow")) {
                decoded.clear();
                stream(session, answer(fixture));
                SpeechStarted started = events.next(SpeechStarted.class);
                FinalResult result = events.next(FinalResult.class);
                // observed on the recognition thread before the final result is delivered
                assertThat(decoded).as(fixture).hasSize(1);
                Decoded d = decoded.get(0);
                // the pre-roll holds at most what the session heard before speech started
                long preRoll = Math.min(AsrSettings.defaults().preRoll().toMillis(), started.atMillis());
                assertThat(d.audio().toMillis()).as(fixture)
                        .isCloseTo(preRoll + result.atMillis() - started.atMillis(), Offset.offset(10L));
                assertThat(d.decode()).as(fixture).isPositive();
                session.listen(Expectation.phrases(VoskRecognizerTest.ANSWERS));
            }
        }
    }

    @Test
    void aDecoderTakenForAnotherGrammarFirstDecodesTheCallersLatestSpeechWhichCountsInTheNextTurn()
            throws InterruptedException {
        EventCollector events = new EventCollector();
        try (RecognitionSession session = recognizer.open(new RecognitionRequest("adapted",
                Expectation.phrases(VoskRecognizerTest.ANSWERS), TurnSettings.defaults(), events))) {
            decoded.clear();
            stream(session, answer("call-me-tomorrow"));
            events.next(FinalResult.class);
            long firstTurn = decoded.get(0).audio().toMillis();
            session.listen(Expectation.phrases("yes", "no"));
            decoded.clear();
            stream(session, answer("yes"));
            SpeechStarted started = events.next(SpeechStarted.class);
            FinalResult result = events.next(FinalResult.class);
            assertThat(result.text()).isEqualTo("yes");
            long preRoll = Math.min(AsrSettings.defaults().preRoll().toMillis(), started.atMillis());
            long ownTurn = preRoll + result.atMillis() - started.atMillis();
            assertThat(decoded.get(0).audio().toMillis())
                    .isCloseTo(ownTurn + Math.min(3000, firstTurn), Offset.offset(10L));
        }
    }

    @Test
    void aTurnStoppedBeforeItsEndReportsNothing() throws InterruptedException {
        EventCollector events = new EventCollector();
        try (RecognitionSession session = recognizer.open(new RecognitionRequest("stopped",
                Expectation.freeFormSpeech(), TurnSettings.defaults(), events))) {
            decoded.clear();
            short[] audio = answer("call-me-tomorrow");
            stream(session, java.util.Arrays.copyOf(audio, 4000 + 8000));
            events.next(SpeechStarted.class);
            session.stopListening();
            session.listen(Expectation.phrases("yes"));
            stream(session, TestAudio.noise(8000, 30, 4));
            session.robotSpeaking(false);
        }
        // closing runs after everything queued before it; wait until the session has gone
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> recognizer.openSessions() == 0);
        assertThat(decoded).isEmpty();
    }
}
