package io.callbot.customer;

import io.callbot.campaign.AttributeCondition;
import io.callbot.campaign.Audience;
import io.callbot.campaign.TagFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Indexes only for what campaigns filter on (PostgreSQL; H2 gets none): for each single tag condition of an
 * audience (a tag it requires, its "any of" set) a partial index {@code ON customer_filter (tenant, do_not_call,
 * consent) WHERE <the same tag predicate the count writes>}, and for each attribute slot it filters on a B-tree
 * {@code (tenant, slot) INCLUDE (do_not_call, consent)}. A count of one such condition is then an index-only scan
 * instead of a scan of every filter row (docs/architecture.md 4c). Built with {@code CREATE INDEX CONCURRENTLY IF
 * NOT EXISTS} on the executor, off the request path: writers are not blocked, and a failure is only logged (the
 * count still answers, by a scan). Index names follow from the predicate, so every campaign using a tag shares one.
 */
public final class FilterIndexes {
    private static final Logger log = LoggerFactory.getLogger(FilterIndexes.class);
    private static final int MAX_NAME = 63;

    private final DataSource dataSource;
    private final Executor executor;

    public FilterIndexes(DataSource dataSource, Executor executor) {
        this.dataSource = dataSource;
        this.executor = executor;
    }

    /** Schedules the indexes the audience's single conditions need; returns at once. */
    public void ensureFor(String tenant, String campaignId, Audience audience) {
        executor.execute(() -> {
            try (MDC.MDCCloseable campaign = MDC.putCloseable("campaign", campaignId)) {
                try {
                    ensureNow(tenant, audience);
                } catch (SQLException | RuntimeException e) { // inside the MDC scope: the warning names the campaign
                    log.warn("tenant {}: filter indexes for campaign {} not built (counts scan instead): {}", tenant,
                            campaignId, e.getMessage());
                }
            }
        });
    }

    /** Builds the missing indexes on this thread; returns their names (existing ones included). */
    List<String> ensureNow(String tenant, Audience audience) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (Dialect.of(c) != Dialect.POSTGRES) {
                return List.of();
            }
            Map<String, String> wanted = indexes(audience, TagNames.load(c, tenant), AttributeSlots.load(c, tenant));
            c.setAutoCommit(true); // CREATE INDEX CONCURRENTLY runs outside a transaction
            for (Map.Entry<String, String> index : wanted.entrySet()) {
                long start = System.nanoTime();
                try (Statement s = c.createStatement()) {
                    if (invalid(c, index.getKey())) {
                        // a build that failed half way leaves an invalid index that IF NOT EXISTS would keep forever
                        log.warn("tenant {}: filter index {} was left invalid by a failed build: rebuilt", tenant,
                                index.getKey());
                        s.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index.getKey());
                    }
                    s.execute(index.getValue());
                }
                log.info("tenant {}: filter index {} ready in {} ms", tenant, index.getKey(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            return List.copyOf(wanted.keySet());
        }
    }

    private static boolean invalid(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT NOT i.indisvalid FROM pg_index i JOIN pg_class x"
                + " ON x.oid = i.indexrelid WHERE x.relname = ? AND x.relnamespace = current_schema()::regnamespace")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Index name to its DDL, for the audience's tag conditions and attribute slots. */
    static Map<String, String> indexes(Audience audience, TagNames tags, AttributeSlots slots) {
        Map<String, String> out = new LinkedHashMap<>();
        TagFilter filter = audience.tags();
        List<int[]> tagSets = new ArrayList<>();
        filter.all().forEach(t -> tagSets.add(ids(tags, List.of(t))));
        if (!filter.any().isEmpty()) {
            tagSets.add(ids(tags, filter.any()));
        }
        for (int[] ids : tagSets) {
            if (ids.length > 0) {
                String name = name("customer_filter_tags_" + IntStream.of(ids).mapToObj(Integer::toString)
                        .collect(Collectors.joining("_")));
                out.put(name, "CREATE INDEX CONCURRENTLY IF NOT EXISTS " + name
                        + " ON customer_filter (tenant, do_not_call, consent) WHERE " + tagPredicate(ids, ""));
            }
        }
        for (AttributeCondition condition : audience.attributes()) {
            AttributeSlots.Entry slot = ProfileField.of(condition.field()) == null ? slots.get(condition.field()) : null;
            if (slot != null && slot.usable()) {
                String name = "customer_filter_slot_" + slot.column();
                out.put(name, "CREATE INDEX CONCURRENTLY IF NOT EXISTS " + name + " ON customer_filter (tenant, "
                        + slot.column() + ") INCLUDE (do_not_call, consent)");
            }
        }
        return out;
    }

    /**
     * Membership of one of the ids, as a count writes it and a partial index's predicate must read for PostgreSQL to
     * prove the index answers it: the ids as literals (integers from the dictionary, never user text).
     */
    static String tagPredicate(int[] ids, String alias) {
        return IntStream.of(ids).mapToObj(id -> id + " = ANY(" + alias + "tag_ids)")
                .collect(Collectors.joining(" OR ", "(", ")"));
    }

    /** The tag ids the names mean, sorted: as {@link AudienceSql} resolves them. */
    static int[] ids(TagNames tags, List<String> refs) {
        return refs.stream().flatMapToInt(r -> IntStream.of(tags.matching(Tag.reference(r)))).distinct().sorted()
                .toArray();
    }

    private static String name(String full) {
        return full.length() <= MAX_NAME ? full
                : full.substring(0, 40) + "_" + Integer.toHexString(full.hashCode());
    }
}
