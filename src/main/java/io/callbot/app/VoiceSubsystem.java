package io.callbot.app;

import io.callbot.asr.AsrSettings;
import io.callbot.asr.DomainWordPairs;
import io.callbot.asr.VoskRecognizer;
import io.callbot.campaign.AsrModelCheck;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignKey;
import io.callbot.config.ServerConfig;
import io.callbot.nlu.IntentLibrary;
import io.callbot.tts.MaryTtsSynthesizer;
import io.callbot.tts.PromptCache;
import io.callbot.tts.PromptCacheConfig;
import io.callbot.tts.RecordedPrompts;
import io.callbot.tts.TtsVoice;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's voice: the speech recognizer (Vosk), the synthesizer (MaryTTS) behind the prompt cache, and each
 * campaign's recorded prompts. Built once at start by {@link CallbotServer}; thread-safe.
 */
final class VoiceSubsystem {

    /**
     * The {@code asr.*} and {@code tts.*} settings.
     *
     * @param maryBase       where MaryTTS finds its voices ({@code -Dmary.base}, else {@code <data.dir>/marytts})
     * @param promptCacheDir {@code tts.cache_dir}, else {@code <data.dir>/prompt-cache}
     */
    record Settings(AsrSettings asr, Path maryBase, String ttsVoice, Path promptCacheDir) {
        static Settings from(ServerConfig config) {
            Path dataDir = config.path("data.dir");
            AsrSettings asr = (config.optional("asr.model_dir") == null ? AsrSettings.defaults()
                    : AsrSettings.withModel(config.path("asr.model_dir"))).withThreads(config.integer("asr.threads"))
                    .withSecondPassMaxLag(config.duration("asr.second_pass_max_lag"))
                    .withFramesPerChunk(framesPerChunk(config.optional("asr.frames_per_chunk")));
            return new Settings(asr, Path.of(System.getProperty("mary.base", dataDir.resolve("marytts").toString())),
                    config.string("tts.voice"), config.optional("tts.cache_dir") != null ? config.path("tts.cache_dir")
                            : dataDir.resolve("prompt-cache"));
        }

        /** {@code asr.frames_per_chunk}: empty is the model's own; anything else a number AsrSettings checks. */
        private static int framesPerChunk(String value) {
            if (value == null) {
                return AsrSettings.MODELS_OWN_FRAMES_PER_CHUNK;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("asr.frames_per_chunk must be a whole number of frames or empty,"
                        + " was '" + value + "'", e);
            }
        }

        /** The model a campaign's voice.asr_model must name: the one this server loads. */
        AsrModelCheck models() {
            return AsrModelCheck.serverHas(asr.modelName());
        }
    }

    final VoskRecognizer recognizer;
    final PromptCache prompts;
    /** Recorded prompts per campaign, loaded on first use and dropped when the campaign's file changes. */
    private final Map<CampaignKey, RecordedPrompts> recordings = new ConcurrentHashMap<>();

    private VoiceSubsystem(VoskRecognizer recognizer, PromptCache prompts) {
        this.recognizer = recognizer;
        this.prompts = prompts;
    }

    static VoiceSubsystem start(Settings settings, ServerMetrics metrics, CallbotServer.Closeables closeables)
            throws Exception {
        VoskRecognizer recognizer = closeables.keep(VoskRecognizer.start(settings.asr(), metrics.recognition(),
                new DomainWordPairs(IntentLibrary.english().spokenWordPairs())));
        MaryTtsSynthesizer mary = MaryTtsSynthesizer.start(settings.maryBase(),
                new TtsVoice(settings.ttsVoice(), Locale.US));
        PromptCache prompts = closeables.keep(new PromptCache(mary, PromptCacheConfig.defaults(
                settings.promptCacheDir()), metrics.synthesis()));
        metrics.promptCache(prompts);
        metrics.recognizers(recognizer);
        return new VoiceSubsystem(recognizer, prompts);
    }

    /** The campaign's recorded prompts ({@code voice.prompts_dir}, relative to its file); none when it has none. */
    RecordedPrompts recordings(Campaign c) {
        return recordings.computeIfAbsent(c.key(), k -> {
            if (c.voice() == null || c.voice().promptsDir() == null) {
                return RecordedPrompts.empty();
            }
            Path base = c.source() == null ? Path.of(".") : Path.of(c.source()).toAbsolutePath().getParent();
            return RecordedPrompts.load(base.resolve(c.voice().promptsDir()));
        });
    }

    /** Drops what was loaded for the campaign (its file changed). */
    void forget(CampaignKey key) {
        recordings.remove(key);
    }
}
