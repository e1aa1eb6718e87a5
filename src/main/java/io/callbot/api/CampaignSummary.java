package io.callbot.api;

import java.time.Instant;
import java.util.List;

/**
 * One campaign as listed. Immutable value.
 *
 * @param kind      why it calls ({@code marketing}, {@code service_notice}, {@code re_engagement})
 * @param state     lifecycle ({@code scheduled}, {@code running}, {@code paused}, {@code completed}, {@code cancelled})
 * @param version   content hash of the running file
 * @param versionNo the running version's number (1 for the first version the servers loaded), null if unknown
 * @param editedAt  when the running version's file was edited, null if unknown
 * @param actions   the commands its state allows now ({@link CampaignControls})
 * @param schedule  when it releases calls and when customers may be called; null if unknown
 */
public record CampaignSummary(String id, String tenant, String name, String kind, String state, String version,
                              Integer versionNo, Instant editedAt, List<String> actions, CampaignSchedule schedule) {
    public CampaignSummary {
        actions = actions == null ? CampaignControls.allowed(state) : List.copyOf(actions);
    }

    /** A campaign with only the basics known (tests, ports without version history). */
    public static CampaignSummary basic(String id, String tenant, String name, String state, String version) {
        return new CampaignSummary(id, tenant, name, null, state, version, null, null, null, null);
    }

    public CampaignSummary withState(String newState) {
        return new CampaignSummary(id, tenant, name, kind, newState, version, versionNo, editedAt, null, schedule);
    }
}
