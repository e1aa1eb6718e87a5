package io.callbot.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.asr.AsrSettings;
import io.callbot.asr.TestAudio;
import io.callbot.asr.TurnSettings;
import io.callbot.asr.VoskRecognizer;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.dialog.engine.CustomerView;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.sim.voice.CallerVoice;
import io.callbot.sim.voice.CallerVoices;
import io.callbot.sim.voice.NoiseCondition;
import io.callbot.sim.voice.TelephoneChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The evaluation harness cannot silently break: a handful of dev corpus lines, spoken by flite's kal voice over a
 * mu-law line, go through the real recognizer and the evaluation campaign's dialog and come out as the intent they
 * are labelled with (lines whose words are in the campaign's phrase lists, so today's matcher must get them).
 */
class TurnRunnerTest {

    private static VoskRecognizer recognizer;
    private static TurnRunner runner;
    private static CallerVoice voice;
    @TempDir
    static Path cache;

    @BeforeAll
    static void start() {
        recognizer = VoskRecognizer.start(AsrSettings.defaults().withSecondPassMaxLag(Duration.ZERO)
                .withThreads(1).withMaxBacklog(Duration.ofMinutes(2)));
        Campaign campaign = CampaignLoader.load(Path.of("src/test/resources/eval/eval-campaign.yaml")).campaign();
        DialogContext context = new DialogContext(new CustomerView("eval", "Maria", "Lopez", "+12125550101",
                ZoneId.of("America/New_York"), Map.of(), Set.of()), campaign.id(), campaign.name(), campaign.data());
        runner = new TurnRunner(recognizer, campaign, context, TurnSettings.defaults());
        voice = CallerVoices.withoutMary().open("flite:kal");
    }

    @AfterAll
    static void stop() {
        recognizer.close();
    }

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource({"no thank you, none", "do not call me, none", "who is this, none", "please do, pink20",
        "call me back in twenty minutes, none"})
    void aCorpusLineComesOutAsItsLabel(String text, String noise) throws InterruptedException {
        CorpusLine line = Corpus.read("dev").stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow();
        PhoneCaller caller = new PhoneCaller(new AudioCache(cache), voice,
                TelephoneChannel.open(NoiseCondition.parse(noise)), 4242);

        TurnResult result = runner.run("test-" + line.id(), line.intent(), line.text(), caller);

        assertThat(result.predicted()).as("heard '%s'", result.heard()).isEqualTo(line.intent());
        assertThat(result.matchedIntent()).isEqualTo(line.intent());
        assertThat(result.heard()).isNotBlank().isNotEqualTo("(nothing)");
        assertThat(result.confirmationAsked()).isFalse();
        assertThat(result.responseGapMillis()).isBetween(0L, 1000L);
        assertThat(result.audioSeconds()).isGreaterThan(TurnRunner.QUESTION.toMillis() / 1000.0);
        if (line.callbackTime() != null) {
            assertThat(result.callbackTimeHeard()).as("heard %s", result.heard()).isTrue();
        }
    }

    /**
     * The decline ends its turn at the pause, the dialog says goodbye, and the rest of the line still counts, however
     * long: past the 4 s of audio a listen picks up from before it started, the evaluation must not have fed the line
     * ahead of the dialog, or the goodbye's listen would start after all of it and hear nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        no thank you. stop calling me.                                                                        | 7
        no thank you. stop calling me, I have told your people that so many times before, I am tired of it | 9
        """)
    void anOptOutAfterADeclineIsHeardWhileTheRobotSaysGoodbye(String text, long noiseStart)
            throws InterruptedException {
        PhoneCaller caller = new PhoneCaller(new AudioCache(cache), voice, TelephoneChannel.clean(), noiseStart);
        TurnResult result = runner.run("test-going-on-" + noiseStart, "opt_out", text, caller);
        assertThat(result.heard()).contains(" >> ");
        assertThat(result.predicted()).as("heard '%s'", result.heard()).isEqualTo("opt_out");
        assertThat(result.matchedIntent()).isEqualTo("no");
    }

    @org.junit.jupiter.api.Test
    void whatACallerSaysOverTheRepromptIsHeardAfterIt() throws InterruptedException {
        PhoneCaller line = new PhoneCaller(new AudioCache(cache), voice, TelephoneChannel.clean(), 13);
        // a question the robot cannot act on, a second's pause that ends the turn, then an opt-out while it asks again
        CallerAudio pausing = speaking(line,
                text -> TestAudio.concat(line.says("what time is it"), line.quiet(Duration.ofMillis(1000)),
                        line.says(text)));
        TurnResult result = runner.run("test-over-the-reprompt", "opt_out", "stop calling me", pausing);
        assertThat(result.heard()).as("heard '%s'", result.heard()).contains(" >> ");
        assertThat(result.predicted()).as("heard '%s'", result.heard()).isEqualTo("opt_out");
    }

    /** A caller on {@code line} whose lines are what {@code says} makes of them. */
    private static CallerAudio speaking(PhoneCaller line, java.util.function.Function<String, short[]> says) {
        return new CallerAudio() {
            @Override
            public short[] says(String text) {
                return says.apply(text);
            }

            @Override
            public short[] quiet(Duration duration) {
                return line.quiet(duration);
            }
        };
    }

    @org.junit.jupiter.api.Test
    void aConfirmationLeftUnclearIsAskedAgainAndThenTakenAsAYes() throws InterruptedException {
        PhoneCaller line = new PhoneCaller(new AudioCache(cache), voice, TelephoneChannel.clean(), 11);
        // "stop calling" is heard in part on this voice ("op calling"), so the robot asks; the caller mumbles twice
        CallerAudio mumbles = speaking(line, text -> line.says(text.equals("yes") ? "hmm mm" : text));
        TurnResult result = runner.run("test-unclear-confirmation", "opt_out", "stop calling", mumbles);
        assertThat(result.confirmationAsked()).as("heard '%s'", result.heard()).isTrue();
        assertThat(result.predicted()).as("confirmation heard '%s'", result.confirmationHeard()).isEqualTo("opt_out");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"what time is it"})
    void aLineWithNothingToActOnIsRepromptedNotGuessed(String text) throws InterruptedException {
        PhoneCaller caller = new PhoneCaller(new AudioCache(cache), voice, TelephoneChannel.clean(), 0);
        TurnResult result = runner.run("test-none", "none", text, caller);
        assertThat(result.predicted()).as("heard '%s'", result.heard()).isEqualTo("none");
        assertThat(result.matchedIntent()).isNull();
        assertThat(List.of(result.confirmationAsked())).containsOnly(false);
    }
}
