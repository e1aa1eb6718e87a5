package io.callbot.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vosk.Model;

class ModelLoadingTest {

    @Test
    void aMissingModelStopsStartUpNamingThePathAndWhereToGetOne(@TempDir Path tmp) {
        Path missing = tmp.resolve("no-such-model");
        assertThatThrownBy(() -> VoskRecognizer.start(AsrSettings.withModel(missing)))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("does not exist")
                .hasMessageContaining("voice-models/README.md")
                .hasMessageContaining("callbot.model.dir");
    }

    @Test
    void aDirectoryThatIsNoModelIsRejectedBeforeVoskSeesIt(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("README"), "not a model");
        assertThatThrownBy(() -> VoskRecognizer.start(AsrSettings.withModel(tmp)))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining("no am/final.mdl");
    }

    @Test
    void aCorruptModelIsReportedAsCorrupt(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("am"));
        Files.createDirectories(tmp.resolve("conf"));
        Files.write(tmp.resolve("am/final.mdl"), new byte[] {1, 2, 3, 4});
        Files.writeString(tmp.resolve("conf/model.conf"), "--beam=10.0\n");
        assertThatThrownBy(() -> VoskRecognizer.start(AsrSettings.withModel(tmp)))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining(tmp.toAbsolutePath().toString())
                .hasMessageContaining("could not be loaded");
    }

    @Test
    void theChunkSizeReachesTheDecoderAndTheModelDirectoryIsLeftAsItWas() throws Exception {
        Path dir = AsrSettings.defaultModelDir();
        String modelConf = Files.readString(dir.resolve("conf/model.conf"));
        short[] speech = TestAudio.speech("stop-calling-me");
        int oneSecond = 8000;
        assertThat(speech.length).isGreaterThan(oneSecond);

        // Kaldi decodes a chunk only once all its frames are in: after 1 s of audio, 200 ms chunks have words to
        // show, a 1.5 s chunk has nothing decoded yet; once the turn is finished both read the utterance (not always
        // word for word: the chunk size changes what the recognizer hears a little)
        try (Model small = VoskModelLoader.load(dir, 20, DomainWordPairs.NONE);
                Model large = VoskModelLoader.load(dir, 150, DomainWordPairs.NONE);
             VoskDecoder chunked = new VoskDecoder(small, DecoderKind.FREE_FORM); VoskDecoder whole = new VoskDecoder(large, DecoderKind.FREE_FORM)) {
            chunked.feed(speech, 0, oneSecond);
            whole.feed(speech, 0, oneSecond);
            assertThat(chunked.partialText()).isNotEmpty();
            assertThat(whole.partialText()).isEmpty();

            chunked.feed(speech, oneSecond, speech.length - oneSecond);
            whole.feed(speech, oneSecond, speech.length - oneSecond);
            assertThat(text(chunked.finish())).contains("calling");
            assertThat(text(whole.finish())).contains("calling");
        }
        assertThat(Files.readString(dir.resolve("conf/model.conf"))).isEqualTo(modelConf);
    }

    private static String text(List<RecognizedWord> words) {
        return String.join(" ", words.stream().map(RecognizedWord::word).toList());
    }

    @Test
    void aNegativeChunkSizeOrOneOver300FramesIsRefused() {
        assertThatThrownBy(() -> AsrSettings.defaults().withFramesPerChunk(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asr.frames_per_chunk");
        assertThatThrownBy(() -> AsrSettings.defaults().withFramesPerChunk(301))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..300");
    }

    @Test
    void closingTheRecognizerClosesSessionsTheCallsLeftOpen() {
        VoskRecognizer recognizer = VoskRecognizer.start(AsrSettings.defaults().withThreads(1));
        RecognitionSession a = recognizer.open(new RecognitionRequest("a", Expectation.phrases("yes"),
                TurnSettings.defaults(), e -> { }));
        recognizer.open(new RecognitionRequest("b", Expectation.freeFormSpeech(), TurnSettings.defaults(), e -> { }));
        a.accept(new short[1600], 0, 1600);
        assertThat(recognizer.openSessions()).isEqualTo(2);

        recognizer.close();

        assertThat(recognizer.openSessions()).isZero();
    }

    @Test
    void theDefaultModelsVocabularyIsReadFromItsGraph() {
        Optional<ModelVocabulary> vocabulary = ModelVocabulary.read(AsrSettings.defaultModelDir());
        assertThat(vocabulary).isPresent();
        assertThat(vocabulary.get().size()).isGreaterThan(100_000);
        for (String w : List.of("yes", "no", "thanks", "stop", "calling", "me", "tomorrow", "one", "two", "three")) {
            assertThat(vocabulary.get().contains(w)).as(w).isTrue();
        }
        assertThat(vocabulary.get().contains("zorblaxx")).isFalse();
    }

    @Test
    void anUnreadableVocabularyReportsNoUnknownWords(@TempDir Path tmp) {
        assertThat(ModelVocabulary.read(tmp)).isEmpty();
        assertThat(new GrammarBuilder(Optional.empty()).unknownWords(List.of("zorblaxx"))).isEmpty();
    }
}
