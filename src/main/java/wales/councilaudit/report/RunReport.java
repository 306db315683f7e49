package wales.councilaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a run writes for its readers, in one call: {@code summary.json}, {@code councils/<id>.json}, the exports
 * ({@code councils.csv}, {@code accessibility.csv}, {@code councils/<id>/junit.xml} and {@code sarif.json}) and the
 * HTML report ({@code report/}). Writing again replaces what an earlier call wrote, so a resumed run, or {@code
 * council-audit report}, can regenerate it.
 */
public final class RunReport {

    /**
     * What was written.
     *
     * @param runDir the run folder
     * @param files every file written, the HTML pages among them
     * @param pages the HTML pages
     */
    public record Written(Path runDir, List<Path> files, List<Path> pages) {
        public Written {
            files = List.copyOf(files);
            pages = List.copyOf(pages);
        }

        /** The report's English index page. */
        public Path index() {
            return runDir.resolve(HtmlReport.FOLDER).resolve("index.html");
        }
    }

    private RunReport() {}

    /**
     * Writes every file of a run.
     *
     * @param runDir the run folder (it must exist); screenshots named in the details are read from it
     * @param details the evidence of each council, by id; a council without an entry gets no detail file and no
     *     JUnit or SARIF export, and a report page without evidence
     * @param previousRuns earlier runs for the trend (any order; those not before {@code summary} are left out), for
     *     instance {@link RunHistory#earlierRuns}
     */
    public static Written write(
            Path runDir, RunSummary summary, Map<String, CouncilDetail> details, List<RunSummary> previousRuns)
            throws IOException {
        List<Path> files = new ArrayList<>();
        SummaryJson.writeSummary(runDir, summary);
        files.add(runDir.resolve(SummaryJson.SUMMARY_FILE));
        Map<String, CouncilDetail> ordered = new LinkedHashMap<>();
        for (CouncilSummary c : summary.councils()) {
            CouncilDetail detail = details.get(c.id());
            if (detail != null) {
                ReportAssets.requireSlug(detail.id());
                ordered.put(c.id(), detail);
                SummaryJson.writeDetail(runDir, detail);
                files.add(SummaryJson.detailFile(runDir, c.id()));
                files.add(JunitExport.write(runDir, detail));
                files.add(SarifExport.write(runDir, detail, summary.run()));
            }
        }
        RunHistory history = new RunHistory(summary, previousRuns);
        CsvExports.writeCouncils(runDir, LeagueTable.of(history));
        files.add(runDir.resolve("councils.csv"));
        CsvExports.writeFindings(runDir, ordered);
        files.add(runDir.resolve("accessibility.csv"));
        List<Path> pages = HtmlReport.write(runDir, history, ordered);
        files.addAll(pages);
        return new Written(runDir, files, pages);
    }

    /**
     * Writes the exports and the report of a run again from its {@code summary.json} and {@code councils/<id>.json}
     * files, with the runs beside it (in the same results folder) for the trend.
     *
     * @throws SummaryFormatException when a file cannot be read
     * @throws java.nio.file.NoSuchFileException when the run has no {@code summary.json}
     */
    public static Written regenerate(Path runDir) throws IOException {
        RunSummary summary = SummaryJson.readSummary(runDir.resolve(SummaryJson.SUMMARY_FILE));
        Map<String, CouncilDetail> details = new LinkedHashMap<>();
        for (CouncilSummary c : summary.councils()) {
            Path file = SummaryJson.detailFile(runDir, ReportAssets.requireSlug(c.id()));
            if (Files.isRegularFile(file)) {
                details.put(c.id(), SummaryJson.readDetail(file));
            }
        }
        return write(runDir, summary, details, RunHistory.earlierRuns(runDir, summary));
    }
}
