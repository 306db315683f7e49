package wales.councilaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.report.ScoreInput;
import wales.councilaudit.report.SummaryFormatException;
import wales.councilaudit.report.SummaryJson;
import wales.councilaudit.scoring.Overall;
import wales.councilaudit.scoring.RulesException;
import wales.councilaudit.scoring.Scorer;
import wales.councilaudit.scoring.ScoringRules;
import wales.councilaudit.scoring.ScoringRulesLoader;

/**
 * {@code council-audit score --input FILE | --run ID [--rules FILE]}: the Annex B overall star of component scores
 * under a rules file, without touching the network or writing anything.
 */
@Command(
        name = "score",
        description = "Re-score component scores (from a summary.json, a JSON array of components, or a past run) "
                + "under the scoring rules; prints a table. Reads files only: no network, nothing written.")
final class ScoreCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(
                names = "--input",
                paramLabel = "FILE",
                required = true,
                description = "A summary.json, or a JSON array of {id, components: {tasks, tools, mobile, "
                        + "accessibility}, taskCount}.")
        Path input;

        @Option(
                names = "--run",
                paramLabel = "ID",
                required = true,
                description = "A past run: reads <results>/ID/summary.json.")
        String run;
    }

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "A scoring rules file (the bundled annex-b.yaml documents every key). Default: annex-b.")
    Path rules;

    @Override
    public Integer call() throws IOException {
        ScoringRules scoringRules = rules();
        List<ScoreInput.Entry> entries = entries();
        Scorer scorer = new Scorer(scoringRules);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Rules: %s (%s)%n", scoringRules.profile(), scoringRules.label());
        String format = "%-22s %5s %5s %6s %5s %5s %8s %7s %6s  %s%n";
        out.printf(
                Locale.ROOT,
                format,
                "COUNCIL",
                "TASKS",
                "TOOLS",
                "MOBILE",
                "ACC",
                "N",
                "RECORDED",
                "BEFORE",
                "STARS",
                "WHY");
        for (ScoreInput.Entry e : entries) {
            Overall overall;
            try {
                overall = scorer.overall(e.components(), e.taskCount());
            } catch (IllegalArgumentException x) {
                throw new UserInputException(e.id() + ": " + x.getMessage(), x);
            }
            out.printf(
                    Locale.ROOT,
                    format,
                    e.id(),
                    e.components().tasks(),
                    e.components().tools(),
                    e.components().mobile(),
                    e.components().accessibility(),
                    e.taskCount(),
                    e.recorded().map(String::valueOf).orElse("-"),
                    overall.beforeDemotion(),
                    overall.stars(),
                    String.join("; ", overall.why()));
        }
        out.flush();
        return ExitCode.DONE;
    }

    private ScoringRules rules() {
        try {
            return rules == null ? ScoringRulesLoader.bundled() : ScoringRulesLoader.load(rules);
        } catch (RulesException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private List<ScoreInput.Entry> entries() throws IOException {
        Path file = source.input != null
                ? source.input
                : root.global.resultsDir().resolve(runId(source.run)).resolve(SummaryJson.SUMMARY_FILE);
        try {
            return ScoreInput.read(file);
        } catch (SummaryFormatException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /** A run id names a folder under the results folder: no separators, no {@code ..}. */
    static String runId(String id) {
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || id.contains("..")) {
            throw new UserInputException("--run " + id + " is not a run id (a folder name under the results folder)");
        }
        return id;
    }
}
