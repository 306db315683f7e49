package wales.councilaudit.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.ScheduleSettings;

/** {@code council-audit schedule start}: installs the annual trigger and runs audits here until stopped. */
@Command(
        name = "start",
        description = "Install (or keep) the annual benchmark's trigger, then run queued audits on this node in the "
                + "foreground until Ctrl-C. A benchmark missed while no node ran fires once now.")
final class ScheduleStartCommand implements Callable<Integer> {

    @ParentCommand
    ScheduleCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    ScheduleOptions schedule;

    @Mixin
    AuditOptions options;

    @Mixin
    TaskOptions tasks;

    @Override
    public Integer call() throws Exception {
        GlobalOptions global = parent.root.global;
        ScheduleSettings settings = schedule.settings();
        ScheduledAudit auditor =
                new ScheduledAudit(global, options, tasks, spec.commandLine().getErr(), Clock.systemUTC());
        AuditScheduler node = ScheduleNodes.open(global, settings, auditor);
        boolean changed = node.installBenchmark();
        spec.commandLine()
                .getErr()
                .printf(
                        "annual benchmark: %s in %s (%s)%n",
                        settings.benchmarkCron(), settings.zone(), changed ? "installed" : "kept as stored");
        ScheduleNodes.runUntilStopped(node, "scheduler node", spec.commandLine().getErr());
        return ExitCode.DONE;
    }
}
