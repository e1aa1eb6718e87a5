package io.callbot.campaign;

import java.nio.file.Path;

/** Which names in the campaigns directory are campaign files. Stateless. */
final class CampaignFileNames {
    private CampaignFileNames() {
    }

    /**
     * {@code *.yaml} / {@code *.yml}, except hidden names: editors keep lock and temporary files under hidden names
     * ({@code .#winback.yaml}), which must not load as campaigns.
     */
    static boolean isCampaignFile(Path name) {
        String n = name.getFileName().toString();
        return (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.startsWith(".");
    }
}
