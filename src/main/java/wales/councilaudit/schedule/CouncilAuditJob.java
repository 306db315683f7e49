package wales.councilaudit.schedule;

import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One council's audit for one run: the execution of the council's job for one of its triggers. Quartz runs at most
 * one execution of a council's job at a time across the cluster ({@link DisallowConcurrentExecution}); the
 * council's other triggers wait. Made by {@link AuditJobFactory} with the node's auditor.
 */
@DisallowConcurrentExecution
final class CouncilAuditJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(CouncilAuditJob.class);

    private final CouncilAuditor auditor;

    CouncilAuditJob(CouncilAuditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        AuditRequest request = request(context);
        LOG.info(
                "audit of {} for run {} ({}{}) starts on {}",
                request.councilId(),
                request.runId(),
                request.kind().label(),
                request.recovering() ? ", recovered from a node that died" : "",
                instance(context));
        try {
            auditor.audit(request);
            LOG.info("audit of {} for run {} done", request.councilId(), request.runId());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobExecutionException("the audit of " + request.councilId() + " was interrupted", e, false);
        } catch (Exception e) {
            LOG.warn("audit of {} for run {} failed: {}", request.councilId(), request.runId(), e.toString());
            throw new JobExecutionException("the audit of " + request.councilId() + " failed: " + e, e, false);
        }
    }

    static AuditRequest request(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        return new AuditRequest(
                data.getString(Keys.RUN_ID),
                data.getString(Keys.COUNCIL_ID),
                AuditKind.valueOf(data.getString(Keys.KIND)),
                Optional.ofNullable(data.getString(Keys.REASON)),
                context.isRecovering());
    }

    private static String instance(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (org.quartz.SchedulerException e) {
            return "?";
        }
    }
}
