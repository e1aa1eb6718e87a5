package io.callbot.campaign;

import java.util.List;

/**
 * Told what a re-scan of the campaigns directory changed. Called on the scanning thread, one call at a time; an
 * exception from one call is logged by the caller and does not stop the others.
 */
public interface CampaignListener {

    /** A campaign id seen for the first time (a new file, or a file that now declares another id). */
    void added(Campaign campaign) throws Exception;

    /** A valid edit: {@code current} (a new version) replaces {@code previous} for new calls. */
    void replaced(Campaign previous, Campaign current) throws Exception;

    /** The campaign's file is gone: no new calls; calls in progress finish with the version they started with. */
    void removed(Campaign campaign) throws Exception;

    /** Does nothing: for the first scan at start, before the scheduler exists. */
    CampaignListener NONE = new CampaignListener() {
        @Override
        public void added(Campaign campaign) {
        }

        @Override
        public void replaced(Campaign previous, Campaign current) {
        }

        @Override
        public void removed(Campaign campaign) {
        }
    };

    /** Every call of {@code listeners} in turn, for wiring more than one reaction. */
    static CampaignListener all(List<CampaignListener> listeners) {
        return new CampaignListener() {
            @Override
            public void added(Campaign campaign) throws Exception {
                for (CampaignListener l : listeners) {
                    l.added(campaign);
                }
            }

            @Override
            public void replaced(Campaign previous, Campaign current) throws Exception {
                for (CampaignListener l : listeners) {
                    l.replaced(previous, current);
                }
            }

            @Override
            public void removed(Campaign campaign) throws Exception {
                for (CampaignListener l : listeners) {
                    l.removed(campaign);
                }
            }
        };
    }
}
