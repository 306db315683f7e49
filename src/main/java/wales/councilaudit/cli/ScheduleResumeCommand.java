package wales.councilaudit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.ScheduleSettings;

/** {@code council-audit schedule resume}: resumes the schedule's triggers. */
@Command(
        name = "resume",
        description = "Resume the annual benchmark's trigger; a benchmark that fell due while paused fires once.")
final class ScheduleResumeCommand implements Callable<Integer> {

    @ParentCommand
    ScheduleCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (AuditScheduler node =
                ScheduleNodes.open(parent.root.global, ScheduleSettings.defaults(), ScheduleNodes.NEVER_RUNS)) {
            node.resume();
        }
        spec.commandLine().getOut().println("schedule resumed");
        spec.commandLine().getOut().flush();
        return ExitCode.DONE;
    }
}
