package io.callbot.api;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The calls of a listing as CSV (RFC 4180, header row, UTC ISO-8601 times), walked page by page with the listing's
 * own keyset cursor, at most {@value #MAX_ROWS} rows (the {@code X-Callbot-Truncated: true} header says when more
 * matched). Stateless.
 */
final class CallExport {
    static final int MAX_ROWS = 100_000;
    static final String[] HEADER = {"call_id", "tenant", "campaign", "customer_crm_id", "customer_name",
        "customer_phone_masked", "customer_timezone", "attempt", "result", "outcome", "started_at", "ended_at",
        "duration_seconds"};

    private CallExport() {}

    static ApiResponse csv(CallPort calls, TenantScope scope, CallQuery query, String filename) throws IOException {
        StringWriter out = new StringWriter();
        boolean truncated = false;
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            int rows = 0;
            CallQuery page = query.withPage(null, CallRoutes.MAX_LIMIT);
            while (true) {
                CallPage result = calls.list(scope, page);
                for (CallSummary c : result.calls()) {
                    if (rows++ == MAX_ROWS) {
                        truncated = true;
                        break;
                    }
                    CustomerCard who = c.customer();
                    csv.printRecord(c.id(), c.tenant(), c.campaignId(), who == null ? "" : who.externalId(),
                            who == null ? "" : who.name(), who == null ? "" : who.phoneMasked(),
                            who == null ? "" : who.timezone(), c.attemptNo(), c.result(), c.outcome(), iso(c.startedAt()),
                            iso(c.endedAt()), c.durationMillis() / 1000.0);
                }
                if (truncated || result.next() == null) {
                    break;
                }
                page = page.withPage(result.next(), CallRoutes.MAX_LIMIT);
            }
        }
        return ApiResponse.text(200, "text/csv; charset=utf-8", out.toString())
                .withHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .withHeader("X-Callbot-Truncated", Boolean.toString(truncated));
    }

    private static String iso(Instant t) {
        return t == null ? "" : t.toString();
    }
}
