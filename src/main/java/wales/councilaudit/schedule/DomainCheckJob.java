package wales.councilaudit.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional periodic domain check's firing: every council's domains under one run, named from the time the
 * trigger was due (so a firing run again after its node died names the same run, and its results replace the first
 * attempt's). The check takes seconds, so it is one job, not one per council.
 */
@DisallowConcurrentExecution
final class DomainCheckJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(DomainCheckJob.class);

    private final DomainSweep sweep;

    DomainCheckJob(DomainSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String runId = RunIds.domains(context.getScheduledFireTime().toInstant());
        LOG.info("domain check {} starts{}", runId, context.isRecovering() ? ", recovered from a node that died" : "");
        try {
            sweep.check(runId);
            LOG.info("domain check {} done", runId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobExecutionException("the domain check " + runId + " was interrupted", e, false);
        } catch (Exception e) {
            LOG.warn("domain check {} failed: {}", runId, e.toString());
            throw new JobExecutionException("the domain check " + runId + " failed: " + e, e, false);
        }
    }
}
