package io.callbot.api;

import java.util.List;

/** One call with its transcript, tags changed, and whether a recording exists. Immutable value. */
public record CallDetail(CallSummary call, List<TranscriptLine> transcript, List<String> tagsChanged,
                         boolean hasRecording) {
    public CallDetail {
        transcript = List.copyOf(transcript);
        tagsChanged = List.copyOf(tagsChanged);
    }
}
