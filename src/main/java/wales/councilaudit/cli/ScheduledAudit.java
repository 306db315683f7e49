package wales.councilaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.RunRecord;
import wales.councilaudit.store.RunStatus;

/**
 * The product's auditor for scheduled jobs: one council through {@link AuditRun}, every stage, its result upserted
 * in the store under the job's run (so a recovered job replaces, never duplicates; a council already saved in the
 * run is kept, as {@code --resume} keeps it).
 *
 * <p>A re-test is a run of one council, written to {@code results/<run-id>/} like an audit's. A benchmark's
 * councils each write their files to {@code results/<run-id>/parts/<council>/}: the run's results are complete in the
 * store, but the run-level {@code summary.json} of all its councils is not yet written when the last one finishes.
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
        Optional<Path> folder = request.kind() == AuditKind.BENCHMARK
                ? Optional.of(global.resultsDir()
                        .resolve(request.runId())
                        .resolve("parts")
                        .resolve(council.id()))
                : Optional.empty();
        AuditRun.Settings settings = settings(council, request.kind()).forScheduledRun(request.runId(), folder);
        TaskStage stage = tasks.stage(
                settings.profiles(), settings.consent(), settings.browser().scriptTimeout());
        AuditRun.Outcome outcome = new AuditRun(settings, stage, clock).execute(err, err);
        err.println(council.id() + " (" + request.runId() + "): " + outcome.folder());
        err.flush();
    }

    private AuditRun.Settings settings(Council council, AuditKind kind) {
        return options.settings(global, List.of(council), kind.label(), global.hostResolver(), Set.of());
    }
}
