package io.callbot.customer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a finished call changes on a profile, written by {@link CustomerStore#recordCallOutcome} inside the
 * caller's transaction. Immutable.
 *
 * @param calledAt          when the call was made (becomes {@code last_called_at})
 * @param outcome           the outcome name (becomes {@code last_outcome})
 * @param callbackAt        when the customer asked to be called back, or null to clear it
 * @param addTags           tags to add (the outcome's {@code tags.add})
 * @param removeTags        tag names to remove
 * @param setAttributes     attributes to set (merged over the stored ones)
 * @param doNotCall         true to put the customer on do-not-call (e.g. opt-out), false to leave the flag as is
 * @param doNotCallReason   why, when {@code doNotCall}
 */
public record CallOutcomeUpdate(Instant calledAt, String outcome, Instant callbackAt, List<Tag> addTags,
        List<String> removeTags, Map<String, Object> setAttributes, boolean doNotCall, String doNotCallReason) {
    public CallOutcomeUpdate {
        Objects.requireNonNull(calledAt, "calledAt");
        Objects.requireNonNull(outcome, "outcome");
        addTags = addTags == null ? List.of() : List.copyOf(addTags);
        removeTags = removeTags == null ? List.of() : List.copyOf(removeTags);
        setAttributes = setAttributes == null ? Map.of() : Map.copyOf(setAttributes);
    }

    /** Only the call fields, nothing else changed. */
    public static CallOutcomeUpdate of(Instant calledAt, String outcome) {
        return new CallOutcomeUpdate(calledAt, outcome, null, List.of(), List.of(), Map.of(), false, null);
    }
}
