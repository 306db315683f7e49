package wales.councilaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.json.Json;
import wales.councilaudit.report.CouncilDiff;
import wales.councilaudit.report.CouncilSummary;
import wales.councilaudit.report.RunFolders;
import wales.councilaudit.report.SummaryFormatException;

/** {@code council-audit diff --council ID [--from RUN] [--to RUN] [--json]}: what changed between two runs. */
@Command(
        name = "diff",
        description = "Compare one council between two runs: stars and components, questions whose answers flipped, "
                + "findings new and fixed (by template fingerprint). Default: its two most recent runs.")
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--council", paramLabel = "ID", required = true, description = "The council's id.")
    String council;

    @Option(names = "--from", paramLabel = "RUN", description = "The earlier run. Default: the one before --to.")
    String from;

    @Option(names = "--to", paramLabel = "RUN", description = "The later run. Default: the latest with the council.")
    String to;

    @Option(names = "--json", description = "Print the diff as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (from != null) {
            ScoreCommand.runId(from);
        }
        if (to != null) {
            ScoreCommand.runId(to);
        }
        List<RunFolders.Run> runs = RunFolders.withCouncil(root.global.resultsDir(), council);
        RunFolders.Run later = to == null ? last(runs, runs.size()) : named(runs, to);
        RunFolders.Run earlier = from == null ? last(runs, runs.indexOf(later)) : named(runs, from);
        CouncilDiff diff;
        try {
            CouncilSummary a = earlier.summary().council(council).orElseThrow();
            CouncilSummary b = later.summary().council(council).orElseThrow();
            diff = CouncilDiff.of(
                    earlier.summary().run().id(),
                    a,
                    earlier.detail(council),
                    later.summary().run().id(),
                    b,
                    later.detail(council));
        } catch (SummaryFormatException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writeValueAsString(diff));
            out.flush();
        } else {
            diff.print(out);
        }
        return ExitCode.DONE;
    }

    private RunFolders.Run last(List<RunFolders.Run> runs, int before) {
        if (before < 1) {
            throw new UserInputException("diff needs two runs with a summary.json naming " + council + " under "
                    + root.global.resultsDir() + "; found " + runs.size()
                    + (runs.size() == 1 ? " (" + runs.get(0).summary().run().id() + ")" : ""));
        }
        return runs.get(before - 1);
    }

    private RunFolders.Run named(List<RunFolders.Run> runs, String id) {
        return runs.stream()
                .filter(r -> r.folder().getFileName().toString().equals(id)
                        || r.summary().run().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new UserInputException("no run " + id + " with a summary.json naming " + council
                        + " under " + root.global.resultsDir()));
    }
}
