package io.callbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callbot.asr.AsrSettings;
import io.callbot.campaign.AsrModelCheck;
import io.callbot.config.ServerConfig;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The name a campaign's voice.asr_model must give the server's model: the name of its directory. */
@Tag("unit")
class VoiceSettingsModelNameTest {

    @Test
    void theBundledModelAnswersToTheNameTheExampleCampaignsUse() {
        var settings = VoiceSubsystem.Settings.from(ServerConfig.fromEnvironment(Map.of()));
        assertThat(settings.models()).isEqualTo(AsrModelCheck.serverHas("vosk-model-en-us"));
    }

    @Test
    void aConfiguredModelAnswersToItsDirectorysName() {
        var settings = VoiceSubsystem.Settings.from(ServerConfig.fromEnvironment(
                Map.of("CALLBOT_ASR_MODEL_DIR", "/opt/callbot/voice-models/models/vosk-model-en-us-0.22-lgraph/")));
        assertThat(settings.models()).isEqualTo(AsrModelCheck.serverHas("vosk-model-en-us-0.22-lgraph"));
    }

    @Test
    void theChunkSizeIsTheModelsOwnUnlessConfigured() {
        assertThat(VoiceSubsystem.Settings.from(ServerConfig.fromEnvironment(Map.of())).asr().framesPerChunk())
                .isEqualTo(AsrSettings.MODELS_OWN_FRAMES_PER_CHUNK);
        assertThat(VoiceSubsystem.Settings.from(ServerConfig.fromEnvironment(
                Map.of("CALLBOT_ASR_FRAMES_PER_CHUNK", "60"))).asr().framesPerChunk()).isEqualTo(60);
        assertThatThrownBy(() -> VoiceSubsystem.Settings.from(ServerConfig.fromEnvironment(
                Map.of("CALLBOT_ASR_FRAMES_PER_CHUNK", "sixty"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asr.frames_per_chunk")
                .hasMessageContaining("'sixty'");
        assertThatThrownBy(() -> VoiceSubsystem.Settings.from(ServerConfig.fromEnvironment(
                Map.of("CALLBOT_ASR_FRAMES_PER_CHUNK", "301"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..300");
    }
}
