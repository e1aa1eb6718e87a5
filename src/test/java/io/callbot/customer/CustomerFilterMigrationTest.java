package io.callbot.customer;

import io.callbot.store.Database;
import io.callbot.store.DatabaseSettings;
import static io.callbot.customer.TestCustomers.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callbot.campaign.AttributeCondition;
import io.callbot.campaign.AttributeCondition.Operator;
import io.callbot.campaign.Audience;
import io.callbot.campaign.TagFilter;
import io.callbot.testing.TestDatabases;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema version 60 on a database populated under the old schema (profiles with per-tag and per-attribute rows):
 * every customer carries over with its tags and attributes, audiences select what they selected before, and the
 * old tables are gone.
 */
class CustomerFilterMigrationTest {
    /** A database URL and a way to drop it; migrated only up to the schema before version 60. */
    private record OldDatabase(String name, String url, String schema, Runnable drop) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> databases() {
        String h2 = "jdbc:h2:mem:m" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        String schema = "m_" + UUID.randomUUID().toString().replace("-", "");
        return Stream.of(
                Arguments.of(new OldDatabase("H2", h2, null, () -> run(h2, "sa", "SHUTDOWN"))),
                Arguments.of(new OldDatabase("PostgreSQL", TestDatabases.PG_URL + "?currentSchema=" + schema, schema,
                        () -> run(TestDatabases.PG_URL, TestDatabases.PG_USER, "DROP SCHEMA IF EXISTS " + schema
                                + " CASCADE"))));
    }

