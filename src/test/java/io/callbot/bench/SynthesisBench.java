package io.callbot.bench;

import io.callbot.audio.Pcm8k;
import io.callbot.audio.WavFiles;
import io.callbot.tts.MaryTtsSynthesizer;
import io.callbot.tts.PromptCache;
import io.callbot.tts.PromptCacheConfig;
import io.callbot.tts.TtsVoice;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Speech synthesis figures: MaryTTS cold start, warm real-time factor (synthesis time / audio time, including the
 * 48 → 8 kHz filter), the filter's own cost, and prompt-cache latency for a miss, a disk hit and a memory hit.
 * Run: {@code mvn -o -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt)
 * io.callbot.bench.SynthesisBench} (with cp.txt from {@code mvn dependency:build-classpath}). Single-threaded.
 */
public final class SynthesisBench {

    private static final List<String> SENTENCES = List.of(
            "Yes, I can help with that.",
            "Hello, this is the delivery service calling about your order number four two one seven.",
            "Your appointment is on December first at five thirty p m. If that time does not suit you, say change, "
                    + "and I will offer you the next free slots, or say cancel and we will not call you again.");

    private SynthesisBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("synthesis-bench");
        long started = System.nanoTime();
        MaryTtsSynthesizer mary = MaryTtsSynthesizer.start(Path.of("target", "marytts"));
        report("cold start (MaryTTS init + voice check)", millis(started), "ms");
        started = System.nanoTime();
        Pcm8k first = mary.synthesize(SENTENCES.get(0), TtsVoice.DEFAULT);
        report("first synthesis (JIT cold), " + first.duration().toMillis() + " ms audio", millis(started), "ms");
        warmRealTimeFactor(mary);
        filterCost(work);
        cacheLatency(mary, work);
        System.exit(0); // MaryTTS leaves non-daemon threads
    }

    private static void warmRealTimeFactor(MaryTtsSynthesizer mary) {
        for (int round = 0; round < 2; round++) {
            SENTENCES.forEach(s -> mary.synthesize(s, TtsVoice.DEFAULT)); // warm-up
        }
        for (String sentence : SENTENCES) {
            double[] factors = new double[5];
            long audioMs = 0;
            for (int i = 0; i < factors.length; i++) {
                long t = System.nanoTime();
                Pcm8k audio = mary.synthesize(sentence, TtsVoice.DEFAULT);
                audioMs = audio.duration().toMillis();
                factors[i] = millis(t) / audioMs;
            }
            Arrays.sort(factors);
            report(String.format("warm RTF, %5d ms of audio (median of 5; min %.3f max %.3f)", audioMs, factors[0],
                    factors[4]), factors[2], "x");
        }
    }

    private static void filterCost(Path work) throws IOException {
        int seconds = 30;
        short[] noise = new short[48_000 * seconds];
        Random random = new Random(1);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (short) random.nextGaussian(0, 4000);
        }
        Path wav = work.resolve("noise48k.wav");
        Files.write(wav, wav48k(noise));
        WavFiles.read8k(wav);
        long t = System.nanoTime();
        int runs = 5;
        for (int i = 0; i < runs; i++) {
            WavFiles.read8k(wav);
        }
        report("48 kHz WAV -> 8 kHz (decode + FIR), per second of audio", millis(t) / runs / seconds, "ms");
    }

    private static void cacheLatency(MaryTtsSynthesizer mary, Path work) {
        Path dir = work.resolve("cache");
        String text = "Hi Ana, your order #4217 of $12.50 ships on 2026-12-01.";
        try (PromptCache cache = new PromptCache(mary, PromptCacheConfig.defaults(dir))) {
            long t = System.nanoTime();
            cache.render(text);
            report("cache miss (normalize + synthesize + disk write)", millis(t), "ms");
            List<Double> hits = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                long h = System.nanoTime();
                cache.renderAsync(text).join();
                hits.add((System.nanoTime() - h) / 1000.0);
            }
            hits.sort(Double::compare);
            report("memory hit renderAsync p50 (incl. normalization)", hits.get(hits.size() / 2), "us");
            report("memory hit renderAsync p99", hits.get(hits.size() * 99 / 100), "us");
        }
        try (PromptCache restarted = new PromptCache(mary, PromptCacheConfig.defaults(dir))) {
            long t = System.nanoTime();
            restarted.render(text);
            report("disk hit after restart (read WAV + decode)", millis(t), "ms");
            System.out.println("stats after restart: " + restarted.stats());
        }
    }

    private static byte[] wav48k(short[] samples) {
        ByteBuffer b = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + samples.length * 2).put("WAVEfmt ".getBytes()).putInt(16);
        b.putShort((short) 1).putShort((short) 1).putInt(48_000).putInt(96_000).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(samples.length * 2);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static void report(String what, double value, String unit) {
        System.out.printf("%-72s %10.3f %s%n", what, value, unit);
    }
}
