/**
 * AudioSocket over Netty: frame codec, TCP server, paced real-time playback, optional stereo recording.
 *
 * <p>The call layer implements {@link io.callbot.media.MediaCallRegistry} (UUID to handler, refusing strays) and
 * {@link io.callbot.media.MediaListener} (caller audio at 8 kHz, DTMF, clip finished, end reason), and drives each call
 * through its {@link io.callbot.media.MediaSession} ({@code play}, {@code enqueue}, {@code stopPlayback}, {@code hangup}).
 * Outbound audio leaves only through the shared {@link io.callbot.media.PlaybackPacer}: one 20 ms frame per call every
 * 20 ms, silence when nothing is queued, from the moment a call is accepted.
 */
package io.callbot.media;
