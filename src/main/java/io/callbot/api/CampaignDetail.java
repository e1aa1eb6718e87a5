package io.callbot.api;

import java.util.List;

/**
 * One campaign in full: the running version, and the validation errors of the file on disk when its latest edit was
 * rejected (empty when the file is valid). Immutable value.
 */
public record CampaignDetail(CampaignSummary campaign, String sourceFile, List<String> validationErrors) {
    public CampaignDetail {
        validationErrors = List.copyOf(validationErrors);
    }
}
