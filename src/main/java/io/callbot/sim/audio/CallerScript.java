package io.callbot.sim.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a simulated caller does, step by step, in real time; built with {@link #builder()}. Immutable, shareable by
 * many callers.
 *
 * @param steps             the steps in order
 * @param silenceWhenIdle   whether the caller sends frames of silence while it is not speaking (a phone's RTP); when
 *                          false it sends nothing between utterances, as Asterisk does for a DTX phone
 * @param speechRmsThreshold robot frames at or above this RMS count as robot speech for the wait steps
 */
public record CallerScript(List<CallerStep> steps, boolean silenceWhenIdle, double speechRmsThreshold) {

    public CallerScript {
        steps = List.copyOf(steps);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a script; not thread-safe. */
    public static final class Builder {
        private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
        private final List<CallerStep> steps = new ArrayList<>();
        private boolean silenceWhenIdle = true;
        private double speechRms = RobotAudioLog.DEFAULT_SPEECH_RMS;

        public Builder say(short[] pcm8kHz) {
            steps.add(new CallerStep.Say(pcm8kHz.clone(), false, DEFAULT_WAIT));
            return this;
        }

        /** Says a WAV file's audio (any PCM WAV javax.sound can read; converted to 8 kHz mono 16-bit). */
        public Builder say(Path wav) throws IOException {
            return say(Wav8k.read(wav));
        }

        /** Barge-in: waits for the robot to speak, then starts speaking over it. */
        public Builder talkOverRobot(short[] pcm8kHz) {
            steps.add(new CallerStep.Say(pcm8kHz.clone(), true, DEFAULT_WAIT));
            return this;
        }

        public Builder silence(Duration duration) {
            steps.add(new CallerStep.Silence(duration));
            return this;
        }

        public Builder pause(Duration duration) {
            steps.add(new CallerStep.Pause(duration));
            return this;
        }

        public Builder dtmf(char digit) {
            if ("0123456789*#ABCD".indexOf(digit) < 0) {
                throw new IllegalArgumentException("DTMF digit must be one of 0-9 * # A-D, was '" + digit + "'");
            }
            steps.add(new CallerStep.Dtmf(digit));
            return this;
        }

        public Builder waitForRobotToSpeak() {
            return waitForRobotToSpeak(DEFAULT_WAIT);
        }

        public Builder waitForRobotToSpeak(Duration timeout) {
            steps.add(new CallerStep.WaitForRobotToSpeak(timeout));
            return this;
        }

        public Builder waitForRobotSilence(Duration quiet) {
            steps.add(new CallerStep.WaitForRobotSilence(quiet, DEFAULT_WAIT));
            return this;
        }

        public Builder waitForRobotHangup(Duration timeout) {
            steps.add(new CallerStep.WaitForRobotHangup(timeout));
            return this;
        }

        /** Waits until {@code condition} holds (checked every 20 ms; keep it quick); fails after {@code timeout}. */
        public Builder waitUntil(java.util.function.BooleanSupplier condition, Duration timeout) {
            steps.add(new CallerStep.WaitUntil(condition, timeout));
            return this;
        }

        public Builder hangUp() {
            steps.add(new CallerStep.HangUp());
            return this;
        }

        public Builder silenceWhenIdle(boolean on) {
            this.silenceWhenIdle = on;
            return this;
        }

        public Builder speechRmsThreshold(double rms) {
            this.speechRms = rms;
            return this;
        }

        public CallerScript build() {
            return new CallerScript(steps, silenceWhenIdle, speechRms);
        }
    }
}
