package io.callbot.call;

import io.callbot.campaign.Campaign;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.dialog.engine.DialogSettings;
import java.util.UUID;

/**
 * Everything known about a call before it is answered: the attempt, the campaign version it runs, who is
 * called and how the dialog behaves. Immutable.
 *
 * @param attemptId  the ledger attempt (also the Originate ChannelId and the AudioSocket UUID)
 * @param attemptNo  which attempt of this customer in this campaign (1-based)
 * @param campaign   the campaign version the call runs (a newer file version does not change a live call)
 * @param customerId the store's customer id
 * @param externalId the CRM's id of the customer, or null
 * @param context    what the dialog reads of the customer and campaign
 * @param settings   the dialog's behaviour (machine policy, thresholds, outcome effects)
 */
public record CallPlan(UUID attemptId, int attemptNo, Campaign campaign, long customerId, String externalId,
        DialogContext context, DialogSettings settings) {

    public String tenant() {
        return campaign.tenant();
    }

    /** The do-not-call reason stored (and sent to the CRM) when the customer opts out on this call. */
    public String optOutReason() {
        return "opted out on call " + attemptId;
    }
}
