package io.callbot.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.callbot.audio.Pcm8k;
import io.callbot.audio.WavFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptCacheTest {

    @TempDir
    Path dir;

    private final FakeSynthesizer synthesizer = new FakeSynthesizer();

    @Test
    void aSecondRequestIsAMemoryHit() {
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            Pcm8k first = cache.render("Hello there");
            Pcm8k second = cache.render("Hello there");

            assertThat(second).isEqualTo(first).isEqualTo(FakeSynthesizer.audioFor("Hello there"));
            assertThat(synthesizer.spoken).containsExactly("Hello there");
            assertThat(cache.stats()).extracting(PromptCacheStats::misses, PromptCacheStats::memoryHits)
                    .containsExactly(1L, 1L);
        }
    }

    @Test
    void eachSynthesisIsObservedWithItsTimeAndAudioButHitsAndFailuresAreNot() {
        List<java.time.Duration[]> observed = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.defaults(dir),
                (took, audio) -> observed.add(new java.time.Duration[] {took, audio}))) {
            cache.render("Hello there");
            cache.render("Hello there");
            cache.renderAsync("See you soon").join();
            assertThatThrownBy(() -> cache.render("FAIL now")).hasCauseInstanceOf(SynthesisException.class);
        }
        try (PromptCache restarted = new PromptCache(synthesizer, PromptCacheConfig.defaults(dir),
                (took, audio) -> observed.add(new java.time.Duration[] {took, audio}))) {
            restarted.render("See you soon"); // a disk hit: nothing synthesized
        }

        assertThat(observed).hasSize(2);
        assertThat(observed.get(0)[1]).isEqualTo(FakeSynthesizer.audioFor("Hello there").duration());
        assertThat(observed.get(1)[1]).isEqualTo(FakeSynthesizer.audioFor("See you soon").duration());
        assertThat(observed).allSatisfy(o -> assertThat(o[0]).isPositive());
    }

    @Test
    void theKeyIsTheNormalizedTextSoSpellingsThatSayTheSameShareOneEntry() {
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            cache.render("You owe $12.50.");
            cache.render("You owe twelve dollars and fifty cents.");

            assertThat(synthesizer.spoken).containsExactly("You owe twelve dollars and fifty cents.");
            assertThat(cache.key("You owe $12.50.", TtsVoice.DEFAULT))
                    .isEqualTo(new PromptKey(TtsVoice.DEFAULT, "You owe twelve dollars and fifty cents."));
        }
    }

    @Test
    void differentVoicesAreDifferentEntries() {
        TtsVoice other = new TtsVoice("other-voice", java.util.Locale.US);
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            cache.render("Hi", TtsVoice.DEFAULT);
            cache.render("Hi", other);

            assertThat(synthesizer.spoken).hasSize(2);
            assertThat(cache.key("Hi", TtsVoice.DEFAULT).hash()).isNotEqualTo(cache.key("Hi", other).hash());
        }
    }

    @Test
    void renderedPromptsSurviveARestartOnDiskInAtomicallyWrittenHashNamedFiles() throws IOException {
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.defaults(dir))) {
            cache.render("Welcome back");
        }
        FakeSynthesizer afterRestart = new FakeSynthesizer();
        try (PromptCache cache = new PromptCache(afterRestart, PromptCacheConfig.defaults(dir))) {
            Pcm8k audio = cache.render("Welcome back");

            assertThat(audio).isEqualTo(FakeSynthesizer.audioFor("Welcome back"));
            assertThat(afterRestart.spoken).isEmpty();
            assertThat(cache.stats().diskHits()).isEqualTo(1);
            assertThat(listNames()).containsExactly(cache.key("Welcome back", TtsVoice.DEFAULT).hash() + ".wav");
        }
    }

    @Test
    void aCorruptDiskEntryIsRenderedAgainAndReplaced() throws IOException {
        PromptKey key;
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.defaults(dir))) {
            key = cache.key("Goodbye", TtsVoice.DEFAULT);
        }
        Files.write(dir.resolve(key.hash() + ".wav"), new byte[] {'R', 'I', 'F', 'F', 1, 2, 3});
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.defaults(dir))) {
            assertThat(cache.render("Goodbye")).isEqualTo(FakeSynthesizer.audioFor("Goodbye"));
            assertThat(cache.stats().misses()).isEqualTo(1);
        }
        assertThat(WavFiles.read8k(dir.resolve(key.hash() + ".wav"))).isEqualTo(FakeSynthesizer.audioFor("Goodbye"));
    }

    @Test
    void memoryIsBoundedLeastRecentlyUsedFirst() {
        long perEntry = FakeSynthesizer.audioFor("alpha").byteSize();
        PromptCacheConfig small = new PromptCacheConfig(Optional.empty(), perEntry * 3, 1, 10);
        try (PromptCache cache = new PromptCache(synthesizer, small)) {
            Stream.of("alpha", "bravo", "delta").forEach(cache::render);
            cache.render("alpha");
            cache.render("gamma");

            assertThat(cache.stats().memoryEntries()).isEqualTo(3);
            assertThat(cache.stats().memoryBytes()).isLessThanOrEqualTo(perEntry * 3);
            assertThat(cache.cached("alpha", TtsVoice.DEFAULT)).isPresent();
            assertThat(cache.cached("bravo", TtsVoice.DEFAULT)).isEmpty();
        }
    }

    @Test
    void renderAsyncReturnsAtOnceAndConcurrentRequestsShareOneRendering() throws Exception {
        synthesizer.hold();
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            CompletableFuture<Pcm8k> first = cache.renderAsync("Hi Ana, your order ships today");
            CompletableFuture<Pcm8k> second = cache.renderAsync("Hi Ana, your order ships today");

            assertThat(synthesizer.started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(first).isNotDone();
            synthesizer.release();

            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(second.get(5, TimeUnit.SECONDS));
            assertThat(synthesizer.spoken).hasSize(1);
            assertThat(cache.stats().coalesced()).isEqualTo(1);
            assertThat(cache.renderAsync("Hi Ana, your order ships today")).isCompleted();
        }
    }

    @Test
    void aFullRenderQueueFailsTheRequestAtOnceInsteadOfMakingTheCallerWait() throws Exception {
        synthesizer.hold();
        PromptCacheConfig tiny = new PromptCacheConfig(Optional.empty(), 1 << 20, 1, 1);
        try (PromptCache cache = new PromptCache(synthesizer, tiny)) {
            CompletableFuture<Pcm8k> running = cache.renderAsync("one");
            assertThat(synthesizer.started.await(5, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Pcm8k> queued = cache.renderAsync("two");
            CompletableFuture<Pcm8k> refused = cache.renderAsync("three");

            assertThat(refused).isCompletedExceptionally();
            assertThatThrownBy(refused::join).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(SynthesisException.class).hasMessageContaining("render queue is full");
            synthesizer.release();
            assertThat(running.get(5, TimeUnit.SECONDS).length()).isPositive();
            assertThat(queued.get(5, TimeUnit.SECONDS).length()).isPositive();
            assertThat(cache.stats().failures()).isEqualTo(1);
        }
    }

    @Test
    void aFailedRenderFailsItsFutureAndCanBeRetried() {
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            CompletableFuture<Pcm8k> failed = cache.renderAsync("please FAIL");

            await().atMost(5, TimeUnit.SECONDS).until(failed::isDone);
            assertThat(failed).isCompletedExceptionally();
            assertThat(cache.stats().failures()).isEqualTo(1);
            assertThat(cache.renderAsync("fine now")).succeedsWithin(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void closingFailsRendersStillRunningSoNobodyWaitsForever() throws Exception {
        synthesizer.hold();
        PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly());
        CompletableFuture<Pcm8k> pending = cache.renderAsync("never finished");
        assertThat(synthesizer.started.await(5, TimeUnit.SECONDS)).isTrue();

        cache.close();

        assertThat(pending).isCompletedExceptionally();
        synthesizer.release();
    }

    @Test
    void prerenderFillsTheCacheSoLaterRequestsAreImmediate() throws Exception {
        try (PromptCache cache = new PromptCache(synthesizer, PromptCacheConfig.defaults(dir))) {
            cache.prerender(List.of("Hello", "Goodbye", "Hello", "Is now a good time?")).get(5, TimeUnit.SECONDS);

            assertThat(synthesizer.spoken).containsExactlyInAnyOrder("Hello", "Goodbye", "Is now a good time?");
            assertThat(cache.renderAsync("Goodbye")).isCompleted();
            assertThat(listNames()).hasSize(3).allMatch(name -> name.matches("[0-9a-f]{64}\\.wav"));
        }
    }

    private List<String> listNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
