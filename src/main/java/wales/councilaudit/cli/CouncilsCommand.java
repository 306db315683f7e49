package wales.councilaudit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.json.Json;
import wales.councilaudit.registry.Council;

/** {@code council-audit councils [--json]}: lists the registry. */
@Command(name = "councils", description = "List the councils in the registry.")
final class CouncilsCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON (the registry's schema) instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Council> councils = root.global.registry().councils();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writeValueAsString(councils));
        } else {
            String format = "%-20s %-10s %-28s %-30s %s%n";
            out.printf(format, "ID", "GSS", "NAME", "ENW", "HOMEPAGE");
            for (Council c : councils) {
                out.printf(
                        format,
                        c.id(),
                        c.gss(),
                        c.name().en(),
                        c.name().cy(),
                        c.homepage().en());
            }
        }
        out.flush();
        return ExitCode.DONE;
    }
}
