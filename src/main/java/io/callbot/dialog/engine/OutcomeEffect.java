package io.callbot.dialog.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an outcome does to the customer's profile (the dialog's view of the campaign's {@code outcomes}
 * entry), emitted as actions when the call ends with that outcome. Immutable.
 *
 * @param addTags    tags to add
 * @param removeTags tags to remove
 * @param setFields  profile attributes to set
 * @param doNotCall  true: the customer is marked do-not-call (at once, when a state sets this outcome)
 */
public record OutcomeEffect(List<String> addTags, List<String> removeTags, Map<String, String> setFields,
        boolean doNotCall) {

    public static final OutcomeEffect NONE = new OutcomeEffect(List.of(), List.of(), Map.of(), false);

    public OutcomeEffect {
        addTags = addTags == null ? List.of() : List.copyOf(addTags);
        removeTags = removeTags == null ? List.of() : List.copyOf(removeTags);
        setFields = setFields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(setFields));
    }
}
