package io.callbot.api;

import io.callbot.customer.ImportFormat;
import io.callbot.customer.Tag;
import java.util.Set;

/** Customer endpoints: import, get, tags, do-not-call, "why not called". Stateless; handlers run on the API pool. */
final class CustomerRoutes {
    private final CustomerPort customers;

    CustomerRoutes(CustomerPort customers) {
        this.customers = customers;
    }

    /** Body of {@code POST /customers/{id}/tags}. */
    record TagChange(Set<String> add, Set<String> remove) {
    }

    /** Body of {@code PUT /customers/{id}/do-not-call} (optional). */
    record DoNotCall(String reason) {
    }

    void register(Router router) {
        String base = ApiServer.PREFIX + "/customers";
        router.add("POST", base + "/import", true, this::importCustomers);
        router.add("GET", base + "/{id}", true, r -> Json.ok(customers.get(Access.resources(r), r.param("id"))
                .orElseThrow(() -> notFound(r))));
        router.add("POST", base + "/{id}/tags", true, this::tags);
        router.add("PUT", base + "/{id}/do-not-call", true, this::addDoNotCall);
        router.add("DELETE", base + "/{id}/do-not-call", true, r -> Json.ok(
                customers.setDoNotCall(Access.changes(r), r.param("id"), false, null).orElseThrow(() -> notFound(r))));
        router.add("GET", base + "/{id}/why", true, this::why);
    }

    private ApiResponse importCustomers(ApiRequest r) {
        TenantScope scope = Access.changes(r);
        String ct = r.contentType() == null ? "" : r.contentType();
        ImportFormat format;
        if (ct.startsWith("text/csv")) {
            format = ImportFormat.CSV;
        } else if (ct.startsWith("application/x-ndjson") || ct.startsWith("application/jsonl")) {
            format = ImportFormat.JSONL;
        } else {
            throw new ApiException(415, "unsupported_media_type", "send customers as Content-Type: text/csv"
                    + " (header row first) or application/x-ndjson (one JSON object per line), was "
                    + (ct.isEmpty() ? "none" : ct));
        }
        if (r.body().length == 0) {
            throw ApiException.badRequest("import body is empty; send at least a header row or one JSON line");
        }
        ImportReport report = customers.importCustomers(scope.caller().id(), format, r.body());
        if (report.completed()) {
            return Json.ok(report);
        }
        // a body that stopped early is not a success, even though the rows before the problem were imported:
        // the error names the line, the rest of the body is the report of what did happen
        var body = Json.mapper().createObjectNode();
        body.putObject("error").put("code", "import_stopped").put("message", "line " + report.stoppedAt().line()
                + ": " + report.stoppedAt().message());
        body.setAll((com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().valueToTree(report));
        return Json.response(422, body);
    }

    private ApiResponse tags(ApiRequest r) {
        TenantScope scope = Access.changes(r);
        TagChange change = Json.read(r, TagChange.class);
        Set<String> add = change.add() == null ? Set.of() : change.add();
        Set<String> remove = change.remove() == null ? Set.of() : change.remove();
        if (add.isEmpty() && remove.isEmpty()) {
            throw ApiException.badRequest("give tags to 'add' and/or 'remove', e.g. {\"add\": [\"vip\"]}");
        }
        for (String t : add) {
            checkTag(t);
        }
        for (String t : remove) {
            checkTag(t);
        }
        return Json.ok(customers.changeTags(scope, r.param("id"), add, remove).orElseThrow(() -> notFound(r)));
    }

    /** The customer store's one tag rule, as for imports and campaigns. */
    private static void checkTag(String tag) {
        try {
            Tag.parse(tag);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "invalid_tag", e.getMessage());
        }
    }

    /** The longest do-not-call reason stored (customer.do_not_call_reason). */
    static final int MAX_REASON_CHARS = 500;

    private ApiResponse addDoNotCall(ApiRequest r) {
        TenantScope scope = Access.changes(r);
        String reason = "api";
        if (r.body().length > 0) {
            DoNotCall body = Json.read(r, DoNotCall.class);
            if (body == null) {
                throw ApiException.badRequest("the body must be a JSON object such as {\"reason\": \"asked by email\"}"
                        + " or empty, was null; nothing was changed");
            }
            if (body.reason() != null && body.reason().length() > MAX_REASON_CHARS) {
                throw ApiException.badRequest("reason must be at most " + MAX_REASON_CHARS + " characters, was "
                        + body.reason().length() + "; nothing was changed");
            }
            reason = body.reason() == null ? "api" : body.reason();
        }
        return Json.ok(customers.setDoNotCall(scope, r.param("id"), true, reason).orElseThrow(() -> notFound(r)));
    }

    private ApiResponse why(ApiRequest r) {
        String campaign = r.queryParam("campaign");
        if (campaign == null || campaign.isBlank()) {
            throw ApiException.badRequest("query parameter 'campaign' is required, e.g. ?campaign=renewals");
        }
        return Json.ok(customers.whyNotCalled(Access.resources(r), r.param("id"), campaign)
                .orElseThrow(() -> new ApiException(404, "not_found",
                        "no customer '" + r.param("id") + "' or campaign '" + campaign + "' for this token")));
    }

    private static ApiException notFound(ApiRequest r) {
        return ApiException.notFound("customer", r.param("id"));
    }
}
