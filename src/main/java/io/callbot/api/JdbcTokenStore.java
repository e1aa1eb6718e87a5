package io.callbot.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * API tokens in table {@code api_token}: only the SHA-256 of each token is stored; lookups hash the presented token
 * and compare hashes in constant time. Thread-safe; each call uses its own connection.
 */
public final class JdbcTokenStore implements Authenticator {
    private final DataSource db;
    private final JdbcTenantStore tenants;
    private final Clock clock;

    public JdbcTokenStore(DataSource db, Clock clock) {
        this.db = db;
        this.tenants = new JdbcTenantStore(db);
        this.clock = clock;
    }

    public IssuedToken create(String tenantId, TokenRole role) {
        return create(tenantId, role, null);
    }

    /** @param name who or what uses the token (audit lines name it), or null */
    public IssuedToken create(String tenantId, TokenRole role, String name) {
        if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}")) {
            throw new IllegalArgumentException("token name must be 1-64 of letters, digits, '_', '.', '@' or '-', was '"
                    + name + "'");
        }
        tenants.find(tenantId).orElseThrow(() -> new IllegalArgumentException("tenant '" + tenantId
                + "' does not exist; create it with --parent, e.g. --parent platform for a merchant"));
        String token = TokenHashing.newToken();
        TokenInfo info = new TokenInfo(UUID.randomUUID().toString(), tenantId, role, clock.instant(), null);
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO api_token (id, tenant_id, role, token_hash,"
                     + " created_at, name) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, info.id());
            ps.setString(2, tenantId);
            ps.setString(3, role.name());
            ps.setString(4, TokenHashing.hash(token));
            ps.setTimestamp(5, Timestamp.from(info.createdAt()));
            ps.setString(6, name);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store token: " + e.getMessage(), e);
        }
        return new IssuedToken(info, token);
    }

    /** Revokes a token; false when no valid token has that id. */
    public boolean revoke(String id) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot revoke token " + id + ": " + e.getMessage(), e);
        }
    }

    public List<TokenInfo> list() {
        try (Connection c = db.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT id, tenant_id, role, created_at, revoked_at"
                     + " FROM api_token ORDER BY created_at, id")) {
            List<TokenInfo> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new TokenInfo(rs.getString(1), rs.getString(2), TokenRole.valueOf(rs.getString(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list tokens: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Caller> authenticate(String rawToken) {
        if (rawToken == null || !rawToken.startsWith(TokenHashing.PREFIX)) {
            return Optional.empty();
        }
        String hash = TokenHashing.hash(rawToken);
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, tenant_id, role, token_hash, name FROM api_token"
                     + " WHERE token_hash = ? AND revoked_at IS NULL")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !TokenHashing.sameHash(hash, rs.getString(4))) {
                    return Optional.empty();
                }
                String tenantId = rs.getString(2);
                List<Tenant> all = tenants.all();
                Tenant tenant = all.stream().filter(t -> t.id().equals(tenantId)).findFirst().orElseThrow();
                String name = rs.getString(5);
                return Optional.of(new Caller(rs.getString(1), name != null ? name : rs.getString(1),
                        TenantScope.of(tenant, all), TokenRole.valueOf(rs.getString(3))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check token: " + e.getMessage(), e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
