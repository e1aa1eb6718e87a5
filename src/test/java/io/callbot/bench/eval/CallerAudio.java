package io.callbot.bench.eval;

import java.time.Duration;

/** A simulated caller's side of the line, as the robot receives it: 8 kHz 16-bit mono, one call at a time. */
public interface CallerAudio {

    /** The caller saying {@code text}, speech only (no pauses added). */
    short[] says(String text);

    /** The line while the caller says nothing (the background noise runs on). */
    short[] quiet(Duration duration);

    /** {@code voice} over a clean phone line, its lines from the evaluation's audio cache in {@code cacheDir}. */
    static CallerAudio onCleanLine(java.nio.file.Path cacheDir, io.callbot.sim.voice.CallerVoice voice) {
        return new PhoneCaller(new AudioCache(cacheDir), voice, io.callbot.sim.voice.TelephoneChannel.clean(), 0);
    }
}