    private static void run(String url, String user, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            // already gone
        }
    }

    private static String user(OldDatabase db) {
        return db.schema() == null ? "sa" : TestDatabases.PG_USER;
    }

    private static final List<String> OLD_ROWS = List.of(
            "INSERT INTO customer (id, tenant, external_id, phone, first_name, language, timezone, timezone_source,"
                    + " attributes, consent, do_not_call, created_at, updated_at, last_called_at, last_outcome) VALUES"
                    + " (1001, 'acme', 'c1', '+12125550101', 'Ada', 'en-US', 'America/New_York', 'PHONE',"
                    + " '{\"city\":\"New York\",\"lifetime_value\":\"120\",\"last_order_at\":\"2026-06-01\"}', TRUE,"
                    + " FALSE, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', TIMESTAMP WITH TIME ZONE"
                    + " '2026-11-01 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 09:00:00+00', 'callback')",
            "INSERT INTO customer (id, tenant, external_id, phone, attributes, consent, do_not_call, do_not_call_reason,"
                    + " created_at, updated_at) VALUES (1002, 'acme', 'c2', '+14155550102', '{\"city\":\"Toronto\","
                    + "\"lifetime_value\":80,\"note\":\"mixed\"}', FALSE, TRUE, 'asked', TIMESTAMP WITH TIME ZONE"
                    + " '2026-11-02 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+00')",
            "INSERT INTO customer (id, tenant, external_id, phone, attributes, consent, do_not_call, created_at,"
                    + " updated_at) VALUES (1003, 'acme', 'c3', '+14155550103', '{\"lifetime_value\":\"n/a\"}', TRUE,"
                    + " FALSE, TIMESTAMP WITH TIME ZONE '2026-11-03 10:00:00+00', TIMESTAMP WITH TIME ZONE"
                    + " '2026-11-03 10:00:00+00')",
            "INSERT INTO customer (id, tenant, external_id, phone, attributes, consent, do_not_call, created_at,"
                    + " updated_at) VALUES (1004, 'other', 'c1', '+12125550199', '{\"city\":\"Berlin\"}', TRUE, FALSE,"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-04 10:00:00+00', TIMESTAMP WITH TIME ZONE"
                    + " '2026-11-04 10:00:00+00')",
            "INSERT INTO customer_tag (customer_id, tenant, tag, kind, added_at) VALUES"
                    + " (1001, 'acme', 'vip', 'BUSINESS', CURRENT_TIMESTAMP), (1001, 'acme', 'brand:xiaomi', 'USER',"
                    + " CURRENT_TIMESTAMP), (1002, 'acme', 'vip', 'MERCHANT', CURRENT_TIMESTAMP), (1004, 'other', 'vip',"
                    + " 'BUSINESS', CURRENT_TIMESTAMP)",
            "INSERT INTO customer_attribute (customer_id, tenant, attr_key, text_value, num_value, date_value) VALUES"
                    + " (1001, 'acme', 'city', 'New York', NULL, NULL), (1001, 'acme', 'lifetime_value', '120', 120, NULL),"
                    + " (1001, 'acme', 'last_order_at', '2026-06-01', NULL, TIMESTAMP WITH TIME ZONE '2026-06-01"
                    + " 00:00:00+00'), (1002, 'acme', 'city', 'Toronto', NULL, NULL), (1002, 'acme', 'lifetime_value',"
                    + " '80', 80, NULL), (1002, 'acme', 'note', 'mixed', NULL, NULL), (1003, 'acme', 'lifetime_value',"
                    + " 'n/a', NULL, NULL), (1004, 'other', 'city', 'Berlin', NULL, NULL)");

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void customersOfTheOldSchemaCarryOverWithTheirTagsAndAttributes(OldDatabase old) throws Exception {
        try {
            Flyway.configure().dataSource(old.url(), user(old), "").locations("classpath:db/migration")
                    .schemas(old.schema() == null ? new String[0] : new String[] {old.schema()}).target("41").load()
                    .migrate();
            try (Connection c = DriverManager.getConnection(old.url(), user(old), ""); Statement s = c.createStatement()) {
                for (String sql : OLD_ROWS) {
                    s.execute(sql);
                }
            }
            try (Database db = Database.open(new DatabaseSettings(old.url(), user(old), "", 4, old.schema()))) {
                CustomerStore store = new CustomerStore(db.dataSource(), CLOCK);
                CustomerProfile c1 = store.getByExternalId("acme", "c1").orElseThrow();
                assertThat(c1.tags()).containsExactly(new Tag(TagKind.USER, "brand:xiaomi"), new Tag(TagKind.BUSINESS, "vip"));
                assertThat(c1.attributes()).containsEntry("city", "New York").containsEntry("lifetime_value", "120");
                assertThat(c1.lastOutcome()).isEqualTo("callback");
                CustomerProfile c2 = store.getByExternalId("acme", "c2").orElseThrow();
                assertThat(c2.doNotCall()).isTrue();
                assertThat(c2.doNotCallReason()).isEqualTo("asked");

                AudienceQuery query = new AudienceQuery(db.dataSource(), CLOCK);
                AudienceQuery.Options all = AudienceQuery.Options.DEFAULT.withDoNotCall(true);
                assertThat(query.count("acme", Audience.EVERYONE)).isEqualTo(2);
                assertThat(query.count("acme", new Audience(new TagFilter(List.of("vip"), null, null), List.of(), null),
                        all)).isEqualTo(2);
                assertThat(query.count("acme", new Audience(new TagFilter(List.of("business:vip"), null, null),
                        List.of(), null), all)).isEqualTo(1);
                assertThat(query.count("acme", where("lifetime_value", Operator.GT, new BigDecimal("100")), all))
                        .isEqualTo(1);
                assertThat(query.count("acme", where("lifetime_value", Operator.EQ, "n/a"), all)).isEqualTo(1);
                assertThat(query.count("acme", where("last_order_at", Operator.BEFORE, Duration.ofDays(90)), all))
                        .isEqualTo(1);
                assertThat(query.count("acme", where("city", Operator.IN, List.of("Toronto", "Berlin")), all))
                        .isEqualTo(1);
                assertThat(query.count("acme", where("last_called_at", Operator.EXISTS, null), all)).isEqualTo(1);
                assertThat(query.count("acme", Audience.EVERYONE, AudienceQuery.Options.DEFAULT
                        .withConsentRequired(true))).isEqualTo(2);
                assertThat(query.count("other", where("city", Operator.EQ, "Berlin"))).isEqualTo(1);

                // a customer added after the migration shares the carried-over tag
                store.upsert("acme", TestCustomers.customer("c9", "vip"));
                assertThat(query.count("acme", new Audience(new TagFilter(List.of("vip"), null, null), List.of(), null),
                        all)).isEqualTo(3);
                try (Connection c = db.dataSource().getConnection()) {
                    assertThatThrownBy(() -> c.createStatement().executeQuery("SELECT COUNT(*) FROM customer_tag"))
                            .isInstanceOf(SQLException.class);
                }
            }
        } finally {
            old.drop().run();
        }
    }

    private static Audience where(String field, Operator op, Object value) {
        return new Audience(null, List.of(new AttributeCondition(field, op, value)), null);
    }
}
