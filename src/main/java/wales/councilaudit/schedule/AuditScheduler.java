package wales.councilaudit.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.StoreConfig;

/**
 * A node of the schedule: the annual benchmark's trigger, re-test requests, the schedule's status, pausing it, and
 * (once {@link #start started}) running councils' audits. Everything is kept in the job store, so any node, or a
 * command that only queues a re-test and exits, sees and changes the same schedule.
 *
 * <p>Misfires (see {@link MisfireRule}): the annual trigger fires once for any number of missed times, then goes on
 * to its next time after now; a queued council audit that could not start in time runs once when it can. Thread-safe.
 */
public final class AuditScheduler implements AutoCloseable {

    private final Scheduler scheduler;
    private final AuditQueue queue;
    private final ScheduleSettings settings;
    private final List<String> councilIds;
    private final Clock clock;

    private AuditScheduler(Scheduler scheduler, ScheduleSettings settings, List<String> councilIds, Clock clock) {
        this.scheduler = scheduler;
        this.queue = new AuditQueue(scheduler);
        this.settings = settings;
        this.councilIds = List.copyOf(councilIds);
        this.clock = clock;
    }

    /**
     * Opens a node on the results store's database, bringing its schema (the job store's tables included) up to
     * date. The node runs nothing until {@link #start}.
     *
     * @param councilIds the councils a benchmark queues, and the only ones a re-test accepts
     * @throws ScheduleException when the database cannot be reached or Quartz cannot be set up
     */
    public static AuditScheduler open(
            StoreConfig store,
            ScheduleSettings settings,
            List<String> councilIds,
            CouncilAuditor auditor,
            Clock clock) {
        return open(store, settings, councilIds, auditor, DomainSweep.NONE, clock);
    }

