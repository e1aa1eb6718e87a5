package io.callbot.campaign;

import java.util.List;

/**
 * The result of loading one campaign file: either a campaign, or every error found. Immutable.
 *
 * @param file     the file as given to the loader
 * @param campaign the campaign when valid, else null
 * @param errors   every error, in file order; empty when valid
 */
public record LoadResult(String file, Campaign campaign, List<ValidationError> errors) {

    public LoadResult {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return campaign != null && errors.isEmpty();
    }
}
