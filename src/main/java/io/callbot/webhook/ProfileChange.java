package io.callbot.webhook;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed on a customer's profile ({@code customer.updated}): tags, attributes and the do-not-call flag, by a
 * call's outcome or through the API. Immutable.
 *
 * @param source    {@link #SOURCE_CALL} (the envelope names the attempt) or {@link #SOURCE_API}
 * @param fieldsSet attributes set
 * @param doNotCall the do-not-call change, or null when the flag did not change
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProfileChange(String source, List<String> tagsAdded, List<String> tagsRemoved,
        Map<String, String> fieldsSet, DoNotCall doNotCall) implements EventBody {

    public static final String SOURCE_CALL = "call";
    public static final String SOURCE_API = "api";

    public ProfileChange {
        tagsAdded = tagsAdded == null ? List.of() : List.copyOf(tagsAdded);
        tagsRemoved = tagsRemoved == null ? List.of() : List.copyOf(tagsRemoved);
        fieldsSet = fieldsSet == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldsSet));
    }

    /** True when the change changes nothing (then no event is sent). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return tagsAdded.isEmpty() && tagsRemoved.isEmpty() && fieldsSet.isEmpty() && doNotCall == null;
    }

    /** The do-not-call flag's new value and the reason given. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record DoNotCall(boolean value, String reason) {
    }
}
