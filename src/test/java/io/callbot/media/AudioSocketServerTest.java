package io.callbot.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callbot.sim.audio.AudioSocketCaller;
import io.callbot.sim.audio.CallerOutcome;
import io.callbot.sim.audio.CallerScript;
import io.callbot.sim.audio.RobotAudioLog;
import io.callbot.sim.audio.SimulatedCall;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The media server against the simulated caller over real loopback sockets. */
class AudioSocketServerTest {

    private final Map<UUID, MediaCallHandler> calls = new ConcurrentHashMap<>();
    private final AudioSocketCaller caller = new AudioSocketCaller();
    private PlaybackPacer pacer;
    private AudioSocketServer server;
    private InetSocketAddress address;

    void start(PlaybackPacer p, AudioSocketServerConfig config) throws InterruptedException {
        pacer = p;
        server = new AudioSocketServer(config.withBind("127.0.0.1", 0),
                id -> Optional.ofNullable(calls.get(id)), pacer);
        address = server.start();
    }

    void start(PlaybackPacer p) throws InterruptedException {
        start(p, AudioSocketServerConfig.defaults());
    }

    @AfterEach
    void stop() {
        caller.close();
        if (server != null) {
            server.close();
        }
        if (pacer != null) {
            pacer.close();
        }
    }

    private RecordingListener expect(UUID id, RecordingListener listener) {
        calls.put(id, listener);
        return listener;
    }

    @Test
    void unknownUuidIsRefusedWithAHangupFrame() throws Exception {
        start(PlaybackPacer.manual());
        SimulatedCall call = caller.call(address, UUID.randomUUID(), CallerScript.builder().build());
        assertThat(call.ended().get(5, TimeUnit.SECONDS).outcome()).isEqualTo(CallerOutcome.ROBOT_HANGUP_FRAME);
        assertThat(call.robotAudio().frameCount()).isZero();
        assertThat(pacer.streamCount()).isZero();
    }

    @Test
    void callerAudioAndDtmfReachTheListener() throws Exception {
        start(PlaybackPacer.manual());
        UUID id = UUID.randomUUID();
        RecordingListener listener = expect(id, new RecordingListener());
        short[] hello = Tones.tone8k(440, 200, 8_000);
        SimulatedCall call = caller.call(address, id, CallerScript.builder().silenceWhenIdle(false)
                .say(hello).dtmf('5').dtmf('#').hangUp().build());

        assertThat(listener.ended.get(5, TimeUnit.SECONDS)).isEqualTo(MediaEndReason.PEER_CLOSED);
        assertThat(call.ended().join().outcome()).isEqualTo(CallerOutcome.CALLER_HUNG_UP);
        assertThat(listener.callerAudio()).isEqualTo(hello);
        assertThat(listener.digits).containsExactly('5', '#');
        assertThat(listener.threads).allSatisfy(t -> assertThat(t).doesNotStartWith("media-pacer"));
    }

