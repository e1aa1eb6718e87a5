package io.callbot.customer;

import static io.callbot.campaign.AttributeCondition.Operator.AFTER;
import static io.callbot.campaign.AttributeCondition.Operator.BEFORE;
import static io.callbot.campaign.AttributeCondition.Operator.EQ;
import static io.callbot.campaign.AttributeCondition.Operator.EXISTS;
import static io.callbot.campaign.AttributeCondition.Operator.GT;
import static io.callbot.campaign.AttributeCondition.Operator.GTE;
import static io.callbot.campaign.AttributeCondition.Operator.IN;
import static io.callbot.campaign.AttributeCondition.Operator.LT;
import static io.callbot.campaign.AttributeCondition.Operator.LTE;
import static io.callbot.campaign.AttributeCondition.Operator.NE;
import static io.callbot.customer.TestCustomers.CLOCK;
import static io.callbot.customer.TestCustomers.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.campaign.AttributeCondition;
import io.callbot.campaign.AttributeCondition.Operator;
import io.callbot.campaign.Audience;
import io.callbot.campaign.TagFilter;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every audience filter kind, on H2 and PostgreSQL, over one fixture of two tenants. */
class AudienceQueryTest {
    private static final String T = "acme";
    private static final List<TestDatabase> DATABASES = new ArrayList<>();

    @BeforeAll
    static void createFixture() {
        for (TestDatabase db : List.of(TestDatabases.h2(), TestDatabases.postgres())) {
            DATABASES.add(db);
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            store.upsert(T, customer("c1", "+1 212 555 0101", Map.of("lifetime_value", "120", "last_order_at",
                    "2026-06-01", "country", "US", "city", "New York"), "user:brand:xiaomi", "business:vip"));
            store.upsert(T, customer("c2", "+1 415 555 0102", Map.of("lifetime_value", 80, "last_order_at",
                    "2026-11-20", "country", "CA", "city", "Toronto"), "user:brand:xiaomi"));
            store.upsert(T, customer("c3", "+86 138 0013 8000", Map.of("lifetime_value", new BigDecimal("9.5"),
                    "last_order_at", "2025-01-01T08:30:00Z", "country", "CN", "city", "Shanghai"), "vip", "opted-out"));
            store.upsert(T, customer("c4", "+44 20 7946 0104", Map.of("lifetime_value", "1000", "delivery_date",
                    "2026-11-29", "email_bounced", true, "order_id", "A-77")));
            long c5 = store.upsert(T, customer("c5", "+1 312 555 0105", Map.of("country", "US"), "brand:apple")).id();
            store.setDoNotCall(T, c5, true, "asked");
            store.upsert("other", customer("c1", "+1 212 555 0199", Map.of("lifetime_value", "999", "last_order_at",
                    "2026-01-01", "country", "US", "delivery_date", "2026-11-29"), "user:brand:xiaomi", "vip"));
            store.upsert("other", customer("x9", "+1 212 555 0198", Map.of("country", "US"), "brand:apple"));
        }
    }

    @AfterAll
    static void dropFixture() {
        DATABASES.forEach(TestDatabase::close);
    }

    private static Audience tags(List<String> all, List<String> any, List<String> none) {
        return new Audience(new TagFilter(all, any, none), List.of(), null);
    }

    private static Audience where(String field, Operator op, Object value) {
        return new Audience(null, List.of(new AttributeCondition(field, op, value)), null);
    }

