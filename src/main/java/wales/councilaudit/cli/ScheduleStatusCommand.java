package wales.councilaudit.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.PendingAudit;
import wales.councilaudit.schedule.ScheduleSettings;
import wales.councilaudit.schedule.ScheduleStatus;
import wales.councilaudit.schedule.ScheduleTrigger;

/** {@code council-audit schedule status}: the triggers and the pending audits, from the job store. */
@Command(
        name = "status",
        description = "Print the schedule's triggers (next and previous times, paused or not, missed times) and the "
                + "audits queued or running on any node.")
final class ScheduleStatusCommand implements Callable<Integer> {

    @ParentCommand
    ScheduleCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ScheduleStatus status;
        try (AuditScheduler node =
                ScheduleNodes.open(parent.root.global, ScheduleSettings.defaults(), ScheduleNodes.NEVER_RUNS)) {
            status = node.status();
        }
        print(status, spec.commandLine().getOut());
        return ExitCode.DONE;
    }

    static void print(ScheduleStatus status, PrintWriter out) {
        if (status.triggers().isEmpty()) {
            out.println("no schedule installed (council-audit schedule start installs it)");
        }
        for (ScheduleTrigger t : status.triggers()) {
            out.printf(
                    "%s: %s in %s, %s; next %s; previous %s%s%n",
                    t.name(),
                    t.cron(),
                    t.zone(),
                    t.paused() ? "PAUSED" : "active",
                    t.next().map(Instant::toString).orElse("never"),
                    t.previous().map(Instant::toString).orElse("never"),
                    t.missed() == 0 ? "" : "; missed " + t.missed() + " time(s): fires once when a node runs");
        }
        out.printf("%d audit(s) pending%n", status.pending().size());
        for (PendingAudit p : status.pending()) {
            out.printf(
                    "  %-20s %-8s %-8s %-40s queued %s%s%n",
                    p.councilId(),
                    p.state(),
                    p.kind().label(),
                    p.runId(),
                    p.queuedAt(),
                    p.reason().map(r -> " (" + r + ")").orElse(""));
        }
        out.flush();
    }
}
