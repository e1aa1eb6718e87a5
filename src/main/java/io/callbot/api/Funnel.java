package io.callbot.api;

/** A campaign's funnel counts, each stage a subset of the one before (opted out aside). Immutable value. */
public record Funnel(long targeted, long dialed, long answered, long human, long completed, long converted,
                     long optedOut) {

    public static final Funnel EMPTY = new Funnel(0, 0, 0, 0, 0, 0, 0);

    public Funnel plus(Funnel o) {
        return new Funnel(targeted + o.targeted, dialed + o.dialed, answered + o.answered, human + o.human,
                completed + o.completed, converted + o.converted, optedOut + o.optedOut);
    }
}
