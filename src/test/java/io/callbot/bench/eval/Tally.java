package io.callbot.bench.eval;

import java.util.Map;
import java.util.TreeMap;

/** Accuracy, opt-outs honoured and false yeses over (label, what the robot did) pairs; one line of summary. */
public final class Tally {

    private int lines;
    private int right;
    private int optOuts;
    private int optOutsHonoured;
    private int falseYes;
    private final Map<String, Integer> missesByLabel = new TreeMap<>();

    /** Counts one line; returns whether the robot did what its label says. */
    public boolean add(String label, String predicted) {
        lines++;
        if (label.equals("opt_out")) {
            optOuts++;
            optOutsHonoured += predicted.equals("opt_out") ? 1 : 0;
        }
        if (predicted.equals("yes") && !label.equals("yes")) {
            falseYes++;
        }
        if (predicted.equals(label)) {
            right++;
            return true;
        }
        missesByLabel.merge(label, 1, Integer::sum);
        return false;
    }

    public double accuracy() {
        return lines == 0 ? 0 : 100.0 * right / lines;
    }

    @Override
    public String toString() {
        return String.format("%d lines, accuracy %.1f %%, opt-out honoured %d of %d, false yes %d, misses %s", lines,
                accuracy(), optOutsHonoured, optOuts, falseYes, missesByLabel);
    }
}
