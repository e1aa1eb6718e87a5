package io.callbot.cli;

import io.callbot.call.TranscriptStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the no-match report grouped by state, states in order of their most frequent answer. Stateless. */
final class ReportNoMatchTable {
    private ReportNoMatchTable() {}

    static void print(String campaignId, String tenant, List<TranscriptStore.NoMatch> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println("No unmatched caller answers for campaign " + campaignId + " (tenant " + tenant + ").");
            out.flush();
            return;
        }
        out.println("Unmatched caller answers, campaign " + campaignId + " (tenant " + tenant + "):");
        Map<String, List<TranscriptStore.NoMatch>> byState = new LinkedHashMap<>();
        for (TranscriptStore.NoMatch r : rows) {
            byState.computeIfAbsent(r.state() == null ? "(no state)" : r.state(), k -> new ArrayList<>()).add(r);
        }
        byState.forEach((state, answers) -> {
            out.println();
            out.println("state " + state + ":");
            for (TranscriptStore.NoMatch a : answers) {
                out.printf("  %6d  \"%s\"%s%n", a.count(), a.text(),
                        a.secondPass() == null ? "" : "  (second pass heard \"" + a.secondPass() + "\")");
            }
        });
        out.flush();
    }
}
