package wales.councilaudit.schedule;

import java.util.List;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Makes the package's jobs with what they need (Quartz would otherwise call a no-argument constructor). */
final class AuditJobFactory implements JobFactory {

    private final CouncilAuditor auditor;
    private final List<String> councilIds;
    private final DomainSweep sweep;

    AuditJobFactory(CouncilAuditor auditor, DomainSweep sweep, List<String> councilIds) {
        this.auditor = auditor;
        this.sweep = sweep;
        this.councilIds = List.copyOf(councilIds);
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (type == CouncilAuditJob.class) {
            return new CouncilAuditJob(auditor);
        }
        if (type == BenchmarkJob.class) {
            return new BenchmarkJob(councilIds);
        }
        if (type == DomainCheckJob.class) {
            return new DomainCheckJob(sweep);
        }
        throw new SchedulerException("not a council-audit job: " + type.getName());
    }
}
