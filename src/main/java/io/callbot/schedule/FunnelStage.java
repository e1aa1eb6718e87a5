package io.callbot.schedule;

import java.util.Locale;

/**
 * The stages of a campaign's funnel, in order, each counting distinct customers of the campaign, each a subset of
 * the one before (opted out aside). The definitions are shown to marketers (console hover, docs/api.md) and are
 * exactly what {@link CampaignFunnel} counts. Immutable.
 */
public enum FunnelStage {
    TARGETED("targeted", "Customers the campaign picked to call: at least one attempt was queued for them."),
    DIALED("dialed", "Customers whose call went out to the phone network at least once (the PBX was asked to dial)."),
    ANSWERED("answered", "Customers whose phone was picked up at least once, by a person or an answering machine."),
    HUMAN("human", "Customers reached in person at least once (answered, and not an answering machine)."),
    COMPLETED("completed", "Customers reached in person who stayed until the script ended (the dialog ended with an"
            + " outcome, not a hang-up mid-way)."),
    CONVERTED("converted", "Customers whose call ended in an outcome the campaign marks 'converted: true' (its goal)."),
    OPTED_OUT("optedOut", "Customers who asked not to be called again on a call of this campaign (an outcome with"
            + " 'do_not_call: true', or the opt-out phrase).");

    private final String key;
    private final String definition;

    FunnelStage(String key, String definition) {
        this.key = key;
        this.definition = definition;
    }

    /** The name in JSON and in the demo summary. */
    public String key() {
        return key;
    }

    public String label() {
        String s = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public String definition() {
        return definition;
    }
}
