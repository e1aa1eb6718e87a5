package io.callbot.asr;

/**
 * Energy voice activity detector for 8 kHz 16-bit audio in 10 ms frames: a frame is speech when its level is well
 * above an adaptive noise floor, with hysteresis so a word's quiet tail stays speech. Pure and not thread-safe: one
 * instance per stream.
 *
 * <p>The noise floor is a low percentile ({@link VadSettings#floorPercentile()}) of the frame levels of the last couple
 * of seconds, not their minimum: babble (other talkers behind the caller) fluctuates, its quietest 10 ms frame lies
 * 10-15 dB under its typical level, and against a floor that low every babble frame stays above the release margin,
 * so a turn never hears silence and runs to its maximum length. The percentile follows the typical level of a
 * fluctuating noise and equals the level of a steady one. A caller who talks through the whole window must not lift
 * the floor into their own speech, so it stays at most {@link VadSettings#floorCeilingDb()} above the window's
 * quietest frame (on a quiet line, the gaps between words keep that minimum low).
 */
public final class EnergyVad {

    /** 10 ms at 8 kHz. */
    public static final int FRAME_SAMPLES = 80;

    private static final int FRAMES_PER_BLOCK = 20;
    private static final double FLOOR_LIMIT_DBFS = -90;
    /** Frame levels are counted in 1 dB bins from {@link #FLOOR_LIMIT_DBFS} to 0 dBFS. */
    private static final int BINS = 91;

    private final VadSettings settings;
    /** Minimum level of each 200 ms block over the floor window; the quietest frame is their minimum. */
    private final double[] blockMinima;
    private int block;
    private int framesInBlock;
    /** The window's frame levels as bins, oldest overwritten first, and how many frames fall in each bin. */
    private final byte[] window;
    private final int[] histogram = new int[BINS];
    private int windowNext;
    private int windowFill;
    private boolean speaking;
    private double lastLevel = FLOOR_LIMIT_DBFS;

    public EnergyVad(VadSettings settings) {
        this.settings = settings;
        int blocks = Math.max(1, settings.floorWindowMillis() / (FRAMES_PER_BLOCK * 10));
        this.blockMinima = new double[blocks];
        java.util.Arrays.fill(blockMinima, settings.initialNoiseFloorDbfs());
        this.window = new byte[blocks * FRAMES_PER_BLOCK];
    }

    /** Classifies one frame of {@link #FRAME_SAMPLES} samples starting at {@code offset}. */
    public boolean isSpeech(short[] samples, int offset) {
        double level = levelDbfs(samples, offset, FRAME_SAMPLES);
        lastLevel = level;
        double floor = noiseFloorDbfs();
        double margin = speaking ? settings.releaseMarginDb() : settings.onsetMarginDb();
        double minimum = speaking ? settings.minSpeechDbfs() - (settings.onsetMarginDb() - margin)
                : settings.minSpeechDbfs();
        speaking = level >= Math.max(floor + margin, minimum);
        trackFloor(level);
        return speaking;
    }

    private void trackFloor(double level) {
        if (framesInBlock == FRAMES_PER_BLOCK) {
            block = (block + 1) % blockMinima.length;
            blockMinima[block] = level;
            framesInBlock = 0;
        }
        blockMinima[block] = framesInBlock == 0 ? level : Math.min(blockMinima[block], level);
        framesInBlock++;
        int bin = (int) Math.max(0, Math.min(BINS - 1, Math.floor(level - FLOOR_LIMIT_DBFS)));
        if (windowFill == window.length) {
            histogram[window[windowNext]]--;
        } else {
            windowFill++;
        }
        window[windowNext] = (byte) bin;
        histogram[bin]++;
        windowNext = (windowNext + 1) % window.length;
    }

    /** The current noise floor estimate, in dBFS. */
    public double noiseFloorDbfs() {
        double quietest = Double.MAX_VALUE;
        for (double m : blockMinima) {
            quietest = Math.min(quietest, m);
        }
        quietest = Math.max(quietest, FLOOR_LIMIT_DBFS);
        if (windowFill < FRAMES_PER_BLOCK) {
            return quietest;
        }
        double typical = percentileDbfs(settings.floorPercentile());
        return Math.max(quietest, Math.min(typical, quietest + settings.floorCeilingDb()));
    }

    /** The lower edge of the bin holding the {@code p}-th percentile of the window's frame levels. */
    private double percentileDbfs(double p) {
        int rank = Math.max(1, (int) Math.ceil(p * windowFill));
        int seen = 0;
        for (int bin = 0; bin < BINS; bin++) {
            seen += histogram[bin];
            if (seen >= rank) {
                return FLOOR_LIMIT_DBFS + bin;
            }
        }
        return 0;
    }

    /** Level of the last frame classified, in dBFS. */
    public double lastLevelDbfs() {
        return lastLevel;
    }

    static double levelDbfs(short[] samples, int offset, int length) {
        double sum = 0;
        for (int i = offset; i < offset + length; i++) {
            sum += (double) samples[i] * samples[i];
        }
        double meanSquare = sum / length / (32768.0 * 32768.0);
        return meanSquare <= 1e-9 ? FLOOR_LIMIT_DBFS : Math.max(FLOOR_LIMIT_DBFS, 10 * Math.log10(meanSquare));
    }
}
