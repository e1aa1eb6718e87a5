package io.callbot.api;

import java.time.DateTimeException;
import java.time.Instant;

/** Typed query parameters with messages that name the parameter and the rule (400 {@code wrong_type}). Stateless. */
final class QueryParams {
    private QueryParams() {}

    /** An ISO-8601 instant, or {@code otherwise} when absent or blank. */
    static Instant instant(ApiRequest r, String name, Instant otherwise) {
        String v = r.queryParam(name);
        try {
            return v == null || v.isBlank() ? otherwise : Instant.parse(v.trim());
        } catch (DateTimeException e) {
            throw new ApiException(400, "wrong_type", "query parameter '" + name
                    + "' must be an ISO-8601 instant such as 2026-01-31T09:00:00Z, was '" + v + "'");
        }
    }

    /** A customer's store id (a non-negative number), or null when absent or blank. */
    static Long storeId(ApiRequest r, String name) {
        String v = r.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(v.trim());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message below
        }
        throw new ApiException(400, "wrong_type", "query parameter '" + name + "' must be a customer's store id"
                + " (a number), was '" + v + "'");
    }

    /** An integer in {@code min..max}, or {@code otherwise} when absent. */
    static int integer(ApiRequest r, String name, int otherwise, int min, int max) {
        String v = r.queryParam(name);
        if (v == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message below
        }
        throw new ApiException(400, "wrong_type", "query parameter '" + name + "' must be an integer " + min + ".."
                + max + ", was '" + v + "'");
    }
}
