package io.callbot.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tenants a caller may see: a merchant sees itself and its sub-merchants, a sub-merchant only itself, the
 * platform every tenant (but only through aggregate endpoints, enforced by the API). Every read port must return
 * only rows whose tenant is in {@link #tenantIds()}. Immutable value.
 */
public record TenantScope(Tenant caller, Map<String, Tenant> visible) {

    public TenantScope {
        visible = Collections.unmodifiableMap(new LinkedHashMap<>(visible));
    }

    /** The scope of {@code caller} within the whole tree {@code all}. */
    public static TenantScope of(Tenant caller, List<Tenant> all) {
        Map<String, Tenant> visible = new LinkedHashMap<>();
        visible.put(caller.id(), caller);
        for (Tenant t : all) {
            if (caller.kind() == TenantKind.PLATFORM
                    || (caller.kind() == TenantKind.MERCHANT && caller.id().equals(t.parentId()))) {
                visible.put(t.id(), t);
            }
        }
        return new TenantScope(caller, visible);
    }

    public Set<String> tenantIds() {
        return visible.keySet();
    }

    public boolean sees(String tenantId) {
        return visible.containsKey(tenantId);
    }

    /**
     * This scope narrowed to {@code tenant} (the caller stays who it is), or empty when the scope does not see it.
     */
    public java.util.Optional<TenantScope> only(String tenant) {
        Tenant t = visible.get(tenant);
        return t == null ? java.util.Optional.empty() : java.util.Optional.of(new TenantScope(caller, Map.of(tenant, t)));
    }

    public boolean isPlatform() {
        return caller.kind() == TenantKind.PLATFORM;
    }
}
