package io.callbot.cli;

import io.callbot.customer.ImportListener;
import io.callbot.customer.ImportProblem;
import java.io.PrintStream;

/**
 * Shows an import on stderr: problems as they come (the first {@value #MAX_PRINTED}), and progress as a bar
 * redrawn in place when stderr is a terminal, or a plain line every few seconds otherwise (logs, CI).
 * Runs on the import thread.
 */
final class ImportProgress implements ImportListener {
    static final int MAX_PRINTED = 200;
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastPlain = System.nanoTime();
    private long printed;
    private boolean barShown;

    ImportProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void problem(ImportProblem problem) {
        printed++;
        if (printed <= MAX_PRINTED) {
            clearBar();
            err.println((problem.warning() ? "warning: " : "rejected: ") + problem);
        } else if (printed == MAX_PRINTED + 1) {
            clearBar();
            err.println("(more problems not shown; the summary counts them all)");
        }
    }

    @Override
    public void progress(long rows, long bytesRead, long totalBytes) {
        long now = System.nanoTime();
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        int percent = totalBytes <= 0 ? 100 : (int) Math.min(100, bytesRead * 100 / totalBytes);
        String rate = String.format("%,d rows, %,.0f rows/s", rows, rows / seconds);
        if (terminal) {
            int filled = percent * BAR_WIDTH / 100;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + percent + "% " + rate);
            err.flush();
            barShown = true;
        } else if (now - lastPlain >= PLAIN_EVERY_NANOS) {
            err.println("import: " + percent + "% " + rate);
            lastPlain = now;
        }
    }

    /** Ends the bar's line so later output starts clean. */
    void finish() {
        clearBar();
    }

    private void clearBar() {
        if (barShown) {
            err.println();
            barShown = false;
        }
    }
}
