package wales.councilaudit.cli;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code council-audit benchmark}: {@code audit --all}, then the reports. */
@Command(
        name = "benchmark",
        description = "The annual benchmark: audit every council in the registry (as audit --all), then write the "
                + "reports: summary.json, councils.csv, accessibility.csv, per-council junit.xml and sarif.json, and "
                + "the HTML report in English and Welsh. --resume RUN continues an interrupted benchmark.")
final class BenchmarkCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    AuditOptions options;

    @Mixin
    TaskOptions tasks;

    @Override
    public Integer call() throws Exception {
        AuditRun.Settings settings = options.settings(
                root.global,
                root.global.registry().select(List.of()),
                "benchmark",
                root.global.hostResolver(),
                Set.of());
        TaskStage stage = tasks.stage(
                settings.profiles(), settings.consent(), settings.browser().scriptTimeout());
        AuditRun.Outcome outcome = new AuditRun(settings, stage, Clock.systemUTC())
                .execute(spec.commandLine().getOut(), spec.commandLine().getErr());
        Reports.write(outcome.folder(), spec.commandLine().getErr());
        spec.commandLine().getOut().println(outcome.folder());
        spec.commandLine().getOut().flush();
        return outcome.exitCode();
    }
}
