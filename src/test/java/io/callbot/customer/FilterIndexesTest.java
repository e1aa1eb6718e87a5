package io.callbot.customer;

import static io.callbot.campaign.AttributeCondition.Operator.EQ;
import static io.callbot.campaign.AttributeCondition.Operator.GTE;
import static io.callbot.customer.TestCustomers.CLOCK;
import static io.callbot.customer.TestCustomers.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.campaign.AttributeCondition;
import io.callbot.campaign.Audience;
import io.callbot.campaign.TagFilter;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A campaign's single conditions get their PostgreSQL indexes (none on H2), the count SQL is the predicate those
 * indexes answer, and every count is the same with and without them.
 */
class FilterIndexesTest {
    private static final String T = "acme";

    private static final Audience CAMPAIGN = new Audience(
            new TagFilter(List.of("vip"), List.of("brand:xiaomi", "brand:apple"), List.of("opted-out")),
            List.of(new AttributeCondition("lifetime_value", GTE, 50), new AttributeCondition("city", EQ, "New York")),
            null);

    /** Each single condition of {@link #CAMPAIGN} alone, and the campaign itself. */
    private static List<Audience> audiences() {
        return List.of(CAMPAIGN,
                new Audience(new TagFilter(List.of("vip"), List.of(), List.of()), List.of(), null),
                new Audience(new TagFilter(List.of(), List.of("brand:xiaomi", "brand:apple"), List.of()), List.of(), null),
                new Audience(null, List.of(new AttributeCondition("lifetime_value", GTE, 50)), null),
                new Audience(null, List.of(new AttributeCondition("city", EQ, "New York")), null));
    }

    @Test
    void campaignConditionsGetIndexesOnPostgresOnlyAndCountsStayEqual() throws Exception {
        for (TestDatabase db : Stream.of(TestDatabases.h2(), TestDatabases.postgres()).toList()) {
            try (db) {
                DataSource ds = db.database().dataSource();
                seed(new CustomerStore(ds, CLOCK));
                AudienceQuery query = new AudienceQuery(ds, CLOCK);
                List<Long> before = counts(query);
                assertThat(before).as(db.name()).containsExactly(1L, 2L, 3L, 3L, 1L);

                List<String> built = new FilterIndexes(ds, Runnable::run).ensureNow(T, CAMPAIGN);

                boolean pg;
                try (Connection c = ds.getConnection()) {
                    pg = Dialect.of(c) == Dialect.POSTGRES;
                }
                if (pg) {
                    assertThat(built).containsExactlyInAnyOrder("customer_filter_tags_" + tagId(ds, "business:vip"),
                            "customer_filter_tags_" + tagId(ds, "brand:xiaomi") + "_" + tagId(ds, "brand:apple"),
                            "customer_filter_slot_num1", "customer_filter_slot_text1");
                    assertThat(indexNames(ds)).containsAll(built);
                    // a partial index serves a count only when its predicate is the count's own tag predicate
                    for (Audience single : audiences().subList(1, 3)) {
                        assertThat(plan(ds, single)).as(single.toString()).contains("using customer_filter_tags_");
                    }
                    assertThat(new FilterIndexes(ds, Runnable::run).ensureNow(T, CAMPAIGN)).isEqualTo(built);
                } else {
                    assertThat(built).isEmpty();
                }
                assertThat(counts(query)).as(db.name()).isEqualTo(before);
            }
        }
    }

    private static void seed(CustomerStore store) {
        store.upsert(T, customer("c1", "+1 212 555 0101", Map.of("lifetime_value", 120, "city", "New York"),
                "user:brand:xiaomi", "business:vip"));
        store.upsert(T, customer("c2", "+1 415 555 0102", Map.of("lifetime_value", 80, "city", "Toronto"),
                "user:brand:xiaomi"));
        store.upsert(T, customer("c3", "+86 138 0013 8000", Map.of("lifetime_value", 9.5), "business:vip",
                "opted-out"));
        store.upsert(T, customer("c4", "+44 20 7946 0104", Map.of("lifetime_value", 1000), "brand:apple"));
        long c5 = store.upsert(T, customer("c5", "+1 312 555 0105", Map.of("lifetime_value", 60), "brand:apple")).id();
        store.setDoNotCall(T, c5, true, "asked");
        store.upsert("other", customer("c1", "+1 212 555 0199", Map.of("lifetime_value", 999), "business:vip"));
    }

    private static List<Long> counts(AudienceQuery query) {
        List<Long> out = new ArrayList<>();
        for (Audience a : audiences()) {
            out.add(query.count(T, a, AudienceQuery.Options.DEFAULT));
        }
        return out;
    }

    private static int tagId(DataSource ds, String name) throws Exception {
        try (Connection c = ds.getConnection()) {
            return FilterIndexes.ids(TagNames.load(c, T), List.of(name))[0];
        }
    }

    private static List<String> indexNames(DataSource ds) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                        + " AND tablename = 'customer_filter'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The count's plan with sequential scans priced out: an index is used only if its predicate matches. */
    private static String plan(DataSource ds, Audience audience) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL enable_seqscan = off");
                s.execute("SET LOCAL enable_bitmapscan = off");
            }
            AudienceSql.Query q = AudienceSql.count(new AudienceSql.Context(T, CLOCK.instant(),
                    AttributeSlots.load(c, T), TagNames.load(c, T), false), audience, AudienceQuery.Options.DEFAULT);
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + q.sql())) {
                for (int i = 0; i < q.params().size(); i++) {
                    ps.setObject(i + 1, q.params().get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
            }
            c.rollback();
            return plan.toString();
        }
    }
}
