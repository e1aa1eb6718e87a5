package io.callbot.campaign;

import java.util.List;

/**
 * Who a campaign calls: a structured filter over customer profiles, never raw SQL.
 *
 * @param tags       tag conditions (all / any / none); never null
 * @param attributes attribute conditions, all of which must hold; never null
 * @param limit      optional cap on the audience size, null for none
 */
public record Audience(TagFilter tags, List<AttributeCondition> attributes, Integer limit) {
    public Audience {
        tags = tags == null ? TagFilter.NONE : tags;
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** Everyone of the tenant. */
    public static final Audience EVERYONE = new Audience(TagFilter.NONE, List.of(), null);
}
