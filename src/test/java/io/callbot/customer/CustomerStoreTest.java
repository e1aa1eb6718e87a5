package io.callbot.customer;

import static io.callbot.customer.TestCustomers.CLOCK;
import static io.callbot.customer.TestCustomers.NOW;
import static io.callbot.customer.TestCustomers.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.testing.TestDatabases.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CustomerStoreTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void upsertCreatesThenUpdatesByExternalId(TestDatabase db) {
        try (db) {
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            var first = store.upsert("acme", customer("c-1", "+1 212 555 0123",
                    Map.of("lifetime_value", "120.50", "city", "NYC"), "user:brand:xiaomi", "vip"));
            assertThat(first.created()).isTrue();

            var second = store.upsert("acme", customer("c-1", "+1 415 555 0142", Map.of("city", "SF"), "business:vip"));
            assertThat(second).isEqualTo(new CustomerStore.UpsertResult(first.id(), false));

            CustomerProfile p = store.getByExternalId("acme", "c-1").orElseThrow();
            assertThat(p.id()).isEqualTo(first.id());
            assertThat(p.phone()).isEqualTo("+14155550142");
            assertThat(p.timezone()).isEqualTo("America/Los_Angeles");
            assertThat(p.timezoneSource()).isEqualTo(TimezoneSource.PHONE);
            assertThat(p.attributes()).containsEntry("city", "SF").containsEntry("lifetime_value", "120.50");
            assertThat(p.tags()).containsExactly(new Tag(TagKind.USER, "brand:xiaomi"), new Tag(TagKind.BUSINESS, "vip"));
            assertThat(p.consent()).isTrue();
            assertThat(p.createdAt()).isEqualTo(NOW);
            assertThat(store.get("acme", first.id())).contains(p);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void anExplicitTimezoneSurvivesAReimportWithoutOne(TestDatabase db) {
        try (db) {
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            var parser = new CustomerRecordParser(new PhoneNumbers("US"));
            store.upsert("acme", parser.parse(new RawCustomer("c-1", "+12125550123", null, null, null,
                    "Europe/Paris", null, null, null)).record());
            store.upsert("acme", parser.parse(new RawCustomer("c-1", "+12125550123", null, null, null,
                    null, null, null, null)).record());
            CustomerProfile p = store.getByExternalId("acme", "c-1").orElseThrow();
            assertThat(p.timezone()).isEqualTo("Europe/Paris");
            assertThat(p.timezoneSource()).isEqualTo(TimezoneSource.EXPLICIT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void everyOperationIsScopedByTenant(TestDatabase db) {
        try (db) {
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            long a = store.upsert("tenant-a", customer("same-id", "vip")).id();
            long b = store.upsert("tenant-b", customer("same-id")).id();
            assertThat(a).isNotEqualTo(b);

            assertThat(store.get("tenant-b", a)).isEmpty();
            assertThat(store.updateTags("tenant-b", a, List.of(Tag.parse("hacked")), List.of("vip"))).isFalse();
            assertThat(store.setDoNotCall("tenant-b", a, true, "x")).isFalse();
            assertThat(store.delete("tenant-b", a)).isFalse();

            CustomerProfile pa = store.get("tenant-a", a).orElseThrow();
            assertThat(pa.tags()).extracting(Tag::name).containsExactly("vip");
            assertThat(pa.doNotCall()).isFalse();
            assertThat(store.getByExternalId("tenant-b", "same-id").orElseThrow().id()).isEqualTo(b);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void tagsAreAddedAndRemoved(TestDatabase db) {
        try (db) {
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            long id = store.upsert("acme", customer("c-1", "vip", "brand:xiaomi")).id();
            assertThat(store.updateTags("acme", id, List.of(Tag.parse("user:interest:phones"), Tag.parse("business:vip")),
                    List.of("BRAND:XIAOMI"))).isTrue();
            assertThat(store.get("acme", id).orElseThrow().tags()).containsExactly(
                    new Tag(TagKind.USER, "interest:phones"), new Tag(TagKind.BUSINESS, "vip"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void doNotCallRecordsReasonAndTimeAndCanBeCleared(TestDatabase db) {
        try (db) {
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            long id = store.upsert("acme", customer("c-1")).id();
            assertThat(store.setDoNotCall("acme", id, true, "asked on call 42")).isTrue();
            CustomerProfile p = store.get("acme", id).orElseThrow();
            assertThat(p.doNotCall()).isTrue();
            assertThat(p.doNotCallReason()).isEqualTo("asked on call 42");
            assertThat(p.doNotCallAt()).isEqualTo(NOW);

            store.setDoNotCall("acme", id, false, null);
            p = store.get("acme", id).orElseThrow();
            assertThat(p.doNotCall()).isFalse();
            assertThat(p.doNotCallReason()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void callOutcomeJoinsTheCallersTransaction(TestDatabase db) throws Exception {
        try (db) {
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            long id = store.upsert("acme", customer("c-1", "prospect")).id();
            Instant calledAt = Instant.parse("2026-11-28T10:15:00Z");
            Instant callback = Instant.parse("2026-11-29T09:00:00Z");
            var update = new CallOutcomeUpdate(calledAt, "opted_out", callback, List.of(Tag.parse("opted-out")),
                    List.of("prospect"), Map.of("offer_status", "declined", "score", new BigDecimal("3")), true,
                    "customer said stop");

            try (Connection c = db.database().dataSource().getConnection()) {
                c.setAutoCommit(false);
                assertThat(store.recordCallOutcome(c, "acme", id, update)).isTrue();
                c.rollback();
            }
            CustomerProfile untouched = store.get("acme", id).orElseThrow();
            assertThat(untouched.lastOutcome()).isNull();
            assertThat(untouched.tags()).extracting(Tag::name).containsExactly("prospect");

            try (Connection c = db.database().dataSource().getConnection()) {
                c.setAutoCommit(false);
                assertThat(store.recordCallOutcome(c, "acme", id, update)).isTrue();
                assertThat(store.recordCallOutcome(c, "other-tenant", id, update)).isFalse();
                c.commit();
            }
            CustomerProfile p = store.get("acme", id).orElseThrow();
            assertThat(p.lastCalledAt()).isEqualTo(calledAt);
            assertThat(p.lastOutcome()).isEqualTo("opted_out");
            assertThat(p.callbackAt()).isEqualTo(callback);
            assertThat(p.doNotCall()).isTrue();
            assertThat(p.doNotCallReason()).isEqualTo("customer said stop");
            assertThat(p.tags()).extracting(Tag::name).containsExactly("opted-out");
            assertThat(p.attributes()).containsEntry("offer_status", "declined");
            assertThat(new AudienceQuery(db.database().dataSource(), CLOCK).count("acme", new io.callbot.campaign.Audience(
                    null, List.of(new io.callbot.campaign.AttributeCondition("score",
                            io.callbot.campaign.AttributeCondition.Operator.EQ, new BigDecimal("3"))), null),
                    AudienceQuery.Options.DEFAULT.withDoNotCall(true))).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void deleteRemovesTheProfileWithItsTagsAndAttributes(TestDatabase db) throws Exception {
        try (db) {
            CustomerStore store = new CustomerStore(db.database().dataSource(), CLOCK);
            long id = store.upsert("acme", customer("c-1", "+12125550123", Map.of("k", "v"), "vip")).id();
            assertThat(store.delete("acme", id)).isTrue();
            assertThat(store.get("acme", id)).isEmpty();
            try (Connection c = db.database().dataSource().getConnection();
                    var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM customer_filter")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }
}
