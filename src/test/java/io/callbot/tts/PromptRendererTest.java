package io.callbot.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callbot.audio.Pcm8k;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptRendererTest {

    @TempDir
    Path dir;

    private final FakeSynthesizer synthesizer = new FakeSynthesizer();

    @Test
    void parsesRecordingsAndTextInOrder() {
        Prompt prompt = Prompt.parse("[greeting.wav] Your order #4217 ships today. [en/Bye.WAV]");

        assertThat(prompt.pieces()).containsExactly(new Prompt.Recording("greeting.wav"),
                new Prompt.Speech("Your order #4217 ships today."), new Prompt.Recording("en/Bye.WAV"));
        assertThat(Prompt.parse("Just text [not a recording]").pieces())
                .containsExactly(new Prompt.Speech("Just text [not a recording]"));
    }

    @Test
    void aMixedPromptIsTheRecordingFollowedByTheSynthesizedText() throws Exception {
        TestWavs.tone(dir.resolve("greeting.wav"), 44100, 16, 2, Encoding.PCM_SIGNED, 0.5, 8000);
        RecordedPrompts recordings = RecordedPrompts.load(dir);
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            PromptRenderer renderer = new PromptRenderer(cache, recordings);

            Pcm8k audio = renderer.renderAsync(Prompt.parse("[greeting.wav] Hi Ana")).get(5, TimeUnit.SECONDS);

            assertThat(audio).isEqualTo(Pcm8k.concat(List.of(recordings.require("greeting.wav"),
                    FakeSynthesizer.audioFor("Hi Ana"))));
        }
    }

    @Test
    void aMissingRecordingFailsAtOnceWithItsName() throws IOException {
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            PromptRenderer renderer = new PromptRenderer(cache, RecordedPrompts.load(dir));
            Prompt prompt = Prompt.parse("[nope.wav] hello");

            assertThat(renderer.missingRecordings(prompt)).containsExactly("nope.wav");
            assertThatThrownBy(() -> renderer.renderAsync(prompt).get()).isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("nope.wav");
        }
    }

    @Test
    void prerenderSynthesizesOnlyTheTextPieces() throws Exception {
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            PromptRenderer renderer = new PromptRenderer(cache, RecordedPrompts.empty());

            renderer.prerender(List.of(Prompt.parse("[a.wav] Hello"), Prompt.speech("Goodbye")), TtsVoice.DEFAULT)
                    .get(5, TimeUnit.SECONDS);

            assertThat(synthesizer.spoken).containsExactlyInAnyOrder("Hello", "Goodbye");
        }
    }
}
