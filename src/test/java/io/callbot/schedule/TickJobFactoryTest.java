package io.callbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.impl.JobExecutionContextImpl;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.TriggerFiredBundle;

class TickJobFactoryTest {

    @Test
    void aFiredCampaignJobRunsTheTickOfItsOwnScheduler() throws Exception {
        List<String> ticks = new ArrayList<>();
        TickJobFactory mine = new TickJobFactory((tenant, campaign) -> ticks.add("mine " + tenant + "/" + campaign));
        TickJobFactory other = new TickJobFactory((tenant, campaign) -> ticks.add("other " + tenant + "/" + campaign));
        TriggerFiredBundle bundle = fired(JobBuilder.newJob(CampaignTickJob.class).withIdentity("winback", "acme")
                .usingJobData(CampaignTickJob.TENANT, "acme").usingJobData(CampaignTickJob.CAMPAIGN, "winback")
                .build());

        Job job = mine.newJob(bundle, null);
        job.execute(new JobExecutionContextImpl(null, bundle, job));

        assertThat(ticks).containsExactly("mine acme/winback");
        assertThat(other.newJob(bundle, null)).isNotSameAs(job);
    }

    @Test
    void aTickThatFailsIsLoggedAndDoesNotEscapeToQuartz() throws Exception {
        TickJobFactory factory = new TickJobFactory((tenant, campaign) -> {
            throw new IllegalStateException("database down");
        });
        TriggerFiredBundle bundle = fired(JobBuilder.newJob(CampaignTickJob.class).withIdentity("winback", "acme")
                .usingJobData(CampaignTickJob.CAMPAIGN, "winback").build());
        Job job = factory.newJob(bundle, null);

        job.execute(new JobExecutionContextImpl(null, bundle, job)); // no exception: the next fire retries
    }

    @Test
    void aJobOfAnotherClassIsRefusedWithItsName() {
        TriggerFiredBundle bundle = fired(JobBuilder.newJob(StrayJob.class).withIdentity("stray", "acme").build());

        assertThatThrownBy(() -> new TickJobFactory((t, c) -> { }).newJob(bundle, null))
                .isInstanceOf(SchedulerException.class)
                .hasMessageContaining("acme.stray").hasMessageContaining(StrayJob.class.getName());
    }

    public static final class StrayJob implements Job {
        @Override
        public void execute(org.quartz.JobExecutionContext context) {
        }
    }

    private static TriggerFiredBundle fired(JobDetail job) {
        OperableTrigger trigger = (OperableTrigger) TriggerBuilder.newTrigger().forJob(job).startNow().build();
        Date now = new Date();
        return new TriggerFiredBundle(job, trigger, null, false, now, now, null, null);
    }
}
