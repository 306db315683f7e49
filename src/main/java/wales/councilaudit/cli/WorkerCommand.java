package wales.councilaudit.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.ScheduleSettings;

/** {@code council-audit worker}: a node that runs queued audits, and nothing else, until stopped. */
@Command(
        name = "worker",
        description = "Run queued audits (benchmark parts and re-tests) on this node until Ctrl-C; no web server, "
                + "no schedule of its own. Several workers on one PostgreSQL database share the work.")
final class WorkerCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "1",
            description = "Councils this worker audits at once. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Mixin
    AuditOptions options;

    @Mixin
    TaskOptions tasks;

    @Override
    public Integer call() throws Exception {
        ScheduleSettings settings;
        try {
            settings = ScheduleSettings.defaults().withThreads(threads);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--" + e.getMessage(), e);
        }
        ScheduledAudit auditor = new ScheduledAudit(
                root.global, options, tasks, spec.commandLine().getErr(), Clock.systemUTC());
        AuditScheduler node = ScheduleNodes.open(
                root.global, settings, auditor, spec.commandLine().getErr());
        ScheduleNodes.runUntilStopped(node, "worker", spec.commandLine().getErr());
        return ExitCode.DONE;
    }
}
