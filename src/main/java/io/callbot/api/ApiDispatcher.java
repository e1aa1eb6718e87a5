package io.callbot.api;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes one request, authenticates it, runs its handler and maps every failure to a JSON error. Knows nothing of
 * Netty's channels (only its query-string decoder). Thread-safe; called on the API handler pool.
 */
public final class ApiDispatcher {
    private static final Logger log = LoggerFactory.getLogger(ApiDispatcher.class);
    /** Narrows a merchant token to one tenant it sees (itself or a sub-merchant), as if that tenant's token. */
    public static final String TENANT_HEADER = "X-Callbot-Tenant";
    private static final int MAX_QUERY_PARAMS = 1024;

    private final Router router;
    private final Authenticator authenticator;

    public ApiDispatcher(Router router, Authenticator authenticator) {
        this.router = router;
        this.authenticator = authenticator;
    }

    /** The raw request as read from the wire. */
    public record RawRequest(String method, String uri, String authorization, String contentType, byte[] body,
                             String tenant) {
        public RawRequest(String method, String uri, String authorization, String contentType, byte[] body) {
            this(method, uri, authorization, contentType, body, null);
        }
    }

    public ApiResponse dispatch(RawRequest raw) {
        // the raw path: Route decodes each segment itself, so an encoded '/' stays inside its segment
        QueryStringDecoder uri = new QueryStringDecoder(raw.uri(), StandardCharsets.UTF_8, true, MAX_QUERY_PARAMS,
                true);
        String path = uri.rawPath();
        try {
            Router.Match match = router.find(raw.method(), path);
            if (match.route() == null) {
                return noRoute(raw.method(), path, match);
            }
            Caller caller = match.route().authenticated() ? actingAs(authenticate(raw.authorization()), raw.tenant())
                    : null;
            String ct = raw.contentType() == null ? null : raw.contentType().toLowerCase(java.util.Locale.ROOT);
            ApiRequest request = new ApiRequest(raw.method(), path, match.params(), query(uri), ct,
                    raw.body(), caller);
            return match.route().handler().handle(request);
        } catch (ApiException e) {
            return Json.error(e.status(), e.code(), e.getMessage());
        } catch (Exception e) {
            String incident = UUID.randomUUID().toString();
            log.error("request {} {} failed, incident {}", raw.method(), path, incident, e);
            return Json.error(500, "internal_error",
                    "the server failed to handle this request; report incident " + incident + " to the operator");
        }
    }

    private ApiResponse noRoute(String method, String path, Router.Match match) {
        if (!match.allowedMethods().isEmpty()) {
            return Json.error(405, "method_not_allowed", method + " is not allowed on " + path + "; use "
                    + String.join(" or ", match.allowedMethods()))
                    .withHeader("Allow", String.join(", ", match.allowedMethods()));
        }
        return Json.error(404, "not_found", "no endpoint " + path + "; see /api/v1/openapi.yaml");
    }

    private Caller authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("send an API token as 'Authorization: Bearer <token>'");
        }
        Optional<Caller> caller = authenticator.authenticate(authorization.substring(7).trim());
        return caller.orElseThrow(() -> unauthorized("the API token is unknown or revoked"));
    }

    /**
     * The caller narrowed to the tenant of the {@value #TENANT_HEADER} header: a merchant token switches to one of
     * its sub-merchants (or to itself alone). A tenant the token does not see answers 404, as another tenant's
     * resources do.
     */
    private static Caller actingAs(Caller caller, String tenant) {
        if (tenant == null || tenant.isBlank() || tenant.equals(caller.tenantId()) && caller.scope().visible().size() == 1) {
            return caller;
        }
        if (caller.scope().isPlatform()) {
            // the platform sees aggregates only; switching into a merchant would open its individual rows
            throw new ApiException(403, "aggregates_only", "a platform token cannot switch tenants (header "
                    + TENANT_HEADER + "); use the merchant's own token");
        }
        Tenant target = caller.scope().visible().get(tenant.trim());
        if (target == null) {
            throw new ApiException(404, "not_found", "no tenant '" + tenant.trim() + "' for this token (header "
                    + TENANT_HEADER + "); a merchant's token may switch to itself or its sub-merchants");
        }
        return new Caller(caller.tokenId(), caller.tokenName(), new TenantScope(target, Map.of(target.id(), target)),
                caller.role());
    }

    private static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }

    /** The query's parameters in order, '+' read as a space (HTML forms); ';' is an ordinary character. */
    private static Map<String, List<String>> query(QueryStringDecoder uri) {
        try {
            return uri.parameters();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("query string is not valid URL encoding: " + e.getMessage()
                    + " in '" + uri.rawQuery() + "'");
        }
    }
}
