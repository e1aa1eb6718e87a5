package io.callbot.bench.eval;

import io.callbot.asr.SpeechRecognizer;
import io.callbot.asr.TurnSettings;
import io.callbot.bench.RecognitionBench;
import io.callbot.campaign.Campaign;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.sim.voice.CallerVoice;
import io.callbot.sim.voice.NoiseCondition;
import io.callbot.sim.voice.TelephoneChannel;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Runs a corpus split through {@link TurnRunner} for every voice and line condition on a pool of caller threads and
 * reports it ({@link EvalReport}). One per evaluation; {@link #run} is called from one thread at a time.
 */
public final class EvalRun {

    private final TurnRunner runner;
    private final AudioCache cache;
    private final int callers;
    private List<Scored> last = List.of();

    /**
     * @param callers calls played at once: a turn mostly waits for recognition's queue, so several callers per
     *                recognition thread keep the threads busy
     */
    public EvalRun(SpeechRecognizer recognizer, Campaign campaign, DialogContext context, TurnSettings turn,
            Path cacheDir, int callers) {
        this.runner = new TurnRunner(recognizer, campaign, context, turn);
        this.cache = new AudioCache(cacheDir);
        this.callers = callers;
    }

    /**
     * Every turn of the last run, one a row: id, voice, noise, label, predicted, confirmation asked; for the dev
     * split also what was said and heard, and what was heard as the answer to a confirmation question ("-" without
     * one; held-out phrasings stay out of every report).
     */
    public String turnsTsv(boolean withText) {
        StringBuilder tsv = new StringBuilder("id\tvoice\tnoise\tlabel\tpredicted\tconfirmed"
                + (withText ? "\tsaid\theard\tlogged_intent\tnext_best\tconfirmation_heard" : "") + "\n");
        for (Scored s : last) {
            tsv.append(String.join("\t", s.line().id(), s.voice(), s.noise(), s.line().intent(),
                    s.result().predicted(), String.valueOf(s.result().confirmationAsked())));
            if (withText) {
                tsv.append('\t').append(s.line().text()).append('\t').append(s.result().heard()).append('\t')
                        .append(s.result().matchedIntent()).append('\t')
                        .append(s.result().nextBest().isEmpty() ? "-"
                                : String.join(TurnResult.READINGS, s.result().nextBest()))
                        .append('\t').append(s.result().confirmationHeard() == null ? "-"
                                : s.result().confirmationHeard());
            }
            tsv.append('\n');
        }
        return tsv.toString();
    }

    /**
     * Plays the split (its lines labelled one of {@code intents} when not empty, the first {@code limit} of them when
     * > 0) and returns the report's markdown.
     */
    public String run(String split, int limit, Set<String> intents, List<CallerVoice> voices,
            List<NoiseCondition> noises, String command) throws Exception {
        List<CorpusLine> lines = Corpus.readSplitOrFile(split).stream()
                .filter(l -> intents.isEmpty() || intents.contains(l.intent())).toList();
        if (limit > 0) {
            lines = lines.subList(0, Math.min(limit, lines.size()));
        }
        List<String> texts = Stream.concat(lines.stream().map(CorpusLine::text), Stream.of("yes", "no")).toList();
        for (CallerVoice voice : voices) {
            cache.fill(voice, texts, callers);
        }
        Map<NoiseCondition, TelephoneChannel> channels = new LinkedHashMap<>();
        for (NoiseCondition noise : noises) {
            channels.put(noise, TelephoneChannel.open(noise));
        }
        long cpu0 = RecognitionBench.asrCpuNanos();
        long wall0 = System.nanoTime();
        List<Scored> scored = play(lines, voices, channels);
        last = scored;
        double wall = (System.nanoTime() - wall0) / 1e9;
        double audio = scored.stream().mapToDouble(s -> s.result().audioSeconds()).sum();
        double cpu = (RecognitionBench.asrCpuNanos() - cpu0) / 1e9;
        String title = String.format(java.util.Locale.ROOT, "Split %s: %d lines x %d voices x %d line conditions"
                + " (%.0f s wall, %.0f s of caller audio, load %s)", split, lines.size(), voices.size(),
                channels.size(), wall, audio, load());
        return new EvalReport(scored, Corpus.showsTexts(split)).markdown(title, cpu / audio)
                + "\nCommand arguments: `" + command + "`\n";
    }

    private List<Scored> play(List<CorpusLine> lines, List<CallerVoice> voices,
            Map<NoiseCondition, TelephoneChannel> channels) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        AtomicInteger done = new AtomicInteger();
        int total = lines.size() * voices.size() * channels.size();
        try {
            List<Future<Scored>> jobs = new ArrayList<>();
            for (CallerVoice voice : voices) {
                for (Map.Entry<NoiseCondition, TelephoneChannel> channel : channels.entrySet()) {
                    for (CorpusLine line : lines) {
                        jobs.add(pool.submit(() -> {
                            long noiseStart = (line.id().hashCode() & 0x7fffffffL) * 7919;
                            PhoneCaller caller = new PhoneCaller(cache, voice, channel.getValue(), noiseStart);
                            TurnResult result = runner.run(line.id() + "/" + voice.spec(), line.intent(), line.text(),
                                    caller);
                            int n = done.incrementAndGet();
                            if (n % 200 == 0) {
                                System.out.printf("%d of %d turns%n", n, total);
                            }
                            return new Scored(line, voice.spec(), channel.getKey().toString(), result);
                        }));
                    }
                }
            }
            List<Scored> out = new ArrayList<>();
            for (Future<Scored> job : jobs) {
                out.add(job.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String load() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(java.util.Locale.ROOT, "%.2f on %d cores", l,
                Runtime.getRuntime().availableProcessors());
    }
}
