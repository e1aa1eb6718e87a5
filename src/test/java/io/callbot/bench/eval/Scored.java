package io.callbot.bench.eval;

/** One corpus line played with one voice over one line condition, and what the robot made of it. A value. */
record Scored(CorpusLine line, String voice, String noise, TurnResult result) {

    boolean correct() {
        return line.intent().equals(result.predicted());
    }

    /** An opt-out honoured: the dialog ended on the opt-out, directly or after confirming it. */
    boolean optOutHonoured() {
        return result.predicted().equals("opt_out");
    }

    boolean falseYes() {
        return result.predicted().equals("yes") && !line.intent().equals("yes");
    }
}
