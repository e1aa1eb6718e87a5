package io.callbot.customer;

import io.callbot.campaign.AttributeCondition;
import io.callbot.campaign.Audience;
import io.callbot.campaign.TagFilter;
import io.callbot.store.Sql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an {@link Audience} into parameterized SQL over the narrow {@code customer_filter f} (joined to
 * {@code customer c} for profile columns): tags as id membership in {@code f.tag_ids}, attributes through their
 * typed slots. A count scans only {@code f} unless a condition needs the profile. Conditions no slot answers come
 * back in {@link Query#inJava()} for {@link ConditionMatcher}; the query then selects every candidate the SQL part
 * allows and applies the limit after them. SQL text holds only constants, whitelisted column names and {@code ?};
 * every user value, tag id and slot-mapped key is bound or looked up. Not thread-safe: one per query.
 */
final class AudienceSql {
    private static final Logger log = LoggerFactory.getLogger(AudienceSql.class);

    /** The SQL, its parameters in order, and the conditions left to Java. */
    record Query(String sql, List<Object> params, List<AttributeCondition> inJava) {}

    static final String MEMBER_COLUMNS = "c.id, c.external_id, c.phone, c.first_name, c.last_name, c.language,"
            + " c.timezone, c.timezone_source, c.consent, c.last_called_at, c.last_outcome, c.callback_at,"
            + " c.attributes";

    /** What building a query needs from the tenant's data. */
    record Context(String tenant, Instant now, AttributeSlots slots, TagNames tags, boolean forceJava) {}

    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    private final List<AttributeCondition> inJava = new ArrayList<>();
    private final Context ctx;
    private final ConditionSql conditions;
    private boolean needsProfile;

    private AudienceSql(Context ctx) {
        this.ctx = ctx;
        this.conditions = new ConditionSql(ctx.now(), ctx.slots());
    }

    /** What a dialing queue needs of each member; the attributes only when a condition is left to Java. */
    static final String CONTACT_COLUMNS = "c.id, c.phone, c.timezone";

    static Query select(Context ctx, Audience audience, AudienceQuery.Options options) {
        return select(ctx, audience, options, false);
    }

    /** The members in order; {@code contactsOnly} selects only {@link #CONTACT_COLUMNS} (and the attributes if needed). */
    static Query select(Context ctx, Audience audience, AudienceQuery.Options options, boolean contactsOnly) {
        AudienceSql b = new AudienceSql(ctx);
        b.where(audience, options);
        String order = b.orderBy(options.order());
        String columns = !contactsOnly ? MEMBER_COLUMNS
                : b.inJava.isEmpty() ? CONTACT_COLUMNS : CONTACT_COLUMNS + ", c.attributes";
        StringBuilder sql = new StringBuilder("SELECT ").append(columns)
                .append(" FROM customer_filter f JOIN customer c ON c.id = f.customer_id").append(b.where)
                .append(order);
        List<Object> params = new ArrayList<>(b.params);
        if (audience.limit() != null && b.inJava.isEmpty()) {
            sql.append(" LIMIT ?");
            params.add(audience.limit());
        }
        return new Query(sql.toString(), List.copyOf(params), List.copyOf(b.inJava));
    }

    /**
     * The members among {@code ids} (no order; the audience's limit does not apply to a lookup by id): the
     * scheduler checks queued customers again right before dialing them.
     */
    static Query selectMembers(Context ctx, Audience audience, AudienceQuery.Options options, List<Long> ids) {
        AudienceSql b = new AudienceSql(ctx);
        b.where(audience, options);
        b.where.append(" AND f.customer_id IN (").append(Sql.placeholders(ids.size())).append(")");
        b.params.addAll(ids);
        return new Query("SELECT " + MEMBER_COLUMNS + " FROM customer_filter f JOIN customer c ON c.id = f.customer_id"
                + b.where, List.copyOf(b.params), List.copyOf(b.inJava));
    }

    /** A count; when some conditions are left to Java it selects the candidates' attributes to count them by. */
    static Query count(Context ctx, Audience audience, AudienceQuery.Options options) {
        AudienceSql b = new AudienceSql(ctx);
        b.where(audience, options);
        String from = b.needsProfile || !b.inJava.isEmpty()
                ? " FROM customer_filter f JOIN customer c ON c.id = f.customer_id" : " FROM customer_filter f";
        String what = b.inJava.isEmpty() ? "SELECT COUNT(*)" : "SELECT c.attributes";
        return new Query(what + from + b.where, List.copyOf(b.params), List.copyOf(b.inJava));
    }

    private void where(Audience audience, AudienceQuery.Options options) {
        where.append(" WHERE f.tenant = ?");
        params.add(ctx.tenant());
        if (!options.includeDoNotCall()) {
            where.append(" AND f.do_not_call = FALSE");
        }
        if (options.requireConsent()) {
            where.append(" AND f.consent = TRUE");
        }
        tags(audience.tags());
        for (AttributeCondition condition : audience.attributes()) {
            int mark = where.length();
            where.append(" AND ");
            if (ProfileField.of(condition.field()) != null && ConditionSql.column(ProfileField.of(condition.field()))
                    .startsWith("c.")) {
                needsProfile = true;
            }
            if (conditions.append(condition, where, params, ctx.forceJava()) == ConditionSql.Plan.JAVA) {
                where.setLength(mark);
                inJava.add(condition);
            }
        }
    }

    private void tags(TagFilter tags) {
        for (String tag : tags.all()) {
            hasAny(ids(List.of(tag)), false);
        }
        if (!tags.any().isEmpty()) {
            hasAny(ids(tags.any()), false);
        }
        for (String tag : tags.none()) {
            int[] ids = ids(List.of(tag));
            if (ids.length > 0) {
                hasAny(ids, true);
            }
        }
    }

    /** The tag ids the names mean: {@code name} any kind, {@code kind:name} that kind only. */
    private int[] ids(List<String> refs) {
        return FilterIndexes.ids(ctx.tags(), refs);
    }

    /** Membership of one of the ids (none: the filter cannot match); negated for {@code tags.none}. */
    private void hasAny(int[] ids, boolean negate) {
        if (ids.length == 0) {
            where.append(" AND 1 = 0");
            return;
        }
        // literal ids (dictionary integers): a partial index of FilterIndexes is used only for the same predicate
        where.append(negate ? " AND NOT " : " AND ").append(FilterIndexes.tagPredicate(ids, "f."));
    }

    private String orderBy(AudienceOrder order) {
        if (order == null) {
            return " ORDER BY f.customer_id";
        }
        String dir = order.descending() ? " DESC" : " ASC";
        ProfileField field = ProfileField.of(order.field());
        if (field != null) {
            return " ORDER BY " + ConditionSql.column(field) + dir + " NULLS LAST, f.customer_id";
        }
        AttributeSlots.Entry slot = ctx.slots().get(order.field());
        if (slot != null && slot.usable()) {
            return " ORDER BY f." + slot.column() + dir + " NULLS LAST, f.customer_id";
        }
        if (slot != null) {
            log.warn("tenant {}: attribute {} has no usable filter slot (mixed value types, long texts, or every"
                    + " slot taken): members come in customer id order, not by it", ctx.tenant(), order.field());
        }
        return " ORDER BY f.customer_id";
    }
}
