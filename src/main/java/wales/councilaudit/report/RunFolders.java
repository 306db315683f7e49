package wales.councilaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The runs in a results folder that have a {@code summary.json}, for {@code diff} and the dashboard. */
public final class RunFolders {

    /**
     * A run folder and its summary.
     *
     * @param folder the run folder
     */
    public record Run(Path folder, RunSummary summary) {

        /** The council's detail in this run, or an empty one when the run kept none. */
        public CouncilDetail detail(String councilId) throws IOException {
            Path file = SummaryJson.detailFile(folder, ReportAssets.requireSlug(councilId));
            return Files.isRegularFile(file)
                    ? SummaryJson.readDetail(file)
                    : CouncilDetail.empty(councilId, java.util.Optional.empty());
        }
    }

    private RunFolders() {}

    /** Every run under {@code resultsDir} with a readable summary naming {@code councilId}, oldest first. */
    public static List<Run> withCouncil(Path resultsDir, String councilId) throws IOException {
        List<Run> runs = new ArrayList<>();
        if (!Files.isDirectory(resultsDir)) {
            return runs;
        }
        try (Stream<Path> folders = Files.list(resultsDir)) {
            for (Path folder : folders.sorted().toList()) {
                Path file = folder.resolve(SummaryJson.SUMMARY_FILE);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    RunSummary summary = SummaryJson.readSummary(file);
                    if (summary.council(councilId).isPresent()) {
                        runs.add(new Run(folder, summary));
                    }
                } catch (SummaryFormatException e) {
                    // a run this version cannot read is not one to compare with
                }
            }
        }
        runs.sort(Comparator.comparing((Run r) -> r.summary().run().start()));
        return runs;
    }
}
