package io.callbot.asr;

import static io.callbot.asr.VoskRecognizerTest.answer;
import static io.callbot.asr.VoskRecognizerTest.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Turn-taking behaviour of a real Vosk session: end of turn, no input, barge-in, grammar changes, closing. */
class RecognitionSessionTest {

    private static VoskRecognizer recognizer;
    private final EventCollector events = new EventCollector();

    @BeforeAll
    static void loadModel() {
        // tests stream faster than real time; on a busy CI machine the default 5 s backlog would drop audio they rely on
        recognizer = VoskRecognizer.start(AsrSettings.defaults().withSecondPassMaxLag(Duration.ZERO)
                .withMaxBacklog(java.time.Duration.ofSeconds(120)));
    }

    @AfterAll
    static void closeModel() {
        recognizer.close();
    }

    private RecognitionSession open(Expectation expectation) {
        return recognizer.open(new RecognitionRequest("session-test", expectation, TurnSettings.defaults(), events));
    }

    /** Where the fixture's speech really ends inside {@link VoskRecognizerTest#answer}, in ms (last loud 10 ms). */
    private static long trueSpeechEnd(String fixture) {
        short[] audio = answer(fixture);
        long end = 0;
        for (int f = 0; f + 80 <= audio.length; f += 80) {
            if (EnergyVad.levelDbfs(audio, f, 80) > -45) {
                end = (f + 80) / 8;
            }
        }
        return end;
    }

    @Test
    void turnEndsTheConfiguredSilenceAfterTheLastSpeech() throws InterruptedException {
        try (RecognitionSession session = open(Expectation.freeFormSpeech())) {
            stream(session, answer("call-me-tomorrow"));
            FinalResult result = events.next(FinalResult.class);

            assertThat(result.endReason()).isEqualTo(TurnDetector.EndReason.SILENCE);
            assertThat(result.atMillis() - result.speechEndMillis()).isBetween(700L, 710L);
            assertThat(result.speechEndMillis()).isCloseTo(trueSpeechEnd("call-me-tomorrow"),
                    org.assertj.core.data.Offset.offset(100L));
        }
    }

    @Test
    void queuedAudioIsReportedUntilHeardAndItsEventsAreOutByThen() throws InterruptedException {
        RecognitionSession session = open(Expectation.freeFormSpeech());
        short[] audio = answer("call-me-tomorrow");
        stream(session, audio);
        assertThat(session.queuedMillis()).isBetween(0L, audio.length / 8L);
        await().atMost(Duration.ofSeconds(30)).until(() -> session.queuedMillis() == 0);

        // the turn ended 700 ms after the speech, inside the audio: its final result is out once the audio is heard
        assertThat(events.all).anyMatch(e -> e instanceof FinalResult);
        stream(session, audio);
        session.close();
        assertThat(session.queuedMillis()).isZero();
    }

    @Test
    void turnEndsEarlyWhenTheWordsAreAlreadyAnExpectedPhrase() throws InterruptedException {
        try (RecognitionSession session = open(Expectation.phrases("yes", "no thanks"))) {
            stream(session, answer("no-thanks"));
            FinalResult result = events.next(FinalResult.class);

            assertThat(result.text()).isEqualTo("no thanks");
            assertThat(result.endReason()).isEqualTo(TurnDetector.EndReason.EXPECTED_PHRASE);
            assertThat(result.atMillis() - result.speechEndMillis()).isBetween(250L, 450L);
        }
    }

    @Test
    void aLoneYesTheCallerMayGoOnAfterWaitsOutTheTrailingSilence() throws InterruptedException {
        try (RecognitionSession session = open(Expectation.phrases("yes", "no thanks").withMayGoOn(List.of("yes")))) {
            stream(session, answer("yes"));
            FinalResult result = events.next(FinalResult.class);

            assertThat(result.text()).isEqualTo("yes");
            assertThat(result.endReason()).isEqualTo(TurnDetector.EndReason.SILENCE);
            assertThat(result.atMillis() - result.speechEndMillis()).isBetween(700L, 710L);
        }
    }

