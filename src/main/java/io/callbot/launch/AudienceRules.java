package io.callbot.launch;

import io.callbot.campaign.AttributeCondition;
import io.callbot.campaign.Audience;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.TagFilter;
import io.callbot.customer.AudienceMember;
import io.callbot.customer.AudienceQuery;
import io.callbot.customer.CustomerProfile;
import io.callbot.schedule.WhyReason;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which of a campaign's audience rules leave one customer out, in words: each tag and attribute condition is run
 * alone through the customer store's own audience query, restricted to this customer, so the answer is the one
 * the ticks get; then do-not-call, consent and the audience's size limit. Thread-safe.
 */
public final class AudienceRules {
    private static final AudienceQuery.Options ANY_PROFILE = AudienceQuery.Options.DEFAULT.withDoNotCall(true);

    private final AudienceQuery query;

    AudienceRules(AudienceQuery query) {
        this.query = query;
    }

    /** The rules {@code p} fails, most telling first; empty when the campaign's audience selects it. */
    List<WhyReason> failed(Campaign campaign, CustomerProfile p) {
        List<WhyReason> reasons = new ArrayList<>();
        if (p.doNotCall()) {
            reasons.add(new WhyReason("DO_NOT_CALL", "do-not-call is set on the profile"
                    + (p.doNotCallAt() == null ? "" : " since " + p.doNotCallAt())
                    + (p.doNotCallReason() == null ? "" : " (reason: " + p.doNotCallReason() + ")")
                    + "; no campaign of the tenant calls them"));
        }
        AudienceQuery.Options options = AudienceQuery.Options.forCampaign(campaign);
        if (options.requireConsent() && !p.consent()) {
            reasons.add(new WhyReason("CONSENT", "no consent on the profile; a " + campaign.kind().yamlName()
                    + " campaign calls only customers who gave it (only service_notice campaigns call without)"));
        }
        Audience audience = campaign.audience() == null ? Audience.EVERYONE : campaign.audience();
        tags(audience.tags(), p, reasons);
        for (AttributeCondition c : audience.attributes()) {
            if (!passes(p, new Audience(TagFilter.NONE, List.of(c), null))) {
                reasons.add(new WhyReason("AUDIENCE_ATTRIBUTE", "not in the audience: " + valueOf(p, c.field())
                        + ", the audience needs " + c.field() + " " + c.op().symbol()
                        + (c.value() == null ? "" : " " + text(c.value())) + " (audience.where)"));
            }
        }
        if (reasons.isEmpty() && audience.limit() != null && !amongFirst(campaign, audience, options, p)) {
            reasons.add(new WhyReason("AUDIENCE_LIMIT", "not in the audience: it matches every filter but is not"
                    + " among the first " + audience.limit() + " by the campaign's priority (audience.limit)"));
        }
        return reasons;
    }

    private void tags(TagFilter tags, CustomerProfile p, List<WhyReason> reasons) {
        for (String tag : tags.all()) {
            if (!passes(p, new Audience(new TagFilter(List.of(tag), List.of(), List.of()), List.of(), null))) {
                reasons.add(new WhyReason("AUDIENCE_TAG", "not in the audience: lacks the tag " + tag
                        + " (audience.tags.all)"));
            }
        }
        if (!tags.any().isEmpty()
                && !passes(p, new Audience(new TagFilter(List.of(), tags.any(), List.of()), List.of(), null))) {
            reasons.add(new WhyReason("AUDIENCE_TAG", "not in the audience: has none of the tags "
                    + String.join(", ", tags.any()) + " (audience.tags.any)"));
        }
        for (String tag : tags.none()) {
            if (!passes(p, new Audience(new TagFilter(List.of(), List.of(), List.of(tag)), List.of(), null))) {
                reasons.add(new WhyReason("AUDIENCE_TAG", "not in the audience: has the tag " + tag
                        + ", which the audience leaves out (audience.tags.none)"));
            }
        }
    }

    private boolean passes(CustomerProfile p, Audience oneRule) {
        return !query.members(p.tenant(), oneRule, ANY_PROFILE, List.of(p.id())).isEmpty();
    }

    /** Whether the customer is within the audience's limit, reading the audience in priority order up to it. */
    private boolean amongFirst(Campaign campaign, Audience audience, AudienceQuery.Options options,
            CustomerProfile p) {
        try (Stream<AudienceMember> first = query.stream(campaign.tenant(), audience, options)) {
            return first.anyMatch(m -> m.id() == p.id());
        }
    }

    private static String valueOf(CustomerProfile p, String field) {
        Object value = switch (field) {
            case "language" -> p.language();
            case "timezone" -> p.timezone();
            case "created_at" -> p.createdAt();
            case "updated_at" -> p.updatedAt();
            case "last_called_at" -> p.lastCalledAt();
            case "last_outcome" -> p.lastOutcome();
            case "callback_at" -> p.callbackAt();
            case "consent" -> p.consent();
            default -> p.attributes().get(field);
        };
        return value == null ? "the profile has no " + field : field + " is " + text(value);
    }

    private static String text(Object value) {
        if (value instanceof Duration d) {
            return d.toDays() * 86_400 == d.getSeconds() ? d.toDays() + "d"
                    : d.toHours() * 3600 == d.getSeconds() ? d.toHours() + "h" : d.toMinutes() + "m";
        }
        if (value instanceof BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AudienceRules::text).toList().toString();
        }
        return String.valueOf(value);
    }
}
