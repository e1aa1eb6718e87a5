package io.callbot.api;

import java.util.List;

/** One page of calls and the cursor of the next page (null on the last page). Immutable value. */
public record CallPage(List<CallSummary> calls, CallCursor next) {
    public CallPage {
        calls = List.copyOf(calls);
    }
}
