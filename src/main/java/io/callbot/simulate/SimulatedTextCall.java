package io.callbot.simulate;

import io.callbot.dialog.engine.Action;
import io.callbot.dialog.engine.Dialog;
import io.callbot.dialog.engine.Event;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Runs one dialog in text: prints the robot's lines, feeds the caller's lines as events, and treats each
 * playback as finished at once. Not thread-safe: one simulation per instance, on the caller's thread.
 */
public final class SimulatedTextCall {
    private final Dialog dialog;
    private final PrintWriter out;
    private final SimulationEffects effects = new SimulationEffects();
    private final Deque<Event> pending = new ArrayDeque<>();

    public SimulatedTextCall(Dialog dialog, PrintWriter out) {
        this.dialog = dialog;
        this.out = out;
    }

    /** Plays the call to its end (or to the end of the input, which hangs up). */
    public void run(SimulationInput input) throws IOException {
        feed(new Event.CallAnswered());
        while (!dialog.ended()) {
            Optional<String> line = input.nextLine();
            if (line.isEmpty()) {
                out.println("(end of input: the caller hangs up)");
                feed(new Event.Hangup());
            } else {
                feed(SimulationInput.toEvent(line.get()));
            }
        }
    }

    /** Handles an event and every playback-finished event its actions lead to. */
    void feed(Event first) {
        pending.add(first);
        while (!pending.isEmpty()) {
            perform(dialog.on(pending.poll()));
        }
        out.flush();
    }

    private void perform(List<Action> actions) {
        for (Action a : actions) {
            effects.apply(a);
            if (a instanceof Action.Play p) {
                out.println("robot: " + p.text());
                pending.add(new Event.PlaybackFinished(p.playId()));
            } else if (a instanceof Action.Transfer t) {
                out.println("robot: [transfers the call to " + t.target() + "]");
            } else if (a instanceof Action.Hangup) {
                out.println("robot: [hangs up]");
            }
        }
    }

    public SimulationEffects effects() {
        return effects;
    }

    public Dialog dialog() {
        return dialog;
    }
}
