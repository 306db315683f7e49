package wales.councilaudit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.ScheduleSettings;

/** {@code council-audit schedule pause}: pauses the schedule's triggers for every node. */
@Command(
        name = "pause",
        description = "Pause the annual benchmark's trigger in the job store, for every node; audits already queued "
                + "still run, and re-tests can still be queued.")
final class SchedulePauseCommand implements Callable<Integer> {

    @ParentCommand
    ScheduleCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (AuditScheduler node =
                ScheduleNodes.open(parent.root.global, ScheduleSettings.defaults(), ScheduleNodes.NEVER_RUNS)) {
            node.pause();
        }
        spec.commandLine().getOut().println("schedule paused");
        spec.commandLine().getOut().flush();
        return ExitCode.DONE;
    }
}
