package io.callbot.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Call listing (keyset-paged) and its CSV export, one call, its recording, live calls (a snapshot or a stream of
 * server-sent events). Stateless apart from the live feed; handlers run on the API pool.
 */
final class CallRoutes {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final CallPort calls;
    private final LiveCallFeed feed;

    CallRoutes(CallPort calls, LiveCallFeed feed) {
        this.calls = calls;
        this.feed = feed;
    }

    void register(Router router) {
        String base = ApiServer.PREFIX + "/calls";
        router.add("GET", base, true, this::list);
        router.add("GET", base + "/export", true, r -> CallExport.csv(calls, Access.narrowed(Access.resources(r), r), query(r),
                "calls-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".csv"));
        router.add("GET", base + "/live", true, r -> Json.ok(Map.of("calls", calls.live(Access.resources(r)))));
        router.add("GET", base + "/live/stream", true, r -> ApiResponse.events(feed.subscribe(Access.resources(r))));
        router.add("GET", base + "/{id}", true, r -> Json.ok(calls.get(Access.resources(r), callId(r))
                .orElseThrow(() -> ApiException.notFound("call", r.param("id")))));
        router.add("GET", base + "/{id}/recording", true, this::recording);
    }

    private ApiResponse list(ApiRequest r) {
        TenantScope scope = Access.narrowed(Access.resources(r), r);
        CallPage page = calls.list(scope, query(r));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("calls", page.calls());
        body.put("next", page.next() == null ? null : page.next().encode());
        return Json.ok(body);
    }

    private static CallQuery query(ApiRequest r) {
        return new CallQuery(blankToNull(r.queryParam("campaign")), blankToNull(r.queryParam("result")),
                blankToNull(r.queryParam("outcome")), QueryParams.instant(r, "from", null),
                QueryParams.instant(r, "to", null), cursor(r),
                QueryParams.integer(r, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                QueryParams.storeId(r, "customer"), blankToNull(r.queryParam("q")));
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    private ApiResponse recording(ApiRequest r) throws IOException {
        Path wav = calls.recording(Access.resources(r), callId(r))
                .orElseThrow(() -> new ApiException(404, "not_found", "no recording for call '" + r.param("id")
                        + "' for this token"));
        return ApiResponse.file("audio/wav", wav);
    }

    private static UUID callId(ApiRequest r) {
        try {
            return UUID.fromString(r.param("id"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(404, "not_found", "no call '" + r.param("id") + "'; call ids are UUIDs");
        }
    }

    private static CallCursor cursor(ApiRequest r) {
        String v = r.queryParam("cursor");
        try {
            return v == null || v.isEmpty() ? null : CallCursor.decode(v);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_cursor", "query parameter 'cursor' must be the 'next' value of a"
                    + " previous page");
        }
    }
}