    static Stream<Arguments> cases() {
        List<Object[]> table = List.of(
                new Object[] {"everyone but do-not-call", Audience.EVERYONE, List.of("c1", "c2", "c3", "c4")},
                new Object[] {"tags all", tags(List.of("brand:xiaomi", "vip"), null, null), List.of("c1")},
                new Object[] {"tags any", tags(null, List.of("VIP", "brand:apple"), null), List.of("c1", "c3")},
                new Object[] {"tags none", tags(null, null, List.of("brand:xiaomi")), List.of("c3", "c4")},
                new Object[] {"tags all + none", tags(List.of("vip"), null, List.of("opted-out")), List.of("c1")},
                new Object[] {"tag with kind", tags(List.of("business:vip"), null, null), List.of("c1")},
                new Object[] {"tag with other kind", tags(List.of("user:vip"), null, null), List.of()},
                new Object[] {"text =", where("country", EQ, "US"), List.of("c1")},
                new Object[] {"number =", where("lifetime_value", EQ, new BigDecimal("9.50")), List.of("c3")},
                new Object[] {"!= includes missing", where("country", NE, "US"), List.of("c2", "c3", "c4")},
                new Object[] {"boolean !=", where("email_bounced", NE, true), List.of("c1", "c2", "c3")},
                new Object[] {"boolean =", where("email_bounced", EQ, true), List.of("c4")},
                new Object[] {"number > is numeric, not text", where("lifetime_value", GT, new BigDecimal("100")),
                        List.of("c1", "c4")},
                new Object[] {"number >=", where("lifetime_value", GTE, new BigDecimal("120")), List.of("c1", "c4")},
                new Object[] {"number <", where("lifetime_value", LT, new BigDecimal("80")), List.of("c3")},
                new Object[] {"number <=", where("lifetime_value", LTE, new BigDecimal("80")), List.of("c2", "c3")},
                new Object[] {"text < is lexicographic", where("city", LT, "Shanghai"), List.of("c1")},
                new Object[] {"in texts", where("country", IN, List.of("US", "CA")), List.of("c1", "c2")},
                new Object[] {"in numbers", where("lifetime_value", IN, List.of(new BigDecimal("80"), new BigDecimal("1000"))),
                        List.of("c2", "c4")},
                new Object[] {"exists", where("delivery_date", EXISTS, null), List.of("c4")},
                new Object[] {"before 90d", where("last_order_at", BEFORE, Duration.ofDays(90)), List.of("c1", "c3")},
                new Object[] {"after 30d", where("last_order_at", AFTER, Duration.ofDays(30)), List.of("c2")},
                new Object[] {"after 0d (future)", where("delivery_date", AFTER, Duration.ZERO), List.of("c4")},
                new Object[] {"after a whole day", where("last_order_at", AFTER, LocalDate.parse("2026-11-20")), List.of()},
                new Object[] {"after the day before", where("last_order_at", AFTER, LocalDate.parse("2026-11-19")),
                        List.of("c2")},
                new Object[] {"before a date", where("last_order_at", BEFORE, LocalDate.parse("2026-06-01")), List.of("c3")},
                new Object[] {"= a date", where("delivery_date", EQ, LocalDate.parse("2026-11-29")), List.of("c4")},
                new Object[] {"built-in text", where("phone", EQ, "+14155550102"), List.of("c2")},
                new Object[] {"built-in timezone in", where("timezone", IN, List.of("Asia/Shanghai", "Europe/London")),
                        List.of("c3", "c4")},
                new Object[] {"built-in date", where("created_at", BEFORE, Duration.ofDays(1)), List.of()},
                new Object[] {"built-in never called", where("last_called_at", EXISTS, null), List.of()},
                new Object[] {"tags + attribute + relative date", new Audience(new TagFilter(null, List.of("vip",
                        "brand:xiaomi"), null), List.of(new AttributeCondition("last_order_at", BEFORE, Duration.ofDays(90)),
                        new AttributeCondition("lifetime_value", GTE, new BigDecimal("50"))), null), List.of("c1")},
                new Object[] {"limit", new Audience(null, List.of(), 2), List.of("c1", "c2")},
                new Object[] {"injection in a tag", tags(List.of("vip' OR '1'='1"), null, null), List.of()},
                new Object[] {"injection in a key", where("country' OR 1=1; DROP TABLE customer; --", EXISTS, null),
                        List.of()},
                new Object[] {"injection in a value", where("country", EQ, "US' OR '1'='1"), List.of()},
                new Object[] {"injection in a list", where("country", IN, List.of("x') OR (1=1", "US")), List.of("c1")});
        return DATABASES.stream().flatMap(db -> table.stream().map(row -> Arguments.of(db, row[0], row[1], row[2])));
    }

    @ParameterizedTest(name = "{0}: {1}", autoCloseArguments = false)
    @MethodSource("cases")
    void selectsExactlyTheMatchingCustomersOfTheTenant(TestDatabase db, String name, Audience audience,
            List<String> expected) throws Exception {
        AudienceQuery query = new AudienceQuery(db.database().dataSource(), CLOCK);
        List<AudienceMember> members;
        try (Stream<AudienceMember> s = query.stream(T, audience, AudienceQuery.Options.DEFAULT)) {
            members = s.toList();
        }
        assertThat(members).extracting(AudienceMember::externalId).containsExactlyElementsOf(expected);
        assertThat(members).extracting(AudienceMember::phone).noneMatch(p -> p.startsWith("+1212555019"));
        assertThat(query.count(T, audience)).isEqualTo(expected.size());
        // the Java fallback (keys without a usable slot) agrees with the slots' SQL on every case
        AudienceQuery inJava = new AudienceQuery(db.database().dataSource(), CLOCK, true);
        try (Stream<AudienceMember> s = inJava.stream(T, audience, AudienceQuery.Options.DEFAULT)) {
            assertThat(s.map(AudienceMember::externalId).toList()).containsExactlyElementsOf(expected);
        }
        assertThat(inJava.count(T, audience)).isEqualTo(expected.size());
        // the dialing queue's narrow stream: the same members in the same order, with id, phone and zone
        for (AudienceQuery q : List.of(query, inJava)) {
            try (Stream<AudienceMember> s = q.streamContacts(T, audience, AudienceQuery.Options.DEFAULT)) {
                assertThat(s.map(m -> m.id() + " " + m.phone() + " " + m.timezone()).toList()).containsExactlyElementsOf(
                        members.stream().map(m -> m.id() + " " + m.phone() + " " + m.timezone()).toList());
            }
        }
        assertTablesIntact(db);
    }

