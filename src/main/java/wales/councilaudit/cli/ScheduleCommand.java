package wales.councilaudit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code council-audit schedule start|run|status|pause|resume}: the annual benchmark's schedule in the job store. */
@Command(
        name = "schedule",
        description = "The annual benchmark's schedule, kept in the results store's database (Quartz): run it, "
                + "queue a benchmark now, see it, pause it, resume it.",
        subcommands = {
            ScheduleStartCommand.class,
            ScheduleRunCommand.class,
            ScheduleStatusCommand.class,
            SchedulePauseCommand.class,
            ScheduleResumeCommand.class
        })
final class ScheduleCommand {

    @ParentCommand
    CouncilAuditCommand root;
}
