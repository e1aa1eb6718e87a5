package io.callbot.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The import's first check: the tenant it imports into exists. Stateless. */
final class ImportTenant {
    private ImportTenant() {}

    /** Customers of a tenant nobody can log in as, or see, would be lost: the tenant must exist first. */
    static void check(DataSource dataSource, String input, String tenant) throws ImportException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM tenant WHERE id = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ImportException(input, 0, "tenant", "tenant '" + tenant + "' does not exist; create it"
                            + " first (a merchant under the platform, or a sub-merchant under its merchant)");
                }
            }
        } catch (SQLException e) {
            throw new ImportException(input, 0, "tenant", "cannot check tenant '" + tenant + "': "
                    + DatabaseRefusal.reason(e), e);
        }
    }
}
