package io.callbot.app;

import io.callbot.dialog.engine.Action;
import io.callbot.dialog.engine.Dialog;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The profile changes a simulated dialog asked for (never applied), and the end-of-call summary that prints
 * them. Not thread-safe: used by the simulation's one thread.
 */
final class SimulationEffects {
    private final Set<String> add = new LinkedHashSet<>();
    private final Set<String> remove = new LinkedHashSet<>();
    private final Map<String, String> fields = new LinkedHashMap<>();

    void apply(Action action) {
        if (action instanceof Action.AddTags a) {
            a.tags().forEach(t -> {
                remove.remove(t);
                add.add(t);
            });
        } else if (action instanceof Action.RemoveTags r) {
            r.tags().forEach(t -> {
                add.remove(t);
                remove.add(t);
            });
        } else if (action instanceof Action.SetProfileFields f) {
            fields.putAll(f.fields());
        }
    }

    /** Prints the state path, the outcome and the profile changes the call would make. */
    void printSummary(Dialog dialog, PrintWriter out) {
        out.println();
        out.println("state path: " + String.join(" > ", dialog.statePath()));
        out.println("outcome: " + dialog.outcome().orElse("(none)"));
        out.println("ended: " + dialog.endReason().map(Enum::name).orElse("not ended"));
        out.println("profile changes (not applied; simulation touches no customer):");
        out.println("  tags added: " + (add.isEmpty() ? "-" : String.join(", ", add)));
        out.println("  tags removed: " + (remove.isEmpty() ? "-" : String.join(", ", remove)));
        out.println("  fields set: " + (fields.isEmpty() ? "-" : fields.toString()));
        out.println("  do-not-call: " + (dialog.doNotCall() ? "yes" : "no"));
        out.println("  callback: " + dialog.callback()
                .map(c -> c.at() + (c.requested() ? " (asked by the caller)" : " (default delay)")).orElse("-"));
        out.flush();
    }
}
