package io.callbot.simulate;

import io.callbot.dialog.engine.Event;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The caller's side of a simulated call, one typed or scripted line at a time: an empty line is silence (no
 * input), a single key {@code 0-9 * #} is a key press, {@code /hangup} hangs up, anything else is speech.
 * Not thread-safe: used by the simulation's one thread.
 */
public final class SimulationInput {
    private final BufferedReader lines;
    private final PrintWriter echo;
    private final boolean interactive;

    /**
     * @param interactive true when a person types (print the {@code you> } prompt only), false for a script
     *                    (echo each scripted line so the output reads as a conversation)
     */
    public SimulationInput(BufferedReader lines, PrintWriter echo, boolean interactive) {
        this.lines = lines;
        this.echo = echo;
        this.interactive = interactive;
    }

    boolean interactive() {
        return interactive;
    }

    /** The caller's next line, or empty at the end of the input. */
    Optional<String> nextLine() throws IOException {
        echo.print("you> ");
        echo.flush();
        String line = lines.readLine();
        if (line == null) {
            echo.println();
            return Optional.empty();
        }
        if (!interactive) {
            echo.println(line);
        }
        return Optional.of(line.strip());
    }

    /** What a line means on the call. */
    static Event toEvent(String line) {
        if (line.isEmpty()) {
            return new Event.NoInputTimeout();
        }
        if (line.equalsIgnoreCase("/hangup")) {
            return new Event.Hangup();
        }
        if (line.matches("[0-9*#]")) {
            return new Event.Dtmf(line);
        }
        return Event.Speech.heard(line, 1.0);
    }
}
