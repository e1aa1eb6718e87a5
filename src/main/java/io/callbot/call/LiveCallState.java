package io.callbot.call;

import io.callbot.dialog.engine.TranscriptEntry;
import java.time.Instant;
import java.util.UUID;

/**
 * Where an answered call is now, for the live view: its dialog state and the last thing said on it (null before
 * anything was). Published by the call's session after each dialog step. Immutable value.
 */
public record LiveCallState(UUID attemptId, String dialogState, TranscriptEntry lastSaid, Instant answeredAt) {
}
