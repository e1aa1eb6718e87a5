package io.callbot.simulate;

import io.callbot.call.CallEffects;
import io.callbot.dialog.engine.Action;
import io.callbot.dialog.engine.Dialog;
import java.io.PrintWriter;

/**
 * The profile changes a simulated dialog asked for (never applied), and the end-of-call summary that prints
 * them. Not thread-safe: used by the simulation's one thread.
 */
public final class SimulationEffects {
    private final CallEffects effects = new CallEffects();

    void apply(Action action) {
        effects.apply(action);
    }

    /** Prints the state path, the outcome and the profile changes the call would make. */
    public void printSummary(Dialog dialog, PrintWriter out) {
        out.println();
        out.println("state path: " + String.join(" > ", dialog.statePath()));
        out.println("outcome: " + dialog.outcome().orElse("(none)"));
        out.println("ended: " + dialog.endReason().map(Enum::name).orElse("not ended"));
        out.println("profile changes (not applied; simulation touches no customer):");
        out.println("  tags added: " + (effects.addTags().isEmpty() ? "-" : String.join(", ", effects.addTags())));
        out.println("  tags removed: " + (effects.removeTags().isEmpty() ? "-" : String.join(", ", effects.removeTags())));
        out.println("  fields set: " + (effects.fields().isEmpty() ? "-" : effects.fields().toString()));
        out.println("  do-not-call: " + (dialog.doNotCall() ? "yes" : "no"));
        out.println("  callback: " + dialog.callback()
                .map(c -> c.at() + (c.requested() ? " (asked by the caller)" : " (default delay)")).orElse("-"));
        out.flush();
    }
}