    /** "no thanks", a pause longer than the early end of a turn, then "stop calling me": a caller going on. */
    private static short[] goingOn() {
        return TestAudio.concat(TestAudio.noise(4000, 30, 1), TestAudio.withNoise(TestAudio.speech("no-thanks"), 30, 2),
                TestAudio.noise(2400, 30, 3), TestAudio.withNoise(TestAudio.speech("stop-calling-me"), 30, 4),
                TestAudio.noise(4000, 30, 5));
    }

    @Test
    void whatTheCallerSaysRightAfterATurnReachesTheNextListen() throws InterruptedException {
        Expectation expectation = Expectation.phrases("yes", "no thanks", "stop calling me");
        try (RecognitionSession session = open(expectation)) {
            stream(session, goingOn());
            FinalResult first = events.next(FinalResult.class);
            assertThat(first.text()).isEqualTo("no thanks");
            // the dialog listens again only now, after all of the audio above has reached the session
            session.listen(expectation);
            stream(session, TestAudio.noise(8000, 30, 6));
            FinalResult next = events.next(FinalResult.class);

            assertThat(next.text()).isEqualTo("stop calling me");
            // where it really started (the pause: 300 ms plus the recordings' own quiet), not where the listen came
            assertThat(next.speechStartMillis()).isBetween(first.speechEndMillis() + 300, first.speechEndMillis() + 1000);
        }
    }

    @Test
    void afterStopListeningTheNextListenHearsOnlyWhatFollows() throws InterruptedException {
        TurnSettings turn = TurnSettings.defaults().withNoInput(Duration.ofSeconds(1));
        try (RecognitionSession session = recognizer.open(new RecognitionRequest("stopped", null, turn, events))) {
            session.listen(Expectation.phrases("yes", "no thanks", "stop calling me"));
            stream(session, goingOn());
            events.next(FinalResult.class);
            session.stopListening();
            session.listen(Expectation.phrases("yes", "no thanks", "stop calling me"));
            stream(session, TestAudio.noise(8000 * 2, 30, 6));
            events.next(NoInput.class);
            assertThat(events.all).filteredOn(FinalResult.class::isInstance).hasSize(1);
        }
    }

    @Test
    void silenceEndsTheTurnWithNoInputAfterTheTimeout() throws InterruptedException {
        TurnSettings turn = TurnSettings.defaults().withNoInput(Duration.ofSeconds(2));
        try (RecognitionSession session = recognizer.open(new RecognitionRequest("no-input", null, turn, events))) {
            session.listen(Expectation.phrases("yes"));
            stream(session, TestAudio.noise(8000 * 3, 30, 9));
            NoInput noInput = events.next(NoInput.class);
            assertThat(noInput.atMillis()).isEqualTo(2000);
        }
    }

    @Test
    void noInputTimeDoesNotRunWhileTheRobotSpeaks() throws InterruptedException {
        TurnSettings turn = TurnSettings.defaults().withNoInput(Duration.ofSeconds(2));
        try (RecognitionSession session = recognizer.open(new RecognitionRequest("prompt", null, turn, events))) {
            session.listen(Expectation.phrases("yes"));
            session.robotSpeaking(true);
            stream(session, TestAudio.noise(8000 * 3, 30, 9));
            session.robotSpeaking(false);
            stream(session, TestAudio.noise(8000 * 3, 30, 10));
            assertThat(events.next(NoInput.class).atMillis()).isEqualTo(3000 + 2000);
        }
    }

