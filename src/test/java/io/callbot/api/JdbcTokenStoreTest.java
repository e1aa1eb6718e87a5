package io.callbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tokens are stored hashed, authenticate to the right scope, and stop working when revoked: on H2 and PostgreSQL. */
class JdbcTokenStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void databaseNeverHoldsTheRawToken(TestDatabase db) throws Exception {
        try (db) {
            new JdbcTenantStore(db.database().dataSource()).create("acme", "platform");
            JdbcTokenStore store = new JdbcTokenStore(db.database().dataSource(), CLOCK);
            IssuedToken issued = store.create("acme", TokenRole.ADMIN);
            List<String> cells = allCells(db, "api_token");
            assertThat(cells).noneMatch(c -> c != null && c.contains(issued.token().substring(4)));
            assertThat(cells).contains(TokenHashing.hash(issued.token()));
            assertThat(issued.toString()).doesNotContain(issued.token());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void tokenAuthenticatesToItsTenantsScopeUntilRevoked(TestDatabase db) {
        try (db) {
            JdbcTenantStore tenants = new JdbcTenantStore(db.database().dataSource());
            tenants.create("acme", "platform");
            tenants.create("acme-east", "acme");
            tenants.create("globex", "platform");
            JdbcTokenStore store = new JdbcTokenStore(db.database().dataSource(), CLOCK);
            IssuedToken acme = store.create("acme", TokenRole.READ);
            IssuedToken east = store.create("acme-east", TokenRole.ADMIN);

            Caller caller = store.authenticate(acme.token()).orElseThrow();
            assertThat(caller.role()).isEqualTo(TokenRole.READ);
            assertThat(caller.scope().tenantIds()).containsExactlyInAnyOrder("acme", "acme-east");
            assertThat(store.authenticate(east.token()).orElseThrow().scope().tenantIds()).containsExactly("acme-east");
            assertThat(store.authenticate(acme.token() + "x")).isEmpty();
            assertThat(store.authenticate("not-a-token")).isEmpty();

            assertThat(store.revoke(acme.info().id())).isTrue();
            assertThat(store.revoke(acme.info().id())).isFalse();
            assertThat(store.authenticate(acme.token())).isEmpty();
            assertThat(store.list()).extracting(TokenInfo::id, t -> t.revokedAt() != null)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(acme.info().id(), true),
                            org.assertj.core.groups.Tuple.tuple(east.info().id(), false));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void tenancyTreeHasThreeLevels(TestDatabase db) {
        try (db) {
            JdbcTenantStore tenants = new JdbcTenantStore(db.database().dataSource());
            assertThat(tenants.create("acme", "platform").kind()).isEqualTo(TenantKind.MERCHANT);
            assertThat(tenants.create("acme-east", "acme").kind()).isEqualTo(TenantKind.SUB_MERCHANT);
            assertThatThrownBy(() -> tenants.create("deeper", "acme-east")).hasMessageContaining("sub-merchant");
            assertThatThrownBy(() -> tenants.create("x", "nobody")).hasMessageContaining("'nobody' does not exist");
            assertThatThrownBy(() -> new JdbcTokenStore(db.database().dataSource(), CLOCK).create("ghost", TokenRole.ADMIN))
                    .hasMessageContaining("tenant 'ghost' does not exist");
        }
    }

    private static List<String> allCells(TestDatabase db, String table) throws Exception {
        List<String> cells = new ArrayList<>();
        try (Connection c = db.database().dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    cells.add(rs.getString(i));
                }
            }
        }
        return cells;
    }
}
