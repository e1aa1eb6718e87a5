package io.callbot.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.asr.TurnSettings;
import io.callbot.audio.Pcm8k;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.tts.PromptCache;
import io.callbot.tts.PromptCacheConfig;
import io.callbot.tts.PromptCacheStats;
import io.callbot.tts.RecordedPrompts;
import io.callbot.tts.SpeechSynthesizer;
import io.callbot.tts.TtsVoice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Warming a campaign at load renders, sentence by sentence, exactly the prompts that are alike for every customer. */
class CampaignPromptsTest {

    /** Records what it was asked to say; the audio is a tone as long as the text. */
    static final class RecordingSynthesizer implements SpeechSynthesizer {
        final List<String> spoken = new CopyOnWriteArrayList<>();
        final java.util.Set<TtsVoice> voices = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public Pcm8k synthesize(String text, TtsVoice voice) {
            spoken.add(text);
            voices.add(voice);
            short[] samples = new short[text.length() * 40];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) (1000 * Math.sin(i / 3.0));
            }
            return new Pcm8k(samples);
        }

        @Override
        public TtsVoice defaultVoice() {
            return TtsVoice.DEFAULT;
        }
    }

    /** The campaign file's voice.tts_voice and voice.language are the voice its prompts are spoken in. */
    @Test
    void aCampaignSpeaksInTheVoiceItsFileNames() throws Exception {
        Campaign campaign = CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml")).campaign();
        assertThat(CallServices.campaignVoice(campaign)).isEqualTo(new TtsVoice("cmu-slt-hsmm", java.util.Locale.US));
        RecordingSynthesizer synthesizer = new RecordingSynthesizer();
        TtsVoice own = new TtsVoice("campaign-voice", java.util.Locale.UK);
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            CallServices services = new CallServices(null, cache, c -> RecordedPrompts.empty(),
                    c -> c == campaign ? own : TtsVoice.DEFAULT, null, TurnSettings.defaults(), Runnable::run,
                    Clock.systemUTC(), "callbot-transfer");

            CampaignPrompts.warm(campaign, services).get(60, TimeUnit.SECONDS);

            assertThat(synthesizer.voices).containsExactly(own);
        }
    }

    @Test
    void warmingRendersTheStaticPromptsSoTheFirstCallsHitTheCache() throws Exception {
        Campaign campaign = CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml")).campaign();
        RecordingSynthesizer synthesizer = new RecordingSynthesizer();
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            CallServices services = new CallServices(null, cache, id -> RecordedPrompts.empty(),
                    id -> TtsVoice.DEFAULT, null, TurnSettings.defaults(), Runnable::run, Clock.systemUTC(),
                    "callbot-transfer");

            CampaignPrompts.warm(campaign, services).get(60, TimeUnit.SECONDS);

            // sentence by sentence (normalized), data.* templates rendered; prompts naming the customer left out
            assertThat(synthesizer.spoken).contains("Thanks for your time.", "Have a great day.", "Goodbye!",
                    "One moment, I'm connecting you with a member of our team.", "Great!",
                    "We'll also text it to you.", "Sorry, I didn't hear anything.");
            assertThat(synthesizer.spoken).anyMatch(s -> s.startsWith("Your code is COMEBACK twenty,"))
                    .anyMatch(s -> s.contains("twenty percent off your next order with code COMEBACK twenty,"))
                    .noneMatch(s -> s.startsWith("Hi ") || s.contains("see you soon"))
                    .doesNotHaveDuplicates();

            // a first call's goodbye is now three memory hits and no synthesis
            PromptCacheStats before = cache.stats();
            List<Pcm8k> goodbye = cache.renderSentencesAsync("Thanks for your time. Have a great day. Goodbye!",
                    TtsVoice.DEFAULT).stream().map(f -> f.getNow(null)).toList();
            assertThat(goodbye).hasSize(3).doesNotContainNull();
            assertThat(cache.stats().memoryHits() - before.memoryHits()).isEqualTo(3);
            assertThat(cache.stats().misses()).isEqualTo(before.misses());
        }
    }
}
