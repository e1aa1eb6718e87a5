package io.callbot.tts;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.audio.Pcm8k;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sentence-level rendering, background prefetch and how a prompt needed now overtakes background work. */
class PromptCachePrefetchTest {

    /** Synthesizes {@link FakeSynthesizer#audioFor}; a text starting with a held prefix waits for its gate. */
    static final class GatedSynthesizer implements SpeechSynthesizer {
        final List<String> spoken = new CopyOnWriteArrayList<>();
        final Map<String, CompletableFuture<Void>> started = new ConcurrentHashMap<>();
        final Map<String, CompletableFuture<Void>> gates = new ConcurrentHashMap<>();

        CompletableFuture<Void> hold(String prefix) {
            return gates.computeIfAbsent(prefix, p -> new CompletableFuture<>());
        }

        CompletableFuture<Void> startOf(String text) {
            return started.computeIfAbsent(text, t -> new CompletableFuture<>());
        }

        @Override
        public Pcm8k synthesize(String text, TtsVoice voice) {
            spoken.add(text);
            startOf(text).complete(null);
            gates.forEach((prefix, gate) -> {
                if (text.startsWith(prefix)) {
                    gate.orTimeout(30, TimeUnit.SECONDS).join();
                }
            });
            return FakeSynthesizer.audioFor(text);
        }

        @Override
        public TtsVoice defaultVoice() {
            return TtsVoice.DEFAULT;
        }
    }

    private final GatedSynthesizer synthesizer = new GatedSynthesizer();

    @Test
    void aPromptIsRenderedAndCachedSentenceBySentence() throws Exception {
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            List<CompletableFuture<Pcm8k>> parts = cache.renderSentencesAsync("Hello there. Goodbye!", TtsVoice.DEFAULT);
            assertThat(parts).hasSize(2);
            assertThat(parts.get(1).get(10, TimeUnit.SECONDS)).isEqualTo(FakeSynthesizer.audioFor("Goodbye!"));
            parts.get(0).get(10, TimeUnit.SECONDS);
            assertThat(synthesizer.spoken).containsExactly("Hello there.", "Goodbye!");

            // another customer's prompt shares the common sentence
            List<CompletableFuture<Pcm8k>> other = cache.renderSentencesAsync("See you, Ada. Goodbye!", TtsVoice.DEFAULT);
            assertThat(other.get(1)).as("the shared sentence is a memory hit").isDone();
            other.get(0).get(10, TimeUnit.SECONDS);
            assertThat(synthesizer.spoken).containsExactly("Hello there.", "Goodbye!", "See you, Ada.");
        }
    }

    @Test
    void prefetchRendersInTheBackgroundSoTheLaterRequestHitsMemory() throws Exception {
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            assertThat(cache.prefetch(List.of("Thanks, Ada. Goodbye!"), TtsVoice.DEFAULT)).isEqualTo(2);
            synthesizer.startOf("Goodbye!").get(10, TimeUnit.SECONDS);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> cache.cached("Goodbye!", TtsVoice.DEFAULT).isPresent());
            long hits = cache.stats().memoryHits();

            List<CompletableFuture<Pcm8k>> parts = cache.renderSentencesAsync("Thanks, Ada. Goodbye!", TtsVoice.DEFAULT);

            assertThat(parts).allMatch(CompletableFuture::isDone);
            assertThat(cache.stats().memoryHits() - hits).isEqualTo(2);
            assertThat(cache.prefetch(List.of("Thanks, Ada. Goodbye!"), TtsVoice.DEFAULT)).as("already cached").isZero();
            assertThat(synthesizer.spoken).containsExactly("Thanks, Ada.", "Goodbye!");
        }
    }

    @Test
    void aPromptNeededNowOvertakesBackgroundWorkQueuedAheadOfIt() throws Exception {
        CompletableFuture<Void> slow = synthesizer.hold("Slow");
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            cache.prefetch(List.of("Slow warm-up sentence. Needed soon."), TtsVoice.DEFAULT);
            synthesizer.startOf("Slow warm-up sentence.").get(10, TimeUnit.SECONDS);

            // "Needed soon." waits in the background queue behind the held sentence; a call needs it now
            Pcm8k audio = cache.renderAsync("Needed soon.", TtsVoice.DEFAULT).get(10, TimeUnit.SECONDS);

            assertThat(audio).isEqualTo(FakeSynthesizer.audioFor("Needed soon."));
            slow.complete(null);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> cache.backgroundQueueLength() == 0 && cache.cached("Slow warm-up sentence.",
                            TtsVoice.DEFAULT).isPresent());
            assertThat(synthesizer.spoken).as("the background copy of the task found it claimed")
                    .containsExactlyInAnyOrder("Slow warm-up sentence.", "Needed soon.");
        }
    }

    @Test
    void backgroundWorkWaitsWhileAPromptIsNeededNow() throws Exception {
        CompletableFuture<Void> urgent = synthesizer.hold("Urgent");
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            CompletableFuture<Pcm8k> now = cache.renderAsync("Urgent reply.", TtsVoice.DEFAULT);
            synthesizer.startOf("Urgent reply.").get(10, TimeUnit.SECONDS);
            CompletableFuture<Void> warm = cache.prerender(List.of("Background line."), TtsVoice.DEFAULT);

            // the background thread took the task but holds it while the synthesizer serves the urgent sentence
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> cache.backgroundQueueLength() == 0);
            assertThat(synthesizer.startOf("Background line.")).isNotDone();
            urgent.complete(null);
            now.get(10, TimeUnit.SECONDS);
            warm.get(10, TimeUnit.SECONDS);
            assertThat(synthesizer.spoken).containsExactly("Urgent reply.", "Background line.");
        }
    }
}
