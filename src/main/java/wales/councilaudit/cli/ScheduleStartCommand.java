package wales.councilaudit.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
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
        Optional<String> domainsCron = schedule.domainsCron();
        PrintWriter err = spec.commandLine().getErr();
        ScheduledAudit auditor = new ScheduledAudit(global, options, tasks, err, Clock.systemUTC());
        AuditScheduler node = ScheduleNodes.open(global, settings, auditor, err);
        boolean changed = node.installBenchmark();
        err.printf(
                "annual benchmark: %s in %s (%s)%n",
                settings.benchmarkCron(), settings.zone(), changed ? "installed" : "kept as stored");
        if (domainsCron.isPresent()) {
            boolean added = node.installDomainCheck(domainsCron.get());
            err.printf(
                    "domain check: %s in %s (%s)%n",
                    domainsCron.get(), settings.zone(), added ? "installed" : "kept as stored");
        } else if (node.removeDomainCheck()) {
            err.println("domain check: removed (no --domains-cron given)");
        }
        ScheduleNodes.runUntilStopped(node, "scheduler node", spec.commandLine().getErr());
        return ExitCode.DONE;
    }
}
