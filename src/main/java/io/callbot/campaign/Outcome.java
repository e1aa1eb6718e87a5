package io.callbot.campaign;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a call outcome does to the customer's profile. Immutable.
 *
 * @param name        the outcome's key in {@code outcomes}
 * @param addTags     tags added to the profile
 * @param removeTags  tags removed from the profile
 * @param setAttributes profile attributes set (key to literal value)
 * @param isFinal     true: the customer is done with this campaign (no further attempts)
 * @param sendToCrm   true: the result is posted to the webhook
 * @param doNotCall   true: the customer is marked do-not-call for every campaign of the tenant
 * @param converted   true: the call reached the campaign's goal (counted as "converted" in the funnel)
 */
public record Outcome(
        String name,
        List<String> addTags,
        List<String> removeTags,
        Map<String, String> setAttributes,
        boolean isFinal,
        boolean sendToCrm,
        boolean doNotCall,
        boolean converted) {

    public Outcome {
        addTags = addTags == null ? List.of() : List.copyOf(addTags);
        removeTags = removeTags == null ? List.of() : List.copyOf(removeTags);
        setAttributes = setAttributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(setAttributes));
    }
}
