package io.callbot.cli;

import io.callbot.campaign.CampaignLoader;
import io.callbot.campaign.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** The tenants the valid campaign files of a directory name. Stateless. */
final class CampaignTenants {
    private CampaignTenants() {}

    static Set<String> named(Path campaignsDir) {
        Set<String> tenants = new TreeSet<>();
        if (!Files.isDirectory(campaignsDir)) {
            return tenants;
        }
        try {
            for (LoadResult r : CampaignLoader.loadDirectory(campaignsDir)) {
                if (r.valid()) {
                    tenants.add(r.campaign().tenant());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + campaignsDir + ": " + e.getMessage(), e);
        }
        return tenants;
    }
}
