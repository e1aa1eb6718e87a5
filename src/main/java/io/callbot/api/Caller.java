package io.callbot.api;

/**
 * An authenticated API caller: which token (id and name), which tenant scope, which role. Immutable value.
 *
 * @param tokenName the name given at creation ({@code tokens create --name}), else the token id
 */
public record Caller(String tokenId, String tokenName, TenantScope scope, TokenRole role) {

    public Caller(String tokenId, TenantScope scope, TokenRole role) {
        this(tokenId, tokenId, scope, role);
    }

    public String tenantId() {
        return scope.caller().id();
    }
}
