package io.callbot.webhook;

import java.util.List;
import java.util.Set;

/**
 * Which tenants an operation may touch: all of them (operator CLI, platform) or an explicit set (a merchant and its
 * sub-merchants, as the API resolves them). Immutable.
 */
public record TenantFilter(Set<String> tenants) {

    private static final TenantFilter ALL = new TenantFilter(null);

    public TenantFilter {
        tenants = tenants == null ? null : Set.copyOf(tenants);
    }

    public static TenantFilter all() {
        return ALL;
    }

    public static TenantFilter of(String... tenants) {
        if (tenants.length == 0) {
            throw new IllegalArgumentException("tenant scope needs at least one tenant (use TenantFilter.all())");
        }
        return new TenantFilter(Set.of(tenants));
    }

    public boolean isAll() {
        return tenants == null;
    }

    /** {@code ""} or {@code " AND tenant IN (?, ?)"}; bind {@link #parameters()} after the statement's own ones. */
    String sqlFilter() {
        return isAll() ? "" : " AND tenant IN (" + String.join(", ", tenants.stream().map(t -> "?").toList()) + ")";
    }

    List<String> parameters() {
        return isAll() ? List.of() : tenants.stream().sorted().toList();
    }
}
