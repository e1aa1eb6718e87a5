package io.callbot.sim.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes a loop of background noise at 8 kHz for a {@link NoiseCondition}: coloured noise from sox, or a cafe: six
 * espeak-ng talkers chatting at once (babble, the hardest everyday noise for a recognizer since it is speech too) over
 * a pink-noise murmur 12 dB below it. The same audio on every run (sox's repeatable mode, fixed seeds).
 * Thread-safe; each kind's loop is made once per process.
 */
final class BackgroundNoise {

    static final int SECONDS = 40;
    private static final String[] TALKERS = {"en-us+m1", "en-gb+f2", "en-us+m3", "en-us+f4", "en-gb-x-rp+m7",
        "en-us+f1"};
    /** Cafe chatter; nothing a robot would act on. */
    private static final String[] CHATTER = {
        "and then she said the whole garden was full of tomatoes by august",
        "I think the bus comes at ten past but it is always late on mondays",
        "we should try the new place on the corner, they do a good soup",
        "my brother moved to the coast last spring and he loves it there",
        "the match went to extra time and nobody could believe the ending",
        "honestly the best part of the trip was the little bakery by the station",
        "she is painting the kitchen yellow which sounds brave to me",
        "they finally fixed the bridge so the traffic is much better now",
        "I read half of that book on the plane and then fell asleep",
        "the kids have a concert next thursday at the school hall",
        "we got lost twice looking for the museum but it was worth it",
        "he makes his own bread every weekend, it smells wonderful",
    };

    /** The same for every caller, and cafe noise takes seconds to make: kept for the process (640 kB a kind). */
    private static final java.util.Map<String, short[]> LOOPS = new java.util.concurrent.ConcurrentHashMap<>();

    private BackgroundNoise() {
    }

    /** {@link #SECONDS} of the condition's noise, at its own level (the channel scales it); made once per kind. */
    static short[] loop(NoiseCondition condition) {
        return LOOPS.computeIfAbsent(condition.kind(), BackgroundNoise::make).clone();
    }

    private static short[] make(String kind) {
        int length = SECONDS * Pcm.RATE;
        return switch (kind) {
            case "white", "pink", "brown" -> fit(new Sox().noise(kind + "noise", SECONDS), length);
            case "cafe" -> cafe(length);
            default -> throw new IllegalArgumentException("no background noise of kind " + kind);
        };
    }

    private static short[] cafe(int length) {
        double[] mix = new double[length];
        CallerVoices voices = CallerVoices.withoutMary();
        Random random = new Random(11);
        for (int t = 0; t < TALKERS.length; t++) {
            short[] talker = talker(voices.open("espeak:" + TALKERS[t]), t, length, random);
            double gain = 1 / Math.sqrt(Math.max(1, Pcm.activePower(talker)));
            for (int i = 0; i < length; i++) {
                mix[i] += talker[i] * gain;
            }
        }
        short[] murmur = fit(new Sox().noise("pinknoise", SECONDS), length);
        double babblePower = power(mix);
        double murmurGain = Math.sqrt(babblePower / Math.max(1, Pcm.power(murmur)) / Math.pow(10, 1.2));
        double peak = 1;
        for (int i = 0; i < length; i++) {
            mix[i] += murmur[i] * murmurGain;
            peak = Math.max(peak, Math.abs(mix[i]));
        }
        short[] out = new short[length];
        for (int i = 0; i < length; i++) {
            out[i] = Pcm.clip(mix[i] * 16000 / peak);
        }
        return out;
    }

    /** One talker: the chatter in a shuffled order with short pauses, looped to {@code length}, from a random point. */
    private static short[] talker(CallerVoice voice, int index, int length, Random random) {
        List<String> lines = new ArrayList<>(List.of(CHATTER));
        java.util.Collections.shuffle(lines, random);
        List<short[]> spoken = voice.speakAll(lines);
        short[] out = new short[length];
        int at = -random.nextInt(Pcm.RATE * 5) - index * Pcm.RATE;
        while (at < length) {
            for (short[] s : spoken) {
                for (short v : s) {
                    if (at >= 0 && at < length) {
                        out[at] = v;
                    }
                    at++;
                }
                at += Pcm.RATE / 5 + random.nextInt(Pcm.RATE / 2);
            }
        }
        return out;
    }

    private static double power(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v * v;
        }
        return sum / Math.max(1, x.length);
    }

    private static short[] fit(short[] s, int length) {
        short[] out = new short[length];
        for (int i = 0; i < length; i++) {
            out[i] = s.length == 0 ? 0 : s[i % s.length];
        }
        return out;
    }
}