    @Test
    void callerSpeechOverTheRobotRaisesBargeInAfterTheMinimumDuration() throws InterruptedException {
        try (RecognitionSession session = open(Expectation.phrases(VoskRecognizerTest.ANSWERS))) {
            session.robotSpeaking(true);
            stream(session, answer("yes-i-am-interested"));
            SpeechStarted started = events.next(SpeechStarted.class);
            BargeIn bargeIn = events.next(BargeIn.class);
            FinalResult result = events.next(FinalResult.class);

            assertThat(bargeIn.atMillis() - started.speechStartMillis()).isBetween(300L, 450L);
            // the interruption is still recognized as the caller's answer
            assertThat(result.words()).extracting(RecognizedWord::word).contains("yes");
        }
    }

    @Test
    void aCoughWhileTheRobotSpeaksIsNoBargeIn() throws InterruptedException {
        TurnSettings turn = TurnSettings.defaults().withNoInput(Duration.ofSeconds(1));
        try (RecognitionSession session = recognizer.open(new RecognitionRequest("cough", null, turn, events))) {
            session.robotSpeaking(true);
            short[] cough = TestAudio.noise(1600, 6000, 5);
            stream(session, TestAudio.concat(TestAudio.noise(4000, 30, 1), cough, TestAudio.noise(4000, 30, 2)));
            session.robotSpeaking(false);
            // events are ordered: if the cough had raised a barge-in, it would come before this no-input
            session.listen(Expectation.phrases("yes"));
            stream(session, TestAudio.noise(8000 * 2, 30, 3));
            events.next(NoInput.class);
            assertThat(events.all).noneMatch(BargeIn.class::isInstance);
        }
    }

    @Test
    void eachListeningStateGetsItsOwnGrammarOnTheSameSession() throws InterruptedException {
        try (RecognitionSession session = open(Expectation.phrases("yes", "no thanks"))) {
            stream(session, answer("yes"));
            assertThat(events.next(FinalResult.class).matchedPhrase()).contains("yes");

            session.listen(Expectation.phrases("call me tomorrow", "stop calling me"));
            stream(session, answer("call-me-tomorrow"));
            assertThat(events.next(FinalResult.class).matchedPhrase()).contains("call me tomorrow");

            session.listen(Expectation.freeFormSpeech());
            stream(session, answer("no-thanks"));
            assertThat(events.next(FinalResult.class).text()).isEqualTo("no thanks");
        }
    }

    @Test
    void audioLongAfterTheTurnEndedIsNotHeardByTheNextListen() throws InterruptedException {
        TurnSettings turn = TurnSettings.defaults().withNoInput(Duration.ofSeconds(1));
        try (RecognitionSession session = recognizer.open(new RecognitionRequest("idle", null, turn, events))) {
            session.listen(Expectation.phrases("yes", "no thanks"));
            stream(session, answer("yes"));
            events.next(FinalResult.class);
            // more than the few seconds after a turn that the next listen still hears
            stream(session, TestAudio.noise(8000 * 4, 30, 7));
            stream(session, answer("no-thanks"));
            session.listen(Expectation.phrases("yes", "no thanks"));
            stream(session, TestAudio.noise(8000 * 2, 30, 4));
            events.next(NoInput.class);
            assertThat(events.all).filteredOn(FinalResult.class::isInstance).hasSize(1);
        }
    }

    @Test
    void unknownGrammarWordsAreLeftOutAndTheRestStillWorks() throws InterruptedException {
        assertThat(recognizer.unknownWords(List.of("yes", "zorblaxx please", "Qwertyuiop"))).containsExactly(
                "qwertyuiop", "zorblaxx");
        try (RecognitionSession session = open(Expectation.phrases("yes", "zorblaxx please"))) {
            stream(session, answer("yes"));
            assertThat(events.next(FinalResult.class).matchedPhrase()).contains("yes");
        }
    }

    @Test
    void aGrammarOfOnlyUnknownWordsFallsBackToFreeForm() throws InterruptedException {
        try (RecognitionSession session = open(Expectation.phrases("zorblaxx", "qwertyuiop"))) {
            stream(session, answer("no-thanks"));
            assertThat(events.next(FinalResult.class).text()).isEqualTo("no thanks");
        }
    }