    @Test
    void eachPacerTickSendsExactlyOneFrameAndSilenceWhenNothingIsQueued() throws Exception {
        start(PlaybackPacer.manual());
        UUID id = UUID.randomUUID();
        RecordingListener listener = expect(id, new RecordingListener());
        SimulatedCall call = caller.call(address, id, CallerScript.builder().silenceWhenIdle(false).build());
        MediaSession session = listener.session.get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5)).until(() -> pacer.streamCount() == 1);

        tickAndAwait(call, 3);
        long clip = session.enqueue(Tones.tone8k(1000, 50, 10_000)); // 2.5 frames
        tickAndAwait(call, 3 + 4);

        assertThat(call.robotAudio().frames()).extracting(f -> f.rms() > 1_000)
                .containsExactly(false, false, false, true, true, true, false);
        assertThat(call.robotAudio().frames()).allSatisfy(f -> assertThat(f.samples()).isEqualTo(160));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(listener.finished)
                .containsExactly(new RecordingListener.Finished(clip, PlaybackOutcome.COMPLETED)));
        assertThat(call.robotAudio().violations()).isEmpty();
    }

    /** Ticks the manual pacer until the caller has seen {@code expectedFrames}, then checks no extra frame came. */
    private void tickAndAwait(SimulatedCall call, int expectedFrames) {
        for (int n = call.robotAudio().frameCount(); n < expectedFrames; n++) {
            pacer.tick();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> call.robotAudio().frameCount() >= expectedFrames);
        assertThat(call.robotAudio().frameCount()).isEqualTo(expectedFrames);
    }

    @Test
    void realTimePlaybackArrivesOneFrameEveryTwentyMillisecondsNeverInABurst() throws Exception {
        start(PlaybackPacer.realTime(1));
        UUID id = UUID.randomUUID();
        RecordingListener listener = expect(id, new RecordingListener());
        listener.onStart = s -> s.play(Tones.tone8k(500, 2_000, 8_000));
        SimulatedCall call = caller.call(address, id, CallerScript.builder().build());

        await().atMost(Duration.ofSeconds(10)).until(() -> call.robotAudio().frameCount() >= 120);
        // the first frames are skipped: connection set-up and JIT warm-up on both sides delay their receipt
        RobotAudioLog.RobotFrame[] frames = call.robotAudio().frames().toArray(RobotAudioLog.RobotFrame[]::new);
        long[] gaps = Arrays.stream(call.robotAudio().interFrameNanos()).skip(10).limit(100).sorted().toArray();
        double elapsedMs = (frames[110].receivedNanos() - frames[10].receivedNanos()) / 1e6;

        // 100 periods of 20 ms: never faster, and slower only by what a starved pacer skipped rather than burst
        assertThat(elapsedMs).isBetween(2_000 - 30.0, 2_000 + 30.0 + pacer.skippedTime().toMillis());
        // a burst would pull the median gap towards zero (the no-burst bound itself is PlaybackPacerTest's: on the
        // receiving side a starved caller's event loop reads several frames at once and blurs it)
        assertThat(gaps[gaps.length / 2] / 1e6).as("median inter-frame gap, ms").isBetween(18.0, 22.0);
    }

    @Test
    void stopPlaybackSilencesTheCallerWithinOneFrame() throws Exception {
        start(PlaybackPacer.realTime(1));
        UUID id = UUID.randomUUID();
        RecordingListener listener = expect(id, new RecordingListener());
        listener.onStart = s -> s.play(Tones.tone8k(500, 10_000, 8_000));
        long[] stoppedAt = {0};
        listener.onAudio = (s, pcm) -> {
            if (stoppedAt[0] == 0 && rms(pcm) > 1_000) {
                stoppedAt[0] = System.nanoTime();
                s.stopPlayback(); // barge-in as the call layer would do it
            }
        };
        SimulatedCall call = caller.call(address, id, CallerScript.builder()
                .waitForRobotToSpeak().silence(Duration.ofMillis(200))
                .talkOverRobot(Tones.tone8k(300, 300, 8_000)).silence(Duration.ofMillis(300)).hangUp().build());

        assertThat(call.ended().get(10, TimeUnit.SECONDS).outcome()).isEqualTo(CallerOutcome.CALLER_HUNG_UP);
        long stop = stoppedAt[0];
        assertThat(stop).isPositive();
        long firstSilent = call.robotAudio().firstSilenceAtOrAfter(stop, 200).orElseThrow();
        // 40 ms: the frame in flight plus the next tick; a CPU-starved pacer's skipped time is allowed on top
        long allowedNanos = 40_000_000L + pacer.skippedTime().toNanos();
        assertThat(firstSilent - stop).as("ns from stopPlayback to the caller hearing silence")
                .isLessThan(allowedNanos);
        assertThat(call.robotAudio().lastSpeechNanos(200).orElseThrow()).isLessThan(stop + allowedNanos);
        assertThat(listener.finished).extracting(RecordingListener.Finished::outcome)
                .containsExactly(PlaybackOutcome.STOPPED);
    }

    @Test
    void theFirstFrameAfterStopPlaybackIsSilence() throws Exception {
        start(PlaybackPacer.manual());
        UUID id = UUID.randomUUID();
        RecordingListener listener = expect(id, new RecordingListener());
        SimulatedCall call = caller.call(address, id, CallerScript.builder().silenceWhenIdle(false).build());
        MediaSession session = listener.session.get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5)).until(() -> pacer.streamCount() == 1);
        long first = session.enqueue(Tones.tone8k(500, 1_000, 8_000));
        long second = session.enqueue(Tones.tone8k(700, 1_000, 8_000));

        tickAndAwait(call, 2);
        session.stopPlayback();
        tickAndAwait(call, 4);

        assertThat(call.robotAudio().frames()).extracting(f -> f.rms() > 1_000)
                .containsExactly(true, true, false, false);
        assertThat(session.isPlaying()).isFalse();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(listener.finished).containsExactly(
                new RecordingListener.Finished(first, PlaybackOutcome.STOPPED),
                new RecordingListener.Finished(second, PlaybackOutcome.STOPPED)));
    }

    @Test
    void robotHangupSendsAHangupFrameAfterTheAudioAndEndsTheCall() throws Exception {
        start(PlaybackPacer.realTime(1));
        UUID id = UUID.randomUUID();
        RecordingListener listener = expect(id, new RecordingListener());
        SimulatedCall call = caller.call(address, id, CallerScript.builder().build());
        MediaSession session = listener.session.get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5)).until(() -> call.robotAudio().frameCount() >= 3);

        session.hangup();

        assertThat(call.ended().get(5, TimeUnit.SECONDS).outcome()).isEqualTo(CallerOutcome.ROBOT_HANGUP_FRAME);
        assertThat(listener.ended.get(5, TimeUnit.SECONDS)).isEqualTo(MediaEndReason.ROBOT_HANGUP);
        assertThat(call.robotAudio().hangupFrameNanos()).isPresent();
        assertThat(call.robotAudio().violations()).isEmpty();
        assertThat(session.isOpen()).isFalse();
        await().atMost(Duration.ofSeconds(2)).until(() -> pacer.streamCount() == 0);
    }

    @Test
    void closingTheServerEndsEveryCallAsServerShutdown() throws Exception {
        start(PlaybackPacer.manual());
        UUID id = UUID.randomUUID();
        RecordingListener listener = expect(id, new RecordingListener());
        SimulatedCall call = caller.call(address, id, CallerScript.builder().build());
        listener.session.get(5, TimeUnit.SECONDS);

        server.close();

        assertThat(listener.ended.get(5, TimeUnit.SECONDS)).isEqualTo(MediaEndReason.SERVER_SHUTDOWN);
        assertThat(call.ended().get(5, TimeUnit.SECONDS).outcome()).isEqualTo(CallerOutcome.ROBOT_CLOSED);
    }

    @Test
    void callerHangupEndsTheCallAsPeerClosed() throws Exception {
        start(PlaybackPacer.manual());
        UUID id = UUID.randomUUID();
        RecordingListener listener = expect(id, new RecordingListener());
        SimulatedCall call = caller.call(address, id, CallerScript.builder()
                .silence(Duration.ofMillis(100)).hangUp().build());

        assertThat(listener.ended.get(5, TimeUnit.SECONDS)).isEqualTo(MediaEndReason.PEER_CLOSED);
        assertThat(call.ended().join().outcome()).isEqualTo(CallerOutcome.CALLER_HUNG_UP);
        assertThat(call.robotAudio().hangupFrameNanos()).isEmpty();
        assertThat(pacer.streamCount()).isZero();
    }

    private static double rms(short[] s) {
        double sum = 0;
        for (short v : s) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum / Math.max(1, s.length));
    }
}
