package io.callbot.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The tenancy tree in table {@code tenant} (migration V40). Thread-safe; each call uses its own connection. */
public final class JdbcTenantStore {
    private final DataSource db;

    public JdbcTenantStore(DataSource db) {
        this.db = db;
    }

    public List<Tenant> all() {
        try (Connection c = db.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT id, parent_id, kind FROM tenant ORDER BY id")) {
            List<Tenant> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Tenant(rs.getString(1), rs.getString(2), TenantKind.valueOf(rs.getString(3))));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read tenants: " + e.getMessage(), e);
        }
    }

    /**
     * Makes sure each id exists, adding the missing ones as merchants under the platform (a campaign file naming a
     * tenant is the operator saying it exists); returns the ids added.
     */
    public List<String> ensureMerchants(java.util.Collection<String> ids) {
        List<String> added = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(ids)) {
            if (find(id).isEmpty()) {
                try {
                    create(id, "platform");
                    added.add(id);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    if (find(id).isEmpty()) {
                        throw e; // not a peer creating it at the same moment
                    }
                }
            }
        }
        return added;
    }

    public Optional<Tenant> find(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * Adds a tenant under {@code parentId}: under the platform it is a merchant, under a merchant a sub-merchant.
     *
     * @throws IllegalArgumentException when the id is taken or malformed, or the parent is missing or a sub-merchant
     */
    public Tenant create(String id, String parentId) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            throw new IllegalArgumentException("tenant id must be 1-64 of a-z, 0-9, '_' or '-', was '" + id + "'");
        }
        if (find(id).isPresent()) {
            throw new IllegalArgumentException("tenant '" + id + "' already exists");
        }
        Tenant parent = find(parentId).orElseThrow(() ->
                new IllegalArgumentException("parent tenant '" + parentId + "' does not exist"));
        TenantKind kind = switch (parent.kind()) {
            case PLATFORM -> TenantKind.MERCHANT;
            case MERCHANT -> TenantKind.SUB_MERCHANT;
            case SUB_MERCHANT -> throw new IllegalArgumentException("'" + parentId
                    + "' is a sub-merchant; sub-merchants cannot have sub-merchants");
        };
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO tenant (id, parent_id, kind) VALUES (?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, parentId);
            ps.setString(3, kind.name());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create tenant " + id + ": " + e.getMessage(), e);
        }
        return new Tenant(id, parentId, kind);
    }
}
