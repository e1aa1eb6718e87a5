package io.callbot.api;

import java.util.List;
import java.util.Locale;

/**
 * Which campaign commands a lifecycle state allows: the console enables exactly these buttons and the API answers
 * 409 to the others. Completed and cancelled are final. Stateless.
 */
public final class CampaignControls {
    private CampaignControls() {}

    /** The allowed commands (lower case, as in the URL) for a state; unknown states allow nothing. */
    public static List<String> allowed(String state) {
        if (state == null) {
            return List.of();
        }
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "scheduled" -> List.of("start", "pause", "cancel");
            case "running" -> List.of("pause", "cancel");
            case "paused" -> List.of("resume", "cancel");
            default -> List.of();
        };
    }

    /** The 409 message when {@code command} does not apply to {@code state}, or null when it does. */
    public static String refusal(String campaignId, String state, CampaignCommand command) {
        String cmd = command.name().toLowerCase(Locale.ROOT);
        if (allowed(state).contains(cmd)) {
            return null;
        }
        List<String> ok = allowed(state);
        return "campaign " + campaignId + " is " + (state == null ? "in no known state" : state.toLowerCase(Locale.ROOT))
                + "; '" + cmd + "' does not apply" + (ok.isEmpty() ? " (the state is final)"
                : " (allowed now: " + String.join(", ", ok) + ")");
    }
}
