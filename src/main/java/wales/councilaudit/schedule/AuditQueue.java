package wales.councilaudit.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * Councils' audits in the job store: queueing them on the councils' jobs and reading what is pending. Every write
 * is idempotent or refused by a key, so nodes may do the same thing at once. Not thread-safe beyond what the
 * {@link Scheduler} is (which is thread-safe).
 */
final class AuditQueue {

    private final Scheduler scheduler;

    AuditQueue(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Queues the council's part of a benchmark run, unless it is queued already (a benchmark firing that runs again
     * queues nothing twice).
     *
     * @return whether this call queued it
     */
    boolean queueBenchmark(String runId, String councilId, Instant at) throws SchedulerException {
        return queue(
                Keys.benchmarkCouncil(runId, councilId), councilId, runId, AuditKind.BENCHMARK, Optional.empty(), at);
    }

    /**
     * Queues a re-test of the council, unless one is queued or running already (its trigger has one name per
     * council, so of two requests at once, on any nodes, one is refused).
     *
     * @return whether this call queued it
     */
    boolean queueRetest(String councilId, String runId, Optional<String> reason, Instant at) throws SchedulerException {
        return queue(Keys.retest(councilId), councilId, runId, AuditKind.RETEST, reason, at);
    }

    private boolean queue(
            TriggerKey key, String councilId, String runId, AuditKind kind, Optional<String> reason, Instant at)
            throws SchedulerException {
        ensureCouncilJob(councilId);
        JobDataMap data = new JobDataMap();
        data.put(Keys.RUN_ID, runId);
        data.put(Keys.KIND, kind.name());
        reason.ifPresent(r -> data.put(Keys.REASON, r));
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(key)
                .forJob(Keys.council(councilId))
                .usingJobData(data)
                .startAt(Date.from(at))
                // A queued audit that could not start in time (every node busy or down) still runs, once.
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            scheduler.scheduleJob(trigger);
            return true;
        } catch (ObjectAlreadyExistsException e) {
            return false;
        }
    }

    /** The council's durable job, added when missing: not concurrent, asking for recovery. */
    private void ensureCouncilJob(String councilId) throws SchedulerException {
        JobKey key = Keys.council(councilId);
        if (scheduler.checkExists(key)) {
            return;
        }
        JobDetail job = JobBuilder.newJob(CouncilAuditJob.class)
                .withIdentity(key)
                .withDescription("the audit of " + councilId)
                .usingJobData(Keys.COUNCIL_ID, councilId)
                .storeDurably()
                .requestRecovery()
                .build();
        try {
            scheduler.addJob(job, false);
        } catch (ObjectAlreadyExistsException e) {
            // another node added it meanwhile: the same job
        }
    }

    /** Every council's pending audits, by council and then the time they were queued. */
    List<PendingAudit> pending() throws SchedulerException {
        List<PendingAudit> all = new ArrayList<>();
        for (JobKey job : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(Keys.COUNCIL_GROUP))) {
            all.addAll(pending(job.getName()));
        }
        all.sort(java.util.Comparator.comparing(PendingAudit::councilId).thenComparing(PendingAudit::queuedAt));
        return all;
    }

    /** The council's pending audits: its job's triggers (re-tests, benchmark parts, recoveries). */
    List<PendingAudit> pending(String councilId) throws SchedulerException {
        List<PendingAudit> pending = new ArrayList<>();
        for (Trigger trigger : scheduler.getTriggersOfJob(Keys.council(councilId))) {
            Optional<PendingAudit.State> state = state(scheduler.getTriggerState(trigger.getKey()));
            JobDataMap data = trigger.getJobDataMap();
            if (state.isEmpty() || !data.containsKey(Keys.RUN_ID)) {
                continue;
            }
            pending.add(new PendingAudit(
                    councilId,
                    data.getString(Keys.RUN_ID),
                    AuditKind.valueOf(data.getString(Keys.KIND)),
                    Optional.ofNullable(data.getString(Keys.REASON)),
                    state.get(),
                    trigger.getStartTime().toInstant()));
        }
        return pending;
    }

    /**
     * A one-shot trigger's state as a pending audit's. While its job runs, the trigger stays in the store as
     * {@code COMPLETE} (it has no later time) until the job returns, when it is deleted; a council's other triggers
     * wait {@code BLOCKED} meanwhile.
     */
    private static Optional<PendingAudit.State> state(Trigger.TriggerState state) {
        switch (state) {
            case COMPLETE:
                return Optional.of(PendingAudit.State.RUNNING);
            case NONE:
                return Optional.empty();
            default:
                return Optional.of(PendingAudit.State.QUEUED);
        }
    }
}
