package io.callbot.asr;

/**
 * Energy voice activity detector for 8 kHz 16-bit audio in 10 ms frames: a frame is speech when its level is well
 * above an adaptive noise floor (the quietest frame of the last couple of seconds), with hysteresis so a word's quiet
 * tail stays speech. Pure and not thread-safe: one instance per stream.
 */
public final class EnergyVad {

    /** 10 ms at 8 kHz. */
    public static final int FRAME_SAMPLES = 80;

    private static final int FRAMES_PER_BLOCK = 20;
    private static final double FLOOR_LIMIT_DBFS = -90;

    private final VadSettings settings;
    /** Minimum level of each 200 ms block over the floor window; the floor is their minimum. */
    private final double[] blockMinima;
    private int block;
    private int framesInBlock;
    private boolean speaking;
    private double lastLevel = FLOOR_LIMIT_DBFS;

    public EnergyVad(VadSettings settings) {
        this.settings = settings;
        this.blockMinima = new double[Math.max(1, settings.floorWindowMillis() / (FRAMES_PER_BLOCK * 10))];
        java.util.Arrays.fill(blockMinima, settings.initialNoiseFloorDbfs());
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
    }

    /** The current noise floor estimate, in dBFS. */
    public double noiseFloorDbfs() {
        double floor = Double.MAX_VALUE;
        for (double m : blockMinima) {
            floor = Math.min(floor, m);
        }
        return Math.max(floor, FLOOR_LIMIT_DBFS);
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
