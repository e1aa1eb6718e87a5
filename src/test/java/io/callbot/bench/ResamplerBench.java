package io.callbot.bench;

import io.callbot.audio.Resampler;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;

/**
 * CPU cost of the live resampling on every call's audio path: caller audio 8 kHz up to the recognizer's 16 kHz (each
 * listening call, 20 ms frames) and AudioSocket's 16 kHz slin down to 8 kHz, as CPU seconds per second of audio
 * (thread CPU time, so other load on the machine does not count), best and median of the rounds.
 * {@code java -cp target/test-classes:target/classes io.callbot.bench.ResamplerBench [rounds] [audioSecondsPerRound]}
 */
public final class ResamplerBench {

    private ResamplerBench() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        measure("8 kHz -> 16 kHz (recognizer input)", 8000, 16000, Resampler.LIVE_UP_ZERO_CROSSINGS, rounds, seconds);
        measure("16 kHz -> 8 kHz (slin16 caller audio)", 16000, 8000, Resampler.LIVE_DOWN_ZERO_CROSSINGS, rounds,
                seconds);
    }

    private static void measure(String what, int inRate, int outRate, int zeroCrossings, int rounds, int seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        short[] frame = new short[inRate / 50];
        Random random = new Random(1);
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (short) (random.nextGaussian() * 3000);
        }
        Resampler resampler = Resampler.of(inRate, outRate, zeroCrossings);
        double[] cost = new double[rounds];
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            Resampler.Stream stream = resampler.stream();
            long start = threads.getCurrentThreadCpuTime();
            for (int f = 0; f < 50 * seconds; f++) {
                sink += stream.accept(frame).length;
            }
            cost[round] = (threads.getCurrentThreadCpuTime() - start) / 1e9 / seconds;
        }
        java.util.Arrays.sort(cost);
        System.out.printf("%s: %.5f CPU s per audio s best, %.5f median (%d rounds of %d s; %d samples out)%n", what,
                cost[0], cost[rounds / 2], rounds, seconds, sink);
    }
}
