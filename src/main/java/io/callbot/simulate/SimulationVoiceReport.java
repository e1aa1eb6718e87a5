package io.callbot.simulate;

import io.callbot.call.CallRecord;
import io.callbot.dialog.engine.TranscriptEntry;
import java.io.PrintWriter;
import java.util.List;

/** Prints a voice simulation's call: robot lines, and for each caller line what was typed and what Vosk heard. Stateless. */
final class SimulationVoiceReport {
    private SimulationVoiceReport() {}

    static void print(CallRecord record, List<String> typed, PrintWriter out) {
        List<String> said = typed.stream().filter(l -> !l.isEmpty() && !l.equalsIgnoreCase("/hangup")).toList();
        int next = 0;
        out.println();
        for (TranscriptEntry e : record.transcript()) {
            if (e.speaker() == TranscriptEntry.Speaker.ROBOT) {
                out.println("robot: " + e.text());
                continue;
            }
            String typedLine = next < said.size() ? said.get(next++) : "?";
            boolean misheard = !e.keyed() && !normalize(typedLine).equals(normalize(e.text()));
            out.printf("you typed: %s%n  heard: %s (confidence %.2f, intent %s)%s%n", typedLine, e.text(),
                    e.confidence(), e.intent() == null ? "none" : e.intent(), misheard ? (e.intent() == null ? "  <-- MISHEARD, no intent" : "  <-- words differ") : "");
            if (e.secondPass() != null) {
                out.printf("  second pass heard: %s%n", e.secondPass());
            }
        }
        out.println();
        out.println("state path: " + String.join(" > ", record.statePath()));
        out.println("outcome: " + (record.outcome() == null ? "(none)" : record.outcome()));
        out.println("ended: " + record.endReason().code() + " (media: " + record.mediaEnd() + ")");
        out.println("profile changes (not applied; simulation touches no customer):");
        out.println("  tags added: " + (record.addTags().isEmpty() ? "-" : String.join(", ", record.addTags())));
        out.println("  tags removed: " + (record.removeTags().isEmpty() ? "-" : String.join(", ", record.removeTags())));
        out.println("  fields set: " + (record.setFields().isEmpty() ? "-" : record.setFields().toString()));
        out.println("  do-not-call: " + (record.doNotCall() ? "yes" : "no"));
        out.println("  callback: " + (record.callbackAt() == null ? "-" : record.callbackAt().toString()));
        out.flush();
    }

    private static String normalize(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").strip();
    }
}
