package io.callbot.api;

import java.util.List;

/**
 * One call with its transcript, the dialog states it went through, the changes it made to the profile, the tags
 * changed (names, for older clients) and whether a recording exists. Immutable value.
 */
public record CallDetail(CallSummary call, List<TranscriptLine> transcript, List<String> tagsChanged,
                         boolean hasRecording, List<String> statePath, List<ProfileChangeLine> profileChanges) {
    public CallDetail {
        transcript = List.copyOf(transcript);
        tagsChanged = List.copyOf(tagsChanged);
        statePath = List.copyOf(statePath);
        profileChanges = List.copyOf(profileChanges);
    }

    public CallDetail(CallSummary call, List<TranscriptLine> transcript, List<String> tagsChanged, boolean hasRecording) {
        this(call, transcript, tagsChanged, hasRecording, List.of(), List.of());
    }
}
