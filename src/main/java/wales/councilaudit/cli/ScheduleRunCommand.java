package wales.councilaudit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.ScheduleSettings;

/** {@code council-audit schedule run}: queues a benchmark of every council now, for the nodes to share. */
@Command(
        name = "run",
        description = "Queue a benchmark of every council now, as the annual trigger would, and return: the nodes "
                + "(schedule start, worker, serve) share its councils, and the one that saves the last council writes "
                + "the run's summary.json and report. Prints the run id.")
final class ScheduleRunCommand implements Callable<Integer> {

    @ParentCommand
    ScheduleCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int councils = parent.root.global.registry().councils().size();
        String runId;
        try (AuditScheduler node =
                ScheduleNodes.open(parent.root.global, ScheduleSettings.defaults(), ScheduleNodes.NEVER_RUNS)) {
            runId = node.queueBenchmarkNow();
        }
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine()
                .getErr()
                .printf("queued: benchmark %s of %d councils; the nodes running audits take them%n", runId, councils);
        spec.commandLine().getErr().flush();
        out.println(runId);
        out.flush();
        return ExitCode.DONE;
    }
}
