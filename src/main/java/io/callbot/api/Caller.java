package io.callbot.api;

/** An authenticated API caller: which token, which tenant scope, which role. Immutable value. */
public record Caller(String tokenId, TenantScope scope, Role role) {

    public String tenantId() {
        return scope.caller().id();
    }
}
