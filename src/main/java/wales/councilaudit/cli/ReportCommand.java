package wales.councilaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.report.RunReport;
import wales.councilaudit.report.SummaryFormatException;
import wales.councilaudit.report.SummaryJson;

/** {@code council-audit report --run ID}: writes a past run's exports and HTML report again from its JSON files. */
@Command(
        name = "report",
        description =
                "Write a past run's exports (councils.csv, accessibility.csv, junit.xml, sarif.json) and its HTML "
                        + "report (report/, English and Welsh) again from its summary.json and councils/<id>.json.")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--run", paramLabel = "ID", required = true, description = "The run: <results>/ID/.")
    String run;

    @Override
    public Integer call() throws IOException {
        Path runDir = root.global.resultsDir().resolve(ScoreCommand.runId(run));
        if (!Files.isRegularFile(runDir.resolve(SummaryJson.SUMMARY_FILE))) {
            throw new UserInputException("no " + runDir.resolve(SummaryJson.SUMMARY_FILE));
        }
        RunReport.Written written;
        try {
            written = RunReport.regenerate(runDir);
        } catch (SummaryFormatException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "Report: %s (%d pages, %d files)%n",
                written.index(), written.pages().size(), written.files().size());
        out.println(runDir);
        out.flush();
        return ExitCode.DONE;
    }
}
