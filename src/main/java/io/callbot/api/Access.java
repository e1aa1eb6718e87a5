package io.callbot.api;

/**
 * The API's tenancy rules in one place (documented in docs/api.md): the platform reads only aggregates, READ tokens
 * change nothing, and everything else is filtered by the caller's scope in the ports. Stateless.
 */
final class Access {
    private Access() {}

    /** The scope for an endpoint that shows or changes individual resources; the platform is refused. */
    static TenantScope resources(ApiRequest r) {
        if (r.caller().scope().isPlatform()) {
            throw new ApiException(403, "aggregates_only",
                    "a platform token sees aggregates only (GET /api/v1/stats); use a merchant's token for its data");
        }
        return r.caller().scope();
    }

    /**
     * The scope narrowed to {@code ?tenant=} when the request gives one: campaign ids are unique per tenant only, so a
     * merchant whose sub-merchants use the same id names the one it means; 404 for a tenant the caller does not see.
     */
    static TenantScope narrowed(TenantScope scope, ApiRequest r) {
        String tenant = r.queryParam("tenant");
        if (tenant == null) {
            return scope;
        }
        return scope.only(tenant).orElseThrow(() -> ApiException.notFound("tenant", tenant));
    }

    /** As {@link #resources}, and the token must have the ADMIN role. */
    static TenantScope changes(ApiRequest r) {
        TenantScope scope = resources(r);
        if (r.caller().role() != TokenRole.ADMIN) {
            throw new ApiException(403, "read_only_token", "this token has role READ; changes need an ADMIN token");
        }
        return scope;
    }
}
