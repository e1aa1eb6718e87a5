package io.callbot.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Creates merchant tenants for tests: an import refuses a tenant that does not exist. */
public final class TestTenants {
    private TestTenants() {}

    /** Creates each tenant as a merchant under the platform, unless it exists. */
    public static void ensure(DataSource db, String... ids) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO tenant (id, parent_id, kind) SELECT ?,"
                        + " 'platform', 'MERCHANT' WHERE NOT EXISTS (SELECT 1 FROM tenant WHERE id = ?)")) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.setString(2, id);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test tenants: " + e.getMessage(), e);
        }
    }
}
