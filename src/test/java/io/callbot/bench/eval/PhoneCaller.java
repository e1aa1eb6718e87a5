package io.callbot.bench.eval;

import io.callbot.sim.voice.CallerVoice;
import io.callbot.sim.voice.TelephoneChannel;
import java.time.Duration;

/**
 * A caller speaking with one voice over one phone line: lines come from the cache, go through the channel, and the
 * line's noise runs on continuously from a start chosen per call. Confined to one call's thread.
 */
final class PhoneCaller implements CallerAudio {

    private final AudioCache cache;
    private final CallerVoice voice;
    private final TelephoneChannel channel;
    private long position;

    PhoneCaller(AudioCache cache, CallerVoice voice, TelephoneChannel channel, long noiseStart) {
        this.cache = cache;
        this.voice = voice;
        this.channel = channel;
        this.position = noiseStart;
    }

    @Override
    public short[] says(String text) {
        short[] out = channel.transmit(cache.get(voice, text), position);
        position += out.length;
        return out;
    }

    @Override
    public short[] quiet(Duration duration) {
        short[] out = channel.silence((int) (duration.toMillis() * 8), position);
        position += out.length;
        return out;
    }
}
