package io.callbot.schedule;

/** What a fired Quartz job calls: runs the tick of one campaign. Implementations are thread-safe. */
@FunctionalInterface
interface TickRunner {
    void runTick(String tenant, String campaignId) throws Exception;
}