    @Test
    void closedSessionsFreeTheirRecognizerAndIgnoreLaterAudio() {
        int before = recognizer.openSessions();
        RecognitionSession session = open(Expectation.phrases("yes"));
        assertThat(recognizer.openSessions()).isEqualTo(before + 1);
        session.close();
        session.close();
        stream(session, answer("yes"));
        await().atMost(Duration.ofSeconds(10)).until(() -> recognizer.openSessions() == before);
        assertThat(events.all).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotStopRecognition() throws InterruptedException {
        RecognitionListener flaky = e -> {
            events.on(e);
            if (e instanceof SpeechStarted) {
                throw new IllegalStateException("listener bug");
            }
        };
        try (RecognitionSession session = recognizer.open(
                new RecognitionRequest("flaky", Expectation.phrases("yes"), TurnSettings.defaults(), flaky))) {
            stream(session, answer("yes"));
            assertThat(events.next(FinalResult.class).text()).isEqualTo("yes");
        }
    }

    @Test
    void aTurnTheGrammarPassLeftUnsureIsDecodedAgainFreeForm() throws InterruptedException {
        java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        SecondPassRule unsureWhenUnknown = (text, confidence) -> {
            asked.add(text);
            return text.contains("[unk]");
        };
        // the grammar knows "please" and "list" but not the verb: the caller's words outside it become [unk]
        try (RecognitionSession session = open(Expectation.phrases("please", "list", "yes")
                .withSecondPass(unsureWhenUnknown))) {
            stream(session, answer("please-remove-me-from-your-list"));
            FinalResult result = events.next(FinalResult.class);

            assertThat(result.text()).contains("[unk]");
            assertThat(asked).containsExactly(result.text());
            SecondPass second = result.secondPass().orElseThrow();
            // the best reading is "please remove me from ..." or, decoded a few ms later, "really removes me from ...":
            // either way the caller's words are among its readings
            assertThat(second.alternatives()).as("next-best readings of %s", second.text()).isNotEmpty();
            assertThat(Stream.concat(Stream.of(second.text()), second.alternatives().stream()))
                    .anyMatch(r -> r.contains("remove me from"));
            assertThat(second.early()).as("started when the partial result showed [unk]").isTrue();
            assertThat(second.audio().toMillis()).isBetween(1000L, 5000L);
            assertThat(second.decode()).isPositive();
            assertThat(second.alternatives()).hasSizeLessThanOrEqualTo(VoskRecognizer.SECOND_PASS_ALTERNATIVES)
                    .doesNotContain(second.text()).doesNotHaveDuplicates().allMatch(a -> !a.isBlank());
        }
    }

    @Test
    void aTurnEndingBehindRealTimeKeepsItsGrammarResultInsteadOfASecondPass() throws InterruptedException {
        List<Duration> shed = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Duration> passes = new java.util.concurrent.CopyOnWriteArrayList<>();
        RecognitionObserver observer = new RecognitionObserver() {
            @Override
            public void decoded(Duration decode, Duration audio) {
            }

            @Override
            public void secondPass(Duration decode, Duration audio) {
                passes.add(decode);
            }

            @Override
            public void secondPassShed(Duration lag) {
                shed.add(lag);
            }
        };
        // the whole answer arrives at once, so by the turn's end recognition is behind the audio by at least the
        // time it took to decode it: far more than 1 ms
        try (VoskRecognizer overloaded = VoskRecognizer.start(AsrSettings.defaults().withThreads(1)
                .withMaxBacklog(Duration.ofSeconds(120)).withSecondPassMaxLag(Duration.ofMillis(1)), observer);
                RecognitionSession session = overloaded.open(new RecognitionRequest("shed-test",
                        Expectation.phrases("please", "list", "yes").withSecondPass((t, c) -> t.contains("[unk]")),
                        TurnSettings.defaults(), events))) {
            stream(session, answer("please-remove-me-from-your-list"));
            FinalResult result = events.next(FinalResult.class);

            assertThat(result.text()).contains("[unk]");
            assertThat(result.secondPass()).as("shed: the grammar result stands").isEmpty();
            assertThat(passes).isEmpty();
            assertThat(shed).singleElement().satisfies(lag -> assertThat(lag).isGreaterThan(Duration.ofMillis(1)));
        }
    }

    /**
     * "Thanks but no thanks" in espeak's Andy voice over a phone line ({@code thanks-but-no-thanks-espeak-andy.wav},
     * made with {@code CallerVoices} and {@code TelephoneChannel.clean()}): with the English library's whole grammar,
     * the grammar pass finds no word in it at all, while the free-form pass hears its "no". The turn is not waited out
     * as noise: it counts as heard, its grammar pass as {@code [unk]}.
     */
    @Test
    void anAnswerTheGrammarPassFoundNoWordInIsDecodedFreeForm() throws InterruptedException {
        FinalResult heard = libraryGrammarTurn(recognizer, "thanks-but-no-thanks-espeak-andy",
                libraryIntents().oneWordAnswers());

        assertThat(heard.text()).isEqualTo("[unk]");
        assertThat(heard.secondPass().orElseThrow().text()).contains("no");
    }

    /**
     * "Stop calling" in espeak's Annie voice over a phone line ({@code stop-calling-espeak-annie.wav}, made as the Andy
     * fixture): with the library's whole grammar counting each phrase once beside its thousands of lone words, the
     * grammar pass heard "logging"; with whole answers weighed ({@link GrammarBuilder#PHRASE_WEIGHT}) it hears the
     * opt-out. (Stop 37's fixture for this, "not now" in espeak's Michael voice, was too close a call: on another
     * machine it read "lotto" or "not now" by what the process had decoded before.)
     */
    @Test
    void aWholeAnswerOfTheGrammarOutweighsItsLoneWords() throws InterruptedException {
        // a model of its own: what Vosk hears in a recording depends on what its model decoded before
        try (VoskRecognizer own = VoskRecognizer.start(AsrSettings.defaults())) {
            assertThat(libraryGrammarTurn(own, "stop-calling-espeak-annie", libraryIntents().oneWordAnswers()).text())
                    .isEqualTo("stop calling");
        }
    }

    /**
     * "Agent" in espeak's en-gb voice and "yeah" in its John voice over a phone line ({@code agent-espeak-en-gb.wav},
     * {@code yeah-espeak-john.wav}, made as the Andy fixture): with the library's one-word answers counted once, like
     * the thousands of words listed only to spell phrasings, the grammar pass heard "don't" and "here"; weighed as
     * whole answers ({@link Expectation#oneWordAnswers()}) it hears the answers.
     */
    @Test
    void aOneWordAnswerOfTheGrammarOutweighsTheWordsListedToSpell() throws InterruptedException {
        // a model of its own: what Vosk hears in a recording depends on what its model decoded before
        try (VoskRecognizer own = VoskRecognizer.start(AsrSettings.defaults())) {
            Set<String> answers = libraryIntents().oneWordAnswers();
            assertThat(libraryGrammarTurn(own, "agent-espeak-en-gb", answers).text()).isEqualTo("agent");
            assertThat(libraryGrammarTurn(own, "yeah-espeak-john", answers).text()).isEqualTo("yeah");
        }
    }

    @Test
    void theRecognizersACallIsDoneWithServeTheNextCall() throws InterruptedException {
        try (VoskRecognizer own = VoskRecognizer.start(AsrSettings.defaults().withSecondPassMaxLag(Duration.ZERO)
                .withMaxBacklog(Duration.ofSeconds(120)))) {
            Expectation unsureOfAll = Expectation.phrases("yes", "no thanks").withSecondPass((text, c) -> true);
            List<DecoderPool.Usage> afterCall = new ArrayList<>();
            for (int call = 0; call < 2; call++) {
                EventCollector heard = new EventCollector();
                try (RecognitionSession session = own.open(new RecognitionRequest("call-" + call, unsureOfAll,
                        TurnSettings.defaults(), heard))) {
                    for (int turn = 0; turn < 2; turn++) {
                        stream(session, answer("no-thanks"));
                        assertThat(heard.next(FinalResult.class).secondPass()).isPresent();
                        session.listen(unsureOfAll);
                    }
                }
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (own.openSessions() > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(10); // the close runs on the call's serial work, after what it had queued
                }
                afterCall.add(new DecoderPool.Usage(own.recognizersTaken(), own.recognizersReused()));
            }
            DecoderPool.Usage first = afterCall.get(0);
            DecoderPool.Usage second = afterCall.get(1);
            // the first call's second turn decoded free-form with the decoder its first turn gave back; the second
            // call made no decoder: its grammar decoder and its second passes' were the first call's
            assertThat(first.reused()).isPositive();
            assertThat(second.taken() - first.taken()).isGreaterThanOrEqualTo(3)
                    .isEqualTo(second.reused() - first.reused());
        }
    }

    /**
     * One answer recorded over a phone line, heard with the English library's whole grammar on a quiet line, these
     * one-word answers weighed.
     */
    private FinalResult libraryGrammarTurn(VoskRecognizer with, String fixture, Set<String> oneWordAnswers)
            throws InterruptedException {
        try (RecognitionSession session = with.open(new RecognitionRequest("session-test",
                Expectation.phrases(libraryIntents().grammar()).withOneWordAnswers(oneWordAnswers)
                        .withSecondPass((text, confidence) -> text.contains("[unk]")),
                TurnSettings.defaults().withNoInput(Duration.ofSeconds(3)), events))) {
            stream(session, TestAudio.concat(new short[4000], TestAudio.speech(fixture), new short[28000]));
            RecognitionEvent end = events.nextTurnEnd();
            assertThat(end).isInstanceOf(FinalResult.class);
            return (FinalResult) end;
        }
    }

    /**
     * On a quiet line, a noise burst the grammar pass finds no word in, and the free-form pass none of the grammar's,
     * is still waited out.
     */
    @Test
    void aNoiseNeitherPassHearsAWordOfTheGrammarInIsWaitedOut() throws InterruptedException {
        try (RecognitionSession session = recognizer.open(new RecognitionRequest("session-test",
                Expectation.phrases("one two three").withSecondPass((text, confidence) -> text.contains("[unk]")),
                TurnSettings.defaults().withNoInput(Duration.ofSeconds(3)), events))) {
            stream(session, TestAudio.concat(TestAudio.noise(4000, 30, 1), TestAudio.noise(4000, 6000, 2),
                    TestAudio.noise(40000, 30, 3)));
            assertThat(events.nextTurnEnd()).isInstanceOf(NoInput.class);
        }
    }

    private static io.callbot.nlu.IntentSet libraryIntents() {
        List<String> intents = List.of("yes", "no", "opt_out", "agent", "callback", "wrong_person", "are_you_a_robot",
                "repeat", "not_now", "who_is_calling");
        return io.callbot.nlu.IntentLibrary.english()
                .compile(intents.stream().map(n -> new io.callbot.nlu.CandidateIntent(n, n, List.of())).toList());
    }

    @Test
    void aClearGrammarPassCostsNoSecondPass() throws InterruptedException {
        try (RecognitionSession session = open(Expectation.phrases("yes", "no thanks")
                .withSecondPass((text, confidence) -> text.contains("[unk]")))) {
            stream(session, answer("no-thanks"));
            FinalResult result = events.next(FinalResult.class);
            assertThat(result.text()).isEqualTo("no thanks");
            assertThat(result.secondPass()).isEmpty();
        }
    }
}