    private static void assertTablesIntact(TestDatabase db) throws Exception {
        try (Connection c = db.database().dataSource().getConnection();
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM customer")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(7);
        }
    }

    static Stream<TestDatabase> databases() {
        return DATABASES.stream();
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("databases")
    void ordersByANumericAttributeForPriorityThenLimits(TestDatabase db) {
        AudienceQuery query = new AudienceQuery(db.database().dataSource(), CLOCK);
        var byValue = AudienceQuery.Options.DEFAULT.withOrder(AudienceOrder.descending("lifetime_value"));
        assertThat(members(query, Audience.EVERYONE, byValue)).containsExactly("c4", "c1", "c2", "c3");
        assertThat(members(query, new Audience(null, List.of(), 2), byValue)).containsExactly("c4", "c1");
        var byLastOrder = AudienceQuery.Options.DEFAULT.withOrder(AudienceOrder.ascending("last_order_at"));
        assertThat(members(query, Audience.EVERYONE, byLastOrder)).containsExactly("c3", "c1", "c2", "c4");
        var byBuiltIn = AudienceQuery.Options.DEFAULT.withOrder(AudienceOrder.descending("external_id"));
        assertThat(members(query, Audience.EVERYONE, byBuiltIn)).containsExactly("c4", "c3", "c2", "c1");
        var injected = AudienceQuery.Options.DEFAULT.withOrder(AudienceOrder.descending("id; DROP TABLE customer"));
        assertThat(members(query, Audience.EVERYONE, injected)).containsExactly("c1", "c2", "c3", "c4");
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("databases")
    void optionsIncludeDoNotCallOrRequireConsent(TestDatabase db) {
        AudienceQuery query = new AudienceQuery(db.database().dataSource(), CLOCK);
        assertThat(members(query, Audience.EVERYONE, AudienceQuery.Options.DEFAULT.withDoNotCall(true)))
                .containsExactly("c1", "c2", "c3", "c4", "c5");
        assertThat(query.count("other", Audience.EVERYONE)).isEqualTo(2);
        assertThat(query.count("nobody", Audience.EVERYONE)).isZero();
        assertThat(query.count(T, Audience.EVERYONE, AudienceQuery.Options.DEFAULT.withConsentRequired(true))).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("databases")
    void membersCarryWhatDialingNeeds(TestDatabase db) {
        AudienceQuery query = new AudienceQuery(db.database().dataSource(), CLOCK);
        List<AudienceMember> found = new ArrayList<>();
        query.forEach(T, where("order_id", EQ, "A-77"), AudienceQuery.Options.DEFAULT, found::add);
        assertThat(found).hasSize(1);
        AudienceMember m = found.get(0);
        assertThat(m.phone()).isEqualTo("+442079460104");
        assertThat(m.timezone()).isEqualTo("Europe/London");
        assertThat(m.language()).isEqualTo("en-US");
        assertThat(m.attributes()).containsEntry("delivery_date", "2026-11-29").containsEntry("email_bounced", true);
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("databases")
    void membersLookedUpByIdPassTheSameFilterAndStayInTheTenant(TestDatabase db) {
        AudienceQuery query = new AudienceQuery(db.database().dataSource(), CLOCK);
        var everyone = AudienceQuery.Options.DEFAULT.withDoNotCall(true);
        List<Long> ids = new ArrayList<>();
        for (String tenant : List.of(T, "other")) {
            try (Stream<AudienceMember> s = query.stream(tenant, Audience.EVERYONE, everyone)) {
                s.forEach(m -> ids.add(m.id()));
            }
        }
        assertThat(ids).hasSize(7);
        Audience us = where("country", EQ, "US");
        assertThat(query.members(T, us, AudienceQuery.Options.DEFAULT, ids)).extracting(AudienceMember::externalId)
                .containsExactly("c1");
        assertThat(query.members(T, us, everyone, ids)).extracting(AudienceMember::externalId)
                .containsExactlyInAnyOrder("c1", "c5");
        assertThat(query.members(T, Audience.EVERYONE, AudienceQuery.Options.DEFAULT, ids.subList(0, 2)))
                .extracting(AudienceMember::externalId).containsExactlyInAnyOrder("c1", "c2");
        assertThat(query.members(T, us, AudienceQuery.Options.DEFAULT, List.of())).isEmpty();
    }

    private static List<String> members(AudienceQuery query, Audience audience, AudienceQuery.Options options) {
        try (Stream<AudienceMember> s = query.stream(T, audience, options)) {
            return s.map(AudienceMember::externalId).toList();
        }
    }
}
