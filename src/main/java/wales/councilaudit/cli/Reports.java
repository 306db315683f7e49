package wales.councilaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import wales.councilaudit.report.RunReport;

/** Writes a finished run's exports and HTML report, for the commands that end in the report. */
final class Reports {

    private Reports() {}

    /** The exports and the report of the run in {@code folder}, from its {@code summary.json} and council files. */
    static void write(Path folder, PrintWriter err) throws IOException {
        RunReport.Written written = RunReport.regenerate(folder);
        err.printf("report: %d pages in %s%n", written.pages().size(), folder.resolve("report"));
        err.flush();
    }
}
