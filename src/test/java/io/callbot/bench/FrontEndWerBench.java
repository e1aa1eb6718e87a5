package io.callbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callbot.asr.AsrSettings;
import io.callbot.audio.Resampler;
import io.callbot.bench.eval.CallerAudio;
import io.callbot.bench.eval.Corpus;
import io.callbot.bench.eval.CorpusLine;
import io.callbot.sim.voice.CallerVoices;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Word error rate of Vosk's free-form decode of corpus lines through the phone line, per voice and per front-end
 * variant: what the audio the recognizer is given (not the intent layer) is worth. Reads the evaluation's audio cache
 * ({@code target/eval-audio}, filled by {@code IntentEval}, or here for lines not yet in it); each line is one
 * utterance decoded on its own.
 *
 * <pre>
 * java -cp ... io.callbot.bench.FrontEndWerBench SPLIT_OR_FILE VOICES VARIANTS
 *   VARIANTS, comma-separated: base (speech from the first sample), lead:MS (MS of digital silence first, as the
 *   pre-roll gives), noise:MS:SIGMA (the lead, and gaussian noise of SIGMA throughout), abe:GAIN (a high band of noise
 *   at GAIN times the 2.4-3.4 kHz band's level, a simple bandwidth extension, after a 600 ms lead), speed:FACTOR (the
 *   line's audio played FACTOR times as fast, pitch and tempo alike, after a 600 ms lead: 0.9 is 11 % slower and lower)
 * </pre>
 * The model is {@code -Dcallbot.model.dir} as for the server (a copy with another {@code conf/model.conf} tries
 * other decoder settings).
 */
public final class FrontEndWerBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LINE_RATE = 8000;
    private static final int MODEL_RATE = 16000;
    /** IntentEval's audio cache: lines it has not synthesized yet are synthesized on first use. */
    private static final Path CACHE = Path.of("target/eval-audio");
    private static final CallerVoices VOICES = CallerVoices.withoutMary();

    private FrontEndWerBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: FrontEndWerBench SPLIT_OR_FILE VOICES VARIANTS");
            System.exit(2);
        }
        List<CorpusLine> lines = Corpus.readSplitOrFile(args[0]);
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        Path modelDir = AsrSettings.defaults().modelDir();
        try (Model model = new Model(modelDir.toString())) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (String voice : args[1].split(",")) {
                    for (String variant : args[2].split(",")) {
                        List<Future<int[]>> jobs = new ArrayList<>();
                        for (CorpusLine line : lines) {
                            jobs.add(pool.submit(() -> errors(model, voice, variant, line.text())));
                        }
                        long errors = 0;
                        long words = 0;
                        for (Future<int[]> job : jobs) {
                            errors += job.get()[0];
                            words += job.get()[1];
                        }
                        System.out.printf("%s\t%s\t%d lines\tWER %.1f %%%n", voice, variant, lines.size(),
                                100.0 * errors / words);
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Word errors of one line's decode and its word count. */
    private static int[] errors(Model model, String voice, String variant, String text) throws Exception {
        short[] phone = CallerAudio.onCleanLine(CACHE, VOICES.open(voice)).says(text);
        short[] up = Resampler.of(LINE_RATE, MODEL_RATE, Resampler.LIVE_UP_ZERO_CROSSINGS).apply(phone);
        short[] fed = frontEnd(variant, phone, up);
        String heard;
        try (Recognizer r = new Recognizer(model, MODEL_RATE)) {
            r.acceptWaveForm(fed, fed.length);
            heard = JSON.readTree(r.getFinalResult()).path("text").asText("");
        }
        List<String> ref = words(text);
        return new int[] {edits(ref, words(heard)), ref.size()};
    }

    static short[] frontEnd(String variant, short[] phone, short[] up) {
        String[] p = variant.split(":");
        return switch (p[0]) {
            case "base" -> up;
            case "lead" -> withLeadAndNoise(up, Integer.parseInt(p[1]), 0);
            case "noise" -> withLeadAndNoise(up, Integer.parseInt(p[1]), Double.parseDouble(p[2]));
            case "abe" -> withLeadAndNoise(withHighBand(phone, up, Double.parseDouble(p[1])), 600, 0);
            case "speed" -> withLeadAndNoise(Resampler.of((int) Math.round(LINE_RATE * Double.parseDouble(p[1])),
                    MODEL_RATE, Resampler.LIVE_UP_ZERO_CROSSINGS).apply(phone), 600, 0);
            default -> throw new IllegalArgumentException("unknown variant " + variant);
        };
    }

    private static short[] withLeadAndNoise(short[] up, int leadMillis, double sigma) {
        int lead = leadMillis * MODEL_RATE / 1000;
        Random rnd = new Random(11);
        double[] out = new double[lead + up.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (i >= lead ? up[i - lead] : 0) + sigma * rnd.nextGaussian();
        }
        return clip(out);
    }

    /** Noise above 4.3 kHz following the level of the line's top band (2.4-3.4 kHz) in 10 ms frames. */
    private static short[] withHighBand(short[] phone, short[] up, double gain) {
        double[] x = Arrays.stream(toInts(phone)).asDoubleStream().toArray();
        double[] band = bandPass(bandPass(x, LINE_RATE, 2900, 2.5), LINE_RATE, 2900, 2.5);
        int frame = LINE_RATE / 100;
        int frames = Math.max(1, (x.length + frame - 1) / frame);
        double[] level = new double[frames];
        for (int f = 0; f < frames; f++) {
            double energy = 0;
            for (int i = f * frame; i < Math.min(x.length, (f + 1) * frame); i++) {
                energy += band[i] * band[i];
            }
            level[f] = Math.sqrt(energy / frame);
        }
        Random rnd = new Random(7);
        double[] noise = new double[up.length];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = rnd.nextGaussian();
        }
        for (int k = 0; k < 4; k++) {
            noise = highPass(noise, MODEL_RATE, 4300);
        }
        double power = Arrays.stream(noise).map(v -> v * v).sum() / Math.max(1, noise.length);
        double norm = power > 0 ? 1 / Math.sqrt(power) : 0;
        double[] out = new double[up.length];
        for (int i = 0; i < up.length; i++) {
            out[i] = up[i] + gain * level[Math.min(frames - 1, i * LINE_RATE / MODEL_RATE / frame)] * noise[i] * norm;
        }
        return clip(out);
    }

    private static int[] toInts(short[] s) {
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i];
        }
        return out;
    }

    private static short[] clip(double[] v) {
        short[] out = new short[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v[i])));
        }
        return out;
    }

    /** RBJ cookbook band-pass, 0 dB peak. */
    private static double[] bandPass(double[] x, double rate, double f0, double q) {
        double w = 2 * Math.PI * f0 / rate;
        double alpha = Math.sin(w) / (2 * q);
        double a0 = 1 + alpha;
        return biquad(x, alpha / a0, 0, -alpha / a0, -2 * Math.cos(w) / a0, (1 - alpha) / a0);
    }

    /** RBJ cookbook high-pass, Butterworth Q. */
    private static double[] highPass(double[] x, double rate, double f0) {
        double w = 2 * Math.PI * f0 / rate;
        double alpha = Math.sin(w) / (2 * Math.sqrt(0.5));
        double c = Math.cos(w);
        double a0 = 1 + alpha;
        return biquad(x, (1 + c) / 2 / a0, -(1 + c) / a0, (1 + c) / 2 / a0, -2 * c / a0, (1 - alpha) / a0);
    }

    private static double[] biquad(double[] x, double b0, double b1, double b2, double a1, double a2) {
        double[] y = new double[x.length];
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        for (int i = 0; i < x.length; i++) {
            double v = b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x[i];
            y2 = y1;
            y1 = v;
            y[i] = v;
        }
        return y;
    }

    static List<String> words(String s) {
        String t = s.toLowerCase().replaceAll("[^a-z0-9' ]", " ").trim();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    /** Word-level Levenshtein distance. */
    static int edits(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1),
                        prev[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
