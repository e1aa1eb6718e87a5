package io.callbot.schedule;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Makes the jobs of one scheduler: each fired {@link CampaignTickJob} gets that scheduler's tick, so a job finds its
 * dependencies without a static lookup (two schedulers in one JVM, as in the cluster tests, stay apart). Called on
 * Quartz's scheduler thread; immutable.
 */
final class TickJobFactory implements JobFactory {
    private final TickRunner runner;

    TickJobFactory(TickRunner runner) {
        this.runner = runner;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (type != CampaignTickJob.class) {
            throw new SchedulerException("job " + bundle.getJobDetail().getKey() + " has class " + type.getName()
                    + "; this scheduler runs only " + CampaignTickJob.class.getName());
        }
        return new CampaignTickJob(runner);
    }
}
