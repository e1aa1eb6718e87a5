package io.callbot.api;

import io.callbot.schedule.CampaignFunnel;
import io.callbot.schedule.FunnelStage;

/** A campaign's funnel counts, each stage a subset of the one before (opted out aside). Immutable value. */
public record Funnel(long targeted, long dialed, long answered, long human, long completed, long converted,
                     long optedOut) {

    public static final Funnel EMPTY = new Funnel(0, 0, 0, 0, 0, 0, 0);

    /** One stage's JSON key, label and definition, as the console shows on hover. Immutable value. */
    public record Stage(String key, String label, String definition) {
    }

    /** The stages in funnel order with their definitions (the ones the funnel query counts by). */
    public static final java.util.List<Stage> STAGES = java.util.Arrays.stream(FunnelStage.values())
            .map(s -> new Stage(s.key(), s.label(), s.definition())).toList();

    public static Funnel of(CampaignFunnel.Counts c) {
        return new Funnel(c.targeted(), c.dialed(), c.answered(), c.human(), c.completed(), c.converted(), c.optedOut());
    }

    public Funnel plus(Funnel o) {
        return new Funnel(targeted + o.targeted, dialed + o.dialed, answered + o.answered, human + o.human,
                completed + o.completed, converted + o.converted, optedOut + o.optedOut);
    }
}
