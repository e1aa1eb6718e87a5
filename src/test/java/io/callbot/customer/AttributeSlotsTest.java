package io.callbot.customer;

import static io.callbot.customer.TestCustomers.CLOCK;
import static io.callbot.customer.TestCustomers.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.campaign.AttributeCondition;
import io.callbot.campaign.AttributeCondition.Operator;
import io.callbot.campaign.Audience;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attribute keys and their filter slots: a key keeps its slot while its values keep their type; a key whose values
 * change type, hold long texts, or find no free slot is answered from the profiles instead, with the same results.
 */
class AttributeSlotsTest {
    private static Audience where(String field, Operator op, Object value) {
        return new Audience(null, List.of(new AttributeCondition(field, op, value)), null);
    }

    private static AttributeSlots.Entry slot(TestDatabase db, String tenant, String key) throws Exception {
        try (Connection c = db.database().dataSource().getConnection()) {
            return AttributeSlots.load(c, tenant).get(key);
        }
    }

    private static List<String> members(AudienceQuery query, Audience audience, AudienceQuery.Options options) {
        try (Stream<AudienceMember> s = query.stream("acme", audience, options)) {
            return s.map(AudienceMember::externalId).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aKeyWhoseValuesChangeTypeIsRetiredAndStillFiltersExactly(TestDatabase db) throws Exception {
        try (db) {
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            store.upsert("acme", customer("a", "+1 212 555 0101", Map.of("ltv", "120"), "vip"));
            store.upsert("acme", customer("b", "+1 212 555 0102", Map.of("ltv", "80")));
            assertThat(slot(db, "acme", "ltv")).isEqualTo(new AttributeSlots.Entry("ltv", SlotKind.NUMBER, 1, false));

            store.upsert("acme", customer("c", "+1 212 555 0103", Map.of("ltv", "unknown")));
            assertThat(slot(db, "acme", "ltv").retired()).isTrue();

            AudienceQuery query = new AudienceQuery(db.database().dataSource(), CLOCK);
            assertThat(members(query, where("ltv", Operator.GT, new BigDecimal("100")), AudienceQuery.Options.DEFAULT))
                    .containsExactly("a");
            assertThat(members(query, where("ltv", Operator.EQ, "unknown"), AudienceQuery.Options.DEFAULT))
                    .containsExactly("c");
            assertThat(query.count("acme", where("ltv", Operator.NE, "80"))).isEqualTo(2);
            // a limit applies after the conditions Java answers
            assertThat(query.count("acme", new Audience(null, List.of(new AttributeCondition("ltv", Operator.EXISTS,
                    null)), 2))).isEqualTo(2);
            // ordering by a retired key falls back to customer id order
            assertThat(members(query, Audience.EVERYONE, AudienceQuery.Options.DEFAULT
                    .withOrder(AudienceOrder.descending("ltv")))).containsExactly("a", "b", "c");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void keysBeyondTheSlotsAndLongTextsAreAnsweredFromTheProfile(TestDatabase db) throws Exception {
        try (db) {
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            Map<String, Object> many = new LinkedHashMap<>();
            for (int i = 1; i <= SlotKind.TEXT.slots + 2; i++) {
                many.put("k" + i, "v" + i);
            }
            many.put("note", "x".repeat(SlotKind.MAX_TEXT + 1));
            store.upsert("acme", customer("a", "+1 212 555 0101", many));
            store.upsert("acme", customer("b", "+1 212 555 0102", Map.of("k1", "other", "note", "short")));

            assertThat(slot(db, "acme", "k" + SlotKind.TEXT.slots).usable()).isTrue();
            assertThat(slot(db, "acme", "k" + (SlotKind.TEXT.slots + 1)).slot()).isNull();
            assertThat(slot(db, "acme", "note").retired()).isTrue();
            AudienceQuery query = new AudienceQuery(db.database().dataSource(), CLOCK);
            String last = "k" + (SlotKind.TEXT.slots + 2);
            assertThat(members(query, where(last, Operator.EQ, "v" + (SlotKind.TEXT.slots + 2)),
                    AudienceQuery.Options.DEFAULT)).containsExactly("a");
            assertThat(members(query, where("note", Operator.EQ, "short"), AudienceQuery.Options.DEFAULT))
                    .containsExactly("b");
            assertThat(query.count("acme", where("k1", Operator.EQ, "v1"))).isEqualTo(1);
            // another tenant has slots of its own
            store.upsert("globex", customer("z", "+1 212 555 0199", Map.of("zz", "1")));
            assertThat(slot(db, "globex", "zz")).isEqualTo(new AttributeSlots.Entry("zz", SlotKind.NUMBER, 1, false));
        }
    }
}
