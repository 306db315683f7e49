package wales.councilaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.Registry;
import wales.councilaudit.registry.UnknownCouncilException;
import wales.councilaudit.schedule.AuditKind;
import wales.councilaudit.schedule.AuditRequest;
import wales.councilaudit.schedule.CouncilAuditor;
import wales.councilaudit.scoring.ScoringRules;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.RunRecord;
import wales.councilaudit.store.RunStatus;

/**
 * The product's auditor for scheduled jobs: one council through {@link AuditRun}, every stage, its result upserted
 * in the store under the job's run (so a recovered job replaces, never duplicates; a council already saved in the
 * run is kept, as {@code --resume} keeps it).
 *
 * <p>A re-test is a run of one council, written to {@code results/<run-id>/} like an audit's, with its report, and
 * ends with the diff against the council's previous run ({@code diff.txt}, {@link RetestDiff}). A benchmark's
 * councils all write into the benchmark's {@code results/<run-id>/}, whichever node runs them; each then writes the
 * run's {@code summary.json} again from the store ({@link RunFinaliser}), and the job that finds every council saved
 * writes the report and marks the run {@code COMPLETED}.
 */
final class ScheduledAudit implements CouncilAuditor {

    private final GlobalOptions global;
    private final AuditOptions options;
    private final TaskOptions tasks;
    private final Registry registry;
    private final PrintWriter err;
    private final Clock clock;

    ScheduledAudit(GlobalOptions global, AuditOptions options, TaskOptions tasks, PrintWriter err, Clock clock) {
        this.global = global;
        this.options = options;
        this.tasks = tasks;
        this.registry = global.registry();
        this.err = err;
        this.clock = clock;
        if (options.resume != null || options.out != null) {
            throw new UserInputException("--resume and --out do not apply to scheduled audits: each job names its run,"
                    + " and writes to <results>/<run-id>/");
        }
        // Every option, and the task scripts, checked before the node starts rather than in its first job.
        settings(registry.councils().get(0), AuditKind.RETEST);
        tasks.scripts();
    }

    @Override
    public void audit(AuditRequest request) throws Exception {
        Council council = registry.find(request.councilId())
                .orElseThrow(() -> new UnknownCouncilException(registry.source(), List.of(request.councilId())));
        try (ResultStore store = ResultStore.open(global.storeConfig())) {
            store.startRun(new RunRecord(
                    request.runId(),
                    request.kind().label(),
                    clock.instant(),
                    Optional.empty(),
                    RunStatus.RUNNING,
                    Version.current()));
        }
        AuditRun.Settings settings =
                settings(council, request.kind()).forScheduledRun(request.runId(), Optional.empty());
        TaskStage stage = tasks.stage(
                settings.profiles(), settings.consent(), settings.browser().scriptTimeout());
        AuditRun run = new AuditRun(settings, stage, clock);
        if (request.kind() == AuditKind.BENCHMARK) {
            AuditRun.Outcome outcome = run.asPartOfRun().execute(err, err);
            finaliseBenchmark(request.runId(), outcome, settings.rules());
        } else {
            AuditRun.Outcome outcome = run.execute(err, err);
            Reports.write(outcome.folder(), err);
            RetestDiff.write(global.resultsDir(), outcome.folder(), council.id(), err);
        }
        err.flush();
    }

    /**
     * Writes the benchmark run's files from the store, all its councils saved so far included; the job that saves
     * the last council writes the complete run and marks it {@code COMPLETED}.
     */
    private void finaliseBenchmark(String runId, AuditRun.Outcome outcome, ScoringRules rules) throws IOException {
        try (ResultStore store = ResultStore.open(global.storeConfig())) {
            RunFinaliser.Finalised done = RunFinaliser.finalise(
                    store,
                    runId,
                    registry.councils(),
                    outcome.folder(),
                    rules,
                    outcome.summary().run().chromium(),
                    clock);
            err.printf(
                    "benchmark %s: %d of %d councils done%s; %s%n",
                    runId,
                    done.summary().councils().size(),
                    registry.councils().size(),
                    done.complete() ? ", complete" : "",
                    outcome.folder());
        }
    }

    private AuditRun.Settings settings(Council council, AuditKind kind) {
        return options.settings(global, List.of(council), kind.label(), global.hostResolver(), Set.of());
    }
}
