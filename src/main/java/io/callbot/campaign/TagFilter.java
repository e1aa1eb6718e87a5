package io.callbot.campaign;

import java.util.List;

/** Tag conditions: the profile has every tag of {@code all}, at least one of {@code any} (when non-empty), none of {@code none}. */
public record TagFilter(List<String> all, List<String> any, List<String> none) {
    public TagFilter {
        all = all == null ? List.of() : List.copyOf(all);
        any = any == null ? List.of() : List.copyOf(any);
        none = none == null ? List.of() : List.copyOf(none);
    }

    public static final TagFilter NONE = new TagFilter(List.of(), List.of(), List.of());
}
