/**
 * Speech recognition: the only user of org.vosk. Entry points: {@link io.callbot.asr.VoskRecognizer#start} gives a
 * {@link io.callbot.asr.SpeechRecognizer}; each call opens one {@link io.callbot.asr.RecognitionSession}, feeds it
 * the caller's 8 kHz audio, tells it when the robot speaks and what each listening state expects, and receives
 * {@link io.callbot.asr.RecognitionEvent}s. VAD ({@link io.callbot.asr.EnergyVad}), end of turn
 * ({@link io.callbot.asr.TurnDetector}) and barge-in ({@link io.callbot.asr.BargeInDetector}) are pure classes.
 */
package io.callbot.asr;
