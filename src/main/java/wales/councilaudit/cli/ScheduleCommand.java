package wales.councilaudit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code council-audit schedule start|status|pause|resume}: the annual benchmark's schedule in the job store. */
@Command(
        name = "schedule",
        description = "The annual benchmark's schedule, kept in the results store's database (Quartz): run it, "
                + "see it, pause it, resume it.",
        subcommands = {
            ScheduleStartCommand.class,
            ScheduleStatusCommand.class,
            SchedulePauseCommand.class,
            ScheduleResumeCommand.class
        })
final class ScheduleCommand {

    @ParentCommand
    CouncilAuditCommand root;
}
