package wales.councilaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.ScheduleSettings;
import wales.councilaudit.store.StoreConfig;

/** {@code retest} and {@code schedule status|pause|resume} on the embedded store; nothing is audited. */
class ScheduleCommandsTest {

    @TempDir
    Path results;

    private record Result(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--results";
        all[1] = results.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void aSecondRetestJoinsTheFirstAndStatusShowsOneQueued() {
        Result first = run("retest", "cardiff", "--reason", "relaunched");
        Result second = run("retest", "cardiff");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.lines().get(0)).startsWith("queued: a re-test of cardiff, run ");
        String runId = first.lines().get(first.lines().size() - 1);
        assertThat(runId).matches("\\d{8}-\\d{6}-retest-cardiff");
        assertThat(second.exit()).isZero();
        assertThat(second.lines().get(0))
                .isEqualTo("joined: cardiff already has an audit queued (retest run " + runId + ")");
        assertThat(second.lines().get(second.lines().size() - 1)).isEqualTo(runId);

        Result status = run("schedule", "status");
        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains("1 audit(s) pending").containsPattern("cardiff +QUEUED +retest +" + runId);
        assertThat(status.out()).contains("(relaunched)");
    }

    @Test
    void scheduleRunQueuesEveryCouncilOnceUnderOneBenchmarkRun() {
        Result queued = run("schedule", "run");

        assertThat(queued.exit()).as(queued.err()).isZero();
        String runId = queued.lines().get(queued.lines().size() - 1);
        assertThat(runId).matches("\\d{8}-\\d{6}-benchmark");
        assertThat(queued.err()).contains("queued: benchmark " + runId + " of 22 councils");
        Result status = run("schedule", "status");
        assertThat(status.out())
                .contains("22 audit(s) pending")
                .containsPattern("cardiff +QUEUED +benchmark +" + runId);

        Result retest = run("retest", "cardiff");
        assertThat(retest.lines().get(0))
                .isEqualTo("joined: cardiff already has an audit queued (benchmark run " + runId + ")");
    }

    @Test
    void anUnknownCouncilIsBadInput() {
        Result result = run("retest", "atlantis");
        assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("no council with id atlantis");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void pauseAndResumeChangeTheStoredTrigger() {
        assertThat(run("schedule", "status").out()).contains("no schedule installed");
        try (AuditScheduler node = AuditScheduler.open(
                StoreConfig.embedded(results),
                ScheduleSettings.defaults(),
                List.of("cardiff"),
                request -> {},
                Clock.systemUTC())) {
            node.installBenchmark();
        }

        assertThat(run("schedule", "pause").out()).contains("schedule paused");
        assertThat(run("schedule", "status").out()).contains("annual-benchmark: 0 0 2 1 10 ? in Europe/London, PAUSED");
        assertThat(run("schedule", "resume").out()).contains("schedule resumed");
        assertThat(run("schedule", "status").out())
                .contains("annual-benchmark: 0 0 2 1 10 ? in Europe/London, active; next 2027-10-01T01:00:00Z");
    }

    @Test
    void aBadCronExpressionIsBadInputBeforeAnythingStarts() {
        Result result = run("schedule", "start", "--cron", "every october");
        assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("--cron: not a Quartz cron expression");
    }

    @Test
    void aBadDomainCheckExpressionIsBadInputBeforeAnythingStarts() {
        Result result = run("schedule", "start", "--domains-cron", "every monday");
        assertThat(result.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("--domains-cron: not a Quartz cron expression");
    }
}
