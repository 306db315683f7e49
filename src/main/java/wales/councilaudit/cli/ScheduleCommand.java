package wales.councilaudit.cli;

import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.ScheduleSettings;

/**
 * {@code council-audit schedule start|run|status|pause|resume}: the annual benchmark's schedule in the job store.
 * {@code pause} and {@code resume} are methods here: each changes the stored triggers and exits.
 */
@Command(
        name = "schedule",
        description = "The annual benchmark's schedule, kept in the results store's database (Quartz): run it, "
                + "queue a benchmark now, see it, pause it, resume it.",
        subcommands = {ScheduleStartCommand.class, ScheduleRunCommand.class, ScheduleStatusCommand.class})
final class ScheduleCommand {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Command(
            name = "pause",
            description = "Pause the annual benchmark's trigger in the job store, for every node; audits already "
                    + "queued still run, and re-tests can still be queued.")
    int pause() {
        return change(AuditScheduler::pause, "schedule paused");
    }

    @Command(
            name = "resume",
            description = "Resume the annual benchmark's trigger; a benchmark that fell due while paused fires once.")
    int resume() {
        return change(AuditScheduler::resume, "schedule resumed");
    }

    private int change(Consumer<AuditScheduler> change, String done) {
        try (AuditScheduler node =
                ScheduleNodes.open(root.global, ScheduleSettings.defaults(), ScheduleNodes.NEVER_RUNS)) {
            change.accept(node);
        }
        spec.commandLine().getOut().println(done);
        spec.commandLine().getOut().flush();
        return ExitCode.DONE;
    }
}
