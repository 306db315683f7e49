package wales.councilaudit.schedule;

import java.time.Instant;
import java.util.List;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The annual benchmark's firing: queues every council's audit under one new run, named from the time the trigger
 * was due. It audits nothing itself, so it takes a moment; the councils' jobs then spread over the nodes. Run again
 * after its node died (it asks for recovery), it names the same run and queues only what is missing.
 */
@DisallowConcurrentExecution
final class BenchmarkJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkJob.class);

    private final List<String> councilIds;

    BenchmarkJob(List<String> councilIds) {
        this.councilIds = List.copyOf(councilIds);
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        Instant due = context.getScheduledFireTime().toInstant();
        String runId = RunIds.benchmark(due);
        AuditQueue queue = new AuditQueue(context.getScheduler());
        int queued = 0;
        try {
            for (String councilId : councilIds) {
                if (queue.queueBenchmark(runId, councilId, due)) {
                    queued++;
                }
            }
        } catch (SchedulerException e) {
            throw new JobExecutionException("benchmark " + runId + ": cannot queue the councils: " + e, e, false);
        }
        LOG.info("benchmark {}: {} councils queued ({} already were)", runId, queued, councilIds.size() - queued);
    }
}
