package io.callbot.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what a scan told it, as "added id", "replaced id", "removed id" lines. Thread-safe. */
final class RecordingListener implements CampaignListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Campaign[]> replacements = new CopyOnWriteArrayList<>();

    @Override
    public void added(Campaign campaign) {
        events.add("added " + campaign.id());
    }

    @Override
    public void replaced(Campaign previous, Campaign current) {
        replacements.add(new Campaign[] {previous, current});
        events.add("replaced " + current.id());
    }

    @Override
    public void removed(Campaign campaign) {
        events.add("removed " + campaign.id());
    }

    /** The events so far, then forgets them. */
    List<String> take() {
        List<String> out = new ArrayList<>(events);
        events.clear();
        return out;
    }
}
