package io.callbot.call;

import io.callbot.campaign.Campaign;
import io.callbot.campaign.Outcome;
import io.callbot.dialog.engine.DialogSettings;
import io.callbot.dialog.engine.MachinePolicy;
import io.callbot.dialog.engine.OutcomeEffect;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps a campaign's settings onto the dialog engine's (which may not import the campaign package). Stateless. */
public final class CampaignDialogs {
    private CampaignDialogs() {}

    public static DialogSettings settingsFor(Campaign campaign) {
        Map<String, OutcomeEffect> effects = new LinkedHashMap<>();
        for (Outcome o : campaign.outcomes().values()) {
            effects.put(o.name(), new OutcomeEffect(o.addTags(), o.removeTags(), o.setAttributes(), o.doNotCall()));
        }
        return DialogSettings.defaults()
                .withMachinePolicy(machinePolicy(campaign))
                .withOutcomes(effects);
    }

    static MachinePolicy machinePolicy(Campaign campaign) {
        return switch (campaign.dial().answeringMachine()) {
            case HANG_UP -> MachinePolicy.HANG_UP;
            case LEAVE_MESSAGE -> MachinePolicy.LEAVE_MESSAGE;
            case TREAT_AS_HUMAN -> MachinePolicy.TREAT_AS_HUMAN;
        };
    }
}
