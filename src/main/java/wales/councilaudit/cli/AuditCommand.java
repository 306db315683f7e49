package wales.councilaudit.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.registry.Council;

/** {@code council-audit audit --council ID ... | --all}: every stage and the scores, for the councils named. */
@Command(
        name = "audit",
        description = "Audit councils end to end: the domain check, the polite crawl, the browser stage (axe-core, "
                + "keyboard and mobile checks), the top-task and tools journeys on desktop and mobile in English and "
                + "Welsh, and the Annex B scores. Each council is stored as it finishes; --resume RUN continues an "
                + "interrupted run. Writes summary.json and councils/<id>.json.")
final class AuditCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(
                names = "--council",
                paramLabel = "ID",
                split = ",",
                required = true,
                description = "Audit these councils (repeatable or comma-separated).")
        List<String> ids = new ArrayList<>();

        @Option(names = "--all", required = true, description = "Audit every council in the registry.")
        boolean all;
    }

    @Mixin
    AuditOptions options;

    @Mixin
    TaskOptions tasks;

    @Override
    public Integer call() throws Exception {
        List<Council> councils = root.global.registry().select(which.all ? List.of() : which.ids);
        AuditRun.Settings settings =
                options.settings(root.global, councils, "audit", root.global.hostResolver(), Set.of());
        TaskStage stage = tasks.stage(
                settings.profiles(), settings.consent(), settings.browser().scriptTimeout());
        AuditRun.Outcome outcome = new AuditRun(settings, stage, Clock.systemUTC())
                .execute(spec.commandLine().getOut(), spec.commandLine().getErr());
        spec.commandLine().getOut().println(outcome.folder());
        spec.commandLine().getOut().flush();
        return outcome.exitCode();
    }
}
