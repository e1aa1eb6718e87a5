package io.callbot.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class TurnDetectorTest {

    private static final int FRAME = 80;
    private static final IntSupplier NO_MATCH = () -> 0;
    private final TurnSettings settings = TurnSettings.defaults();

    /** Feeds {@code millis} of frames; returns the ms (since start) at which {@code wanted} came, or -1. */
    private static long run(TurnDetector d, boolean speech, int millis, boolean robot, IntSupplier match,
            TurnDetector.Signal wanted) {
        long found = -1;
        for (int i = 0; i < millis / 10; i++) {
            TurnDetector.Signal s = d.onFrame(speech, FRAME, robot, match);
            if (s == wanted && found < 0) {
                found = d.position() / 8;
            }
        }
        return found;
    }

    @Test
    void turnEndsAfterTheConfiguredTrailingSilence() {
        TurnDetector d = new TurnDetector(settings, 8000);
        run(d, false, 400, false, NO_MATCH, TurnDetector.Signal.NONE);
        long started = run(d, true, 800, false, NO_MATCH, TurnDetector.Signal.SPEECH_STARTED);
        long ended = run(d, false, 2000, false, NO_MATCH, TurnDetector.Signal.TURN_ENDED);

        assertThat(started).isEqualTo(400 + 60);
        assertThat(d.speechStart() / 8).isEqualTo(400);
        assertThat(d.lastSpeechEnd() / 8).isEqualTo(1200);
        assertThat(ended).isEqualTo(1200 + 700);
        assertThat(d.endReason()).isEqualTo(TurnDetector.EndReason.SILENCE);
    }

    @Test
    void pausesShorterThanTheTrailingSilenceDoNotEndTheTurn() {
        TurnDetector d = new TurnDetector(settings, 8000);
        run(d, true, 300, false, NO_MATCH, TurnDetector.Signal.NONE);
        assertThat(run(d, false, 650, false, NO_MATCH, TurnDetector.Signal.TURN_ENDED)).isEqualTo(-1);
        run(d, true, 300, false, NO_MATCH, TurnDetector.Signal.NONE);
        assertThat(run(d, false, 1000, false, NO_MATCH, TurnDetector.Signal.TURN_ENDED)).isEqualTo(1250 + 700);
    }

    @Test
    void turnEndsSoonerWhenThePartialIsAnExpectedPhrase() {
        TurnDetector d = new TurnDetector(settings, 8000);
        AtomicInteger asked = new AtomicInteger();
        run(d, true, 500, false, NO_MATCH, TurnDetector.Signal.NONE);
        long ended = run(d, false, 1000, false, () -> asked.incrementAndGet() > 0 ? 2 : 0,
                TurnDetector.Signal.TURN_ENDED);

        assertThat(ended).isEqualTo(500 + 250);
        assertThat(d.endReason()).isEqualTo(TurnDetector.EndReason.EXPECTED_PHRASE);
        assertThat(asked).hasValue(1);
    }

    @Test
    void matchIsAskedOnlyEveryHundredMillisecondsDuringSilence() {
        TurnDetector d = new TurnDetector(settings, 8000);
        AtomicInteger asked = new AtomicInteger();
        run(d, true, 500, false, NO_MATCH, TurnDetector.Signal.NONE);
        long ended = run(d, false, 1000, false, () -> asked.incrementAndGet() >= 3 ? 3 : 0,
                TurnDetector.Signal.TURN_ENDED);

        assertThat(ended).isEqualTo(500 + 250 + 200);
        assertThat(asked).hasValue(3);
    }

    @Test
    void aOneWordPhraseEndsTheTurnOnlyHalfwayToTheTrailingSilence() {
        TurnDetector d = new TurnDetector(settings, 8000);
        run(d, true, 300, false, NO_MATCH, TurnDetector.Signal.NONE);
        // "yes?" then a 400 ms pause before "who's calling": the pause does not end the turn
        assertThat(run(d, false, 400, false, () -> 1, TurnDetector.Signal.TURN_ENDED)).isEqualTo(-1);
        run(d, true, 600, false, NO_MATCH, TurnDetector.Signal.NONE);
        long ended = run(d, false, 1000, false, () -> 1, TurnDetector.Signal.TURN_ENDED);

        assertThat(ended).as("(250 + 700) / 2 ms, at the next 10 ms frame").isEqualTo(1300 + 480);
        assertThat(d.endReason()).isEqualTo(TurnDetector.EndReason.EXPECTED_PHRASE);
    }

    @Test
    void noInputAfterTheTimeoutCountingOnlyWhileTheRobotIsSilent() {
        TurnDetector d = new TurnDetector(settings.withNoInput(Duration.ofSeconds(3)), 8000);
        assertThat(run(d, false, 4000, true, NO_MATCH, TurnDetector.Signal.NO_INPUT)).isEqualTo(-1);
        assertThat(run(d, false, 4000, false, NO_MATCH, TurnDetector.Signal.NO_INPUT)).isEqualTo(4000 + 3000);
    }

    @Test
    void aClickShorterThanMinimumSpeechStartsNothing() {
        TurnDetector d = new TurnDetector(settings, 8000);
        assertThat(run(d, true, 50, false, NO_MATCH, TurnDetector.Signal.SPEECH_STARTED)).isEqualTo(-1);
        assertThat(run(d, false, 100, false, NO_MATCH, TurnDetector.Signal.SPEECH_STARTED)).isEqualTo(-1);
        assertThat(run(d, true, 60, false, NO_MATCH, TurnDetector.Signal.SPEECH_STARTED)).isEqualTo(210);
    }

    @Test
    void afterAWordlessNoiseTheDetectorWaitsAgainAndKeepsTheNoInputTimeSpent() {
        TurnDetector d = new TurnDetector(settings.withNoInput(Duration.ofSeconds(2)), 8000);
        run(d, false, 1000, false, NO_MATCH, TurnDetector.Signal.NONE);
        run(d, true, 200, false, NO_MATCH, TurnDetector.Signal.NONE);
        assertThat(run(d, false, 700, false, NO_MATCH, TurnDetector.Signal.TURN_ENDED)).isEqualTo(1900);
        d.resumeWaiting();
        // 1000 ms were already waited before the noise
        assertThat(run(d, false, 2000, false, NO_MATCH, TurnDetector.Signal.NO_INPUT)).isEqualTo(1900 + 1000);
    }

    @Test
    void endlessSpeechIsCutAtTheMaximum() {
        TurnDetector d = new TurnDetector(settings, 8000);
        long ended = run(d, true, 20_000, false, NO_MATCH, TurnDetector.Signal.TURN_ENDED);
        assertThat(ended).isEqualTo(15_000);
        assertThat(d.endReason()).isEqualTo(TurnDetector.EndReason.MAX_SPEECH);
    }
}
