package io.callbot.customer;

import io.callbot.campaign.Audience;
import io.callbot.campaign.AttributeCondition;
import io.callbot.campaign.TagFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link Audience} into parameterized SQL over {@code customer}: tag conditions and attribute
 * conditions become correlated {@code EXISTS} subqueries on the indexed {@code customer_tag} and
 * {@code customer_attribute} tables. SQL text holds only constants, whitelisted column names and {@code ?};
 * every user value, tag name and attribute key is a bound parameter. Not thread-safe: one per query.
 */
final class AudienceSql {
    /** The SQL and its parameters, in order. */
    record Query(String sql, List<Object> params) {}

    static final String MEMBER_COLUMNS = "c.id, c.external_id, c.phone, c.first_name, c.last_name, c.language,"
            + " c.timezone, c.timezone_source, c.consent, c.last_called_at, c.last_outcome, c.callback_at,"
            + " c.attributes";

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    private final String tenant;
    private final ConditionSql conditions;

    private AudienceSql(String tenant, Instant now) {
        this.tenant = tenant;
        this.conditions = new ConditionSql(tenant, now);
    }

    static Query select(String tenant, Audience audience, AudienceQuery.Options options, Instant now) {
        AudienceSql b = new AudienceSql(tenant, now);
        b.sql.append("SELECT ").append(MEMBER_COLUMNS).append(" FROM customer c");
        ProfileField orderField = options.order() == null ? null : ProfileField.of(options.order().field());
        boolean orderByAttribute = options.order() != null && orderField == null;
        if (orderByAttribute) {
            b.sql.append(" LEFT JOIN customer_attribute o ON o.customer_id = c.id AND o.tenant = ? AND o.attr_key = ?");
            b.params.add(tenant);
            b.params.add(options.order().field());
        }
        b.where(audience, options);
        b.orderBy(options.order(), orderField);
        if (audience.limit() != null) {
            b.sql.append(" LIMIT ?");
            b.params.add(audience.limit());
        }
        return new Query(b.sql.toString(), List.copyOf(b.params));
    }

    static Query count(String tenant, Audience audience, AudienceQuery.Options options, Instant now) {
        AudienceSql b = new AudienceSql(tenant, now);
        b.sql.append("SELECT COUNT(*) FROM customer c");
        b.where(audience, options);
        return new Query(b.sql.toString(), List.copyOf(b.params));
    }

    private void where(Audience audience, AudienceQuery.Options options) {
        sql.append(" WHERE c.tenant = ?");
        params.add(tenant);
        if (!options.includeDoNotCall()) {
            sql.append(" AND c.do_not_call = FALSE");
        }
        if (options.requireConsent()) {
            sql.append(" AND c.consent = TRUE");
        }
        tags(audience.tags());
        for (AttributeCondition condition : audience.attributes()) {
            sql.append(" AND ");
            conditions.append(condition, sql, params);
        }
    }

    private void tags(TagFilter tags) {
        for (String tag : tags.all()) {
            tagIn(List.of(tag));
        }
        if (!tags.any().isEmpty()) {
            tagIn(tags.any());
        }
        for (String tag : tags.none()) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id AND t.tenant = ? AND ");
            params.add(tenant);
            tagMatch(tag);
            sql.append(")");
        }
    }

    /**
     * Semi-join on the tags (uncorrelated IN): both planners run the subquery once through the (tenant, tag)
     * index; a correlated EXISTS with an OR of tags made H2 scan the tenant's tags once per customer.
     */
    private void tagIn(List<String> refs) {
        sql.append(" AND c.id IN (SELECT t.customer_id FROM customer_tag t WHERE t.tenant = ? AND (");
        params.add(tenant);
        for (int i = 0; i < refs.size(); i++) {
            sql.append(i == 0 ? "" : " OR ");
            tagMatch(refs.get(i));
        }
        sql.append("))");
    }

    /** {@code name} matches any kind; {@code kind:name} (kind user, business or merchant) only that kind. */
    private void tagMatch(String ref) {
        Tag.Reference tag = Tag.reference(ref);
        sql.append(tag.kind() != null ? "(t.tag = ? AND t.kind = ?)" : "t.tag = ?");
        params.add(tag.name());
        if (tag.kind() != null) {
            params.add(tag.kind().name());
        }
    }

    private void orderBy(AudienceOrder order, ProfileField field) {
        String dir = order == null || !order.descending() ? "ASC" : "DESC";
        sql.append(" ORDER BY ");
        if (order != null && field != null) {
            sql.append("c.").append(field.column).append(' ').append(dir).append(" NULLS LAST, ");
        } else if (order != null) {
            sql.append("o.num_value ").append(dir).append(" NULLS LAST, o.date_value ").append(dir)
                    .append(" NULLS LAST, o.text_value ").append(dir).append(" NULLS LAST, ");
        }
        sql.append("c.id");
    }
}
