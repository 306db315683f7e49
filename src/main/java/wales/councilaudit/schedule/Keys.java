package wales.councilaudit.schedule;

import org.quartz.JobKey;
import org.quartz.TriggerKey;

/** The names the package gives Quartz's jobs, triggers and job data. */
final class Keys {

    /** One durable job per council, named by the council's id. */
    static final String COUNCIL_GROUP = "council";
    /** The schedule's own triggers (the annual benchmark, the domain check); {@code schedule pause} pauses them. */
    static final String SCHEDULE_GROUP = "schedule";
    /** One-shot triggers of a benchmark's councils, named {@code <run id>.<council id>}. */
    static final String BENCHMARK_GROUP = "benchmark";
    /** One-shot re-test triggers, named by the council's id: at most one per council exists at a time. */
    static final String RETEST_GROUP = "retest";

    static final JobKey BENCHMARK_JOB = JobKey.jobKey("benchmark", SCHEDULE_GROUP);
    static final TriggerKey ANNUAL_BENCHMARK = TriggerKey.triggerKey("annual-benchmark", SCHEDULE_GROUP);
    static final JobKey DOMAIN_CHECK_JOB = JobKey.jobKey("domain-check", SCHEDULE_GROUP);
    static final TriggerKey DOMAIN_CHECK = TriggerKey.triggerKey("domain-check", SCHEDULE_GROUP);

    /** Job data (all strings: the job store keeps them as properties, never as serialised Java objects). */
    static final String COUNCIL_ID = "councilId";

    static final String RUN_ID = "runId";
    static final String KIND = "kind";
    static final String REASON = "reason";

    private Keys() {}

    static JobKey council(String councilId) {
        return JobKey.jobKey(councilId, COUNCIL_GROUP);
    }

    static TriggerKey benchmarkCouncil(String runId, String councilId) {
        return TriggerKey.triggerKey(runId + "." + councilId, BENCHMARK_GROUP);
    }

    static TriggerKey retest(String councilId) {
        return TriggerKey.triggerKey(councilId, RETEST_GROUP);
    }
}
