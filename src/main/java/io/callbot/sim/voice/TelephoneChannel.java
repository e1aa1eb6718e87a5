package io.callbot.sim.voice;

/**
 * The phone line between a simulated caller and the robot: the caller's speech is brought to a nominal level, the
 * background noise of its {@link NoiseCondition} is added at the condition's SNR (both measured in the telephone
 * band), the sum is limited to 300-3400 Hz and sent through G.711 mu-law. Noise runs from a position the caller
 * chooses, so the line before, during and after an utterance can be one continuous noise. Immutable after
 * construction; thread-safe.
 */
public final class TelephoneChannel {

    /** Active speech level the channel brings every voice to (engines differ by 20 dB): a typical call's level. */
    public static final double DEFAULT_SPEECH_DBFS = -23;

    private final NoiseCondition noise;
    private final double speechDbfs;
    /** The noise loop, band-limited and scaled to {@code speechDbfs - snr}; empty for no noise. */
    private final double[] line;

    private TelephoneChannel(NoiseCondition noise, double speechDbfs, double[] line) {
        this.noise = noise;
        this.speechDbfs = speechDbfs;
        this.line = line;
    }

    /** A channel with no background noise. */
    public static TelephoneChannel clean() {
        return new TelephoneChannel(NoiseCondition.NONE, DEFAULT_SPEECH_DBFS, new double[0]);
    }

    /**
     * A channel with this noise; making cafe noise takes a few seconds (espeak-ng renders its talkers).
     *
     * @throws VoiceUnavailableException when sox or espeak-ng, needed for the noise, is missing
     */
    public static TelephoneChannel open(NoiseCondition noise) {
        if (noise.silent()) {
            return clean();
        }
        return withNoise(noise, BackgroundNoise.loop(noise), DEFAULT_SPEECH_DBFS);
    }

    /** A channel whose noise is the given loop of 8 kHz samples (any level: it is scaled to the SNR). */
    static TelephoneChannel withNoise(NoiseCondition noise, short[] loop, double speechDbfs) {
        double[] band = TelephoneBand.apply(loop);
        double power = 0;
        for (double v : band) {
            power += v * v;
        }
        power /= Math.max(1, band.length);
        double target = fullScalePower(speechDbfs - noise.snrDb());
        double gain = power <= 0 ? 0 : Math.sqrt(target / power);
        for (int i = 0; i < band.length; i++) {
            band[i] *= gain;
        }
        return new TelephoneChannel(noise, speechDbfs, band);
    }

    public NoiseCondition noise() {
        return noise;
    }

    /**
     * The caller's speech as the robot hears it.
     *
     * @param speech8k the voice's 8 kHz samples, at any level
     * @param noisePosition where in the noise loop this audio starts (keep it running across calls for one line)
     */
    public short[] transmit(short[] speech8k, long noisePosition) {
        double[] band = TelephoneBand.apply(speech8k);
        double gain = Math.sqrt(fullScalePower(speechDbfs) / Math.max(1e-9, Pcm.activePower(band)));
        double[] sum = new double[band.length];
        for (int i = 0; i < band.length; i++) {
            sum[i] = band[i] * gain + noiseAt(noisePosition + i);
        }
        return codec(sum);
    }

    /** What the line carries while the caller says nothing: the noise alone (digital silence without noise). */
    public short[] silence(int samples, long noisePosition) {
        double[] sum = new double[samples];
        for (int i = 0; i < samples; i++) {
            sum[i] = noiseAt(noisePosition + i);
        }
        return codec(sum);
    }

    private double noiseAt(long position) {
        return line.length == 0 ? 0 : line[(int) Math.floorMod(position, (long) line.length)];
    }

    private static short[] codec(double[] x) {
        short[] pcm = new short[x.length];
        for (int i = 0; i < x.length; i++) {
            pcm[i] = Pcm.clip(x[i]);
        }
        return MuLaw.roundTrip(pcm);
    }

    private static double fullScalePower(double dbfs) {
        return 32768.0 * 32768.0 * Math.pow(10, dbfs / 10);
    }
}