    /**
     * As {@link #open(StoreConfig, ScheduleSettings, List, CouncilAuditor, Clock)}, for a node that also runs the
     * periodic domain check when it falls due ({@link #installDomainCheck}).
     */
    public static AuditScheduler open(
            StoreConfig store,
            ScheduleSettings settings,
            List<String> councilIds,
            CouncilAuditor auditor,
            DomainSweep sweep,
            Clock clock) {
        Objects.requireNonNull(auditor, "auditor");
        Objects.requireNonNull(sweep, "sweep");
        ResultStore.open(store).close(); // the migrations, V5 being Quartz's tables
        try {
            Scheduler scheduler = QuartzNode.create(store, settings);
            scheduler.setJobFactory(new AuditJobFactory(auditor, sweep, councilIds));
            return new AuditScheduler(scheduler, settings, councilIds, clock);
        } catch (SchedulerException e) {
            throw new ScheduleException("cannot set up the scheduler on " + store.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Installs the annual benchmark's trigger from the settings. A trigger already there with the same cron
     * expression and zone is kept as it is, so that a benchmark missed while no node ran still fires (once) now;
     * one with another expression is replaced, and its next time computed afresh.
     *
     * @return true when the trigger was added or replaced, false when it was kept
     */
    public boolean installBenchmark() {
        JobDetail job = JobBuilder.newJob(BenchmarkJob.class)
                .withIdentity(Keys.BENCHMARK_JOB)
                .withDescription("queues every council's audit under a new benchmark run")
                .storeDurably()
                .requestRecovery()
                .build();
        Trigger wanted = benchmarkTrigger(settings, clock.instant());
        return call("install the benchmark's trigger", () -> {
            if (!scheduler.checkExists(Keys.BENCHMARK_JOB)) {
                try {
                    scheduler.addJob(job, false);
                } catch (ObjectAlreadyExistsException e) {
                    // added by another node meanwhile
                }
            }
            Trigger existing = scheduler.getTrigger(Keys.ANNUAL_BENCHMARK);
            if (existing instanceof CronTrigger cron
                    && cron.getCronExpression().equals(settings.benchmarkCron())
                    && cron.getTimeZone().getID().equals(settings.zone().getId())
                    && cron.getMisfireInstruction() == CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW) {
                return false;
            }
            if (existing == null) {
                try {
                    scheduler.scheduleJob(wanted);
                } catch (ObjectAlreadyExistsException e) {
                    return false;
                }
            } else {
                scheduler.rescheduleJob(Keys.ANNUAL_BENCHMARK, wanted);
            }
            return true;
        });
    }

    /**
     * The annual benchmark's trigger: its first time is the cron expression's first after {@code from}; when that
     * has passed, the trigger has misfired and fires once, then proceeds to its next time ({@link MisfireRule}).
     */
    static CronTrigger benchmarkTrigger(ScheduleSettings settings, Instant from) {
        return TriggerBuilder.newTrigger()
                .withIdentity(Keys.ANNUAL_BENCHMARK)
                .forJob(Keys.BENCHMARK_JOB)
                .withDescription("the annual benchmark")
                .startAt(java.util.Date.from(from))
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.benchmarkCron())
                        .inTimeZone(java.util.TimeZone.getTimeZone(settings.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /**
     * Installs the optional periodic domain check: every council's domains under one run ({@code
     * <yyyyMMdd-HHmmss>-domains}) each time {@code cron} (a Quartz cron expression, read in the settings' zone) falls
     * due. Like the benchmark's, a stored trigger with the same expression is kept, one with another is replaced,
     * and a firing missed while no node ran fires once.
     *
     * @return true when the trigger was added or replaced, false when it was kept
     * @throws IllegalArgumentException when {@code cron} is not a Quartz cron expression
     */
    public boolean installDomainCheck(String cron) {
        if (!org.quartz.CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("not a Quartz cron expression (seconds minutes hours day-of-month "
                    + "month day-of-week [year]): " + cron);
        }
        JobDetail job = JobBuilder.newJob(DomainCheckJob.class)
                .withIdentity(Keys.DOMAIN_CHECK_JOB)
                .withDescription("checks every council's domains under a new run")
                .storeDurably()
                .requestRecovery()
                .build();
        Trigger wanted = TriggerBuilder.newTrigger()
                .withIdentity(Keys.DOMAIN_CHECK)
                .forJob(Keys.DOMAIN_CHECK_JOB)
                .withDescription("the periodic domain check")
                .startAt(java.util.Date.from(clock.instant()))
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(java.util.TimeZone.getTimeZone(settings.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        return call("install the domain check's trigger", () -> {
            if (!scheduler.checkExists(Keys.DOMAIN_CHECK_JOB)) {
                try {
                    scheduler.addJob(job, false);
                } catch (ObjectAlreadyExistsException e) {
                    // added by another node meanwhile
                }
            }
            Trigger existing = scheduler.getTrigger(Keys.DOMAIN_CHECK);
            if (existing instanceof CronTrigger stored
                    && stored.getCronExpression().equals(cron)
                    && stored.getTimeZone().getID().equals(settings.zone().getId())) {
                return false;
            }
            if (existing == null) {
                try {
                    scheduler.scheduleJob(wanted);
                } catch (ObjectAlreadyExistsException e) {
                    return false;
                }
            } else {
                scheduler.rescheduleJob(Keys.DOMAIN_CHECK, wanted);
            }
            return true;
        });
    }

    /**
     * Removes the periodic domain check, when installed (a {@code schedule start} without it turns it off).
     *
     * @return whether there was one to remove
     */
    public boolean removeDomainCheck() {
        return call("remove the domain check's trigger", () -> scheduler.unscheduleJob(Keys.DOMAIN_CHECK));
    }

    /** The node's Quartz scheduler, for the package's tests. */
    Scheduler quartz() {
        return scheduler;
    }

    /** Starts running audits on this node (and, with other nodes, recovering those of nodes that died). */
    public void start() {
        run("start the scheduler", scheduler::start);
    }

    /**
     * Asks for a re-test of a council: queues one, or joins the audit of that council already queued or running
     * ({@link RetestRule}). Safe on several nodes at once: of two requests racing, one queues and one joins.
     *
     * @param reason what the requester says, kept with the request; may be empty
     * @throws IllegalArgumentException when the council is not one of the scheduler's
     */
    public RetestOutcome retest(String councilId, Optional<String> reason) {
        if (!councilIds.contains(councilId)) {
            throw new IllegalArgumentException("no council with id " + councilId);
        }
        return call("queue a re-test of " + councilId, () -> {
            for (int attempt = 0; attempt < 5; attempt++) {
                RetestRule.Decision decision = RetestRule.decide(councilId, queue.pending(councilId));
                if (decision instanceof RetestRule.Join join) {
                    return RetestOutcome.joined(join.existing());
                }
                Instant now = clock.instant();
                String runId = RunIds.retest(now, councilId);
                if (queue.queueRetest(councilId, runId, reason, now)) {
                    return RetestOutcome.queued(councilId, runId);
                }
                // Another request queued it between our read and our write: read again, and join it.
            }
            throw new SchedulerException("the re-test of " + councilId + " kept changing under this request");
        });
    }

    /**
     * Queues a benchmark of every council now, under a new run named from this moment (the same run as an annual
     * firing would make): the councils' jobs then spread over the nodes, as the annual benchmark's do. A council
     * whose part of that run is queued already is not queued twice.
     *
     * @return the run's id
     */
    public String queueBenchmarkNow() {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String runId = RunIds.benchmark(now);
        return call("queue a benchmark", () -> {
            for (String councilId : councilIds) {
                queue.queueBenchmark(runId, councilId, now);
            }
            return runId;
        });
    }

    /** The schedule's triggers and every pending audit, from the job store. */
    public ScheduleStatus status() {
        return call("read the schedule", () -> {
            Instant now = clock.instant();
            MisfireRule misfires = new MisfireRule(clock, settings.misfireThreshold());
            List<ScheduleTrigger> triggers = new ArrayList<>();
            for (var key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(Keys.SCHEDULE_GROUP))) {
                Trigger trigger = scheduler.getTrigger(key);
                if (!(trigger instanceof CronTrigger cron)) {
                    continue;
                }
                Optional<Instant> next =
                        Optional.ofNullable(cron.getNextFireTime()).map(java.util.Date::toInstant);
                int missed = next.map(n -> misfires.apply(
                                        cron.getCronExpression(),
                                        cron.getTimeZone().toZoneId(),
                                        n)
                                .missed())
                        .orElse(0);
                triggers.add(new ScheduleTrigger(
                        key.getName(),
                        cron.getCronExpression(),
                        cron.getTimeZone().toZoneId(),
                        scheduler.getTriggerState(key) == Trigger.TriggerState.PAUSED,
                        next,
                        Optional.ofNullable(cron.getPreviousFireTime()).map(java.util.Date::toInstant),
                        missed));
            }
            return new ScheduleStatus(now, triggers, queue.pending());
        });
    }

    /** Pauses the schedule's triggers (in the job store, for every node); queued audits still run. */
    public void pause() {
        run("pause the schedule", () -> scheduler.pauseTriggers(GroupMatcher.triggerGroupEquals(Keys.SCHEDULE_GROUP)));
    }

    /** Resumes the schedule's triggers; a benchmark missed while paused fires once ({@link MisfireRule}). */
    public void resume() {
        run(
                "resume the schedule",
                () -> scheduler.resumeTriggers(GroupMatcher.triggerGroupEquals(Keys.SCHEDULE_GROUP)));
    }

    /** This node's id in the cluster. */
    public String instanceId() {
        return call("read the node's id", scheduler::getSchedulerInstanceId);
    }

    /**
     * Stops this node. With {@code waitForAudits} it first lets running audits finish; without, they are left to
     * be recovered by another node (or this one's next start), since every job asks for recovery.
     */
    public void stop(boolean waitForAudits) {
        run("stop the scheduler", () -> scheduler.shutdown(waitForAudits));
    }

    /** Stops this node after its running audits finish. */
    @Override
    public void close() {
        stop(true);
    }

    private interface QuartzCall<T> {
        T call() throws SchedulerException;
    }

    private interface QuartzRun {
        void run() throws SchedulerException;
    }

    private static <T> T call(String action, QuartzCall<T> work) {
        try {
            return work.call();
        } catch (SchedulerException e) {
            throw new ScheduleException("cannot " + action + ": " + e.getMessage(), e);
        }
    }

    private static void run(String action, QuartzRun work) {
        call(action, () -> {
            work.run();
            return null;
        });
    }
}
