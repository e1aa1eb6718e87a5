package io.callbot.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The thin Quartz job of one campaign: runs its scheduler's tick, which {@link TickJobFactory} hands it. Never two
 * at once for one campaign, even across a cluster. Runs on a Quartz worker thread; catches everything, since a
 * failed tick must not stop the trigger (the next fire tries again).
 */
@DisallowConcurrentExecution
public final class CampaignTickJob implements Job {
    static final String TENANT = "tenant";
    static final String CAMPAIGN = "campaign";
    static final String VERSION = "version";
    private static final Logger log = LoggerFactory.getLogger(CampaignTickJob.class);

    private final TickRunner runner;

    CampaignTickJob(TickRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        String campaign = data.getString(CAMPAIGN);
        try (MDC.MDCCloseable ignored = MDC.putCloseable("campaign", campaign)) {
            runner.runTick(data.getString(TENANT), campaign);
        } catch (Exception e) {
            log.error("tick of campaign {} failed; the next fire retries", campaign, e);
        }
    }
}
