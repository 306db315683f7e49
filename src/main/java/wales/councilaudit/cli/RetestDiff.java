package wales.councilaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import wales.councilaudit.json.Json;
import wales.councilaudit.report.CouncilDiff;
import wales.councilaudit.report.CouncilSummary;
import wales.councilaudit.report.RunFolders;

/**
 * The end of a re-test: the council's diff against its previous run (the same diff as {@code council-audit diff}),
 * written beside the re-test's {@code summary.json} as {@code diff.txt} and {@code diff.json}, and printed.
 */
final class RetestDiff {

    static final String TEXT_FILE = "diff.txt";
    static final String JSON_FILE = "diff.json";

    private RetestDiff() {}

    /**
     * Compares the council in the run at {@code folder} with its latest earlier run under {@code resultsDir}.
     *
     * @return the diff, or empty when no earlier run names the council (then {@code diff.txt} says so)
     */
    static Optional<CouncilDiff> write(Path resultsDir, Path folder, String councilId, PrintWriter err)
            throws IOException {
        List<RunFolders.Run> runs = RunFolders.withCouncil(resultsDir, councilId);
        Path self = folder.toAbsolutePath().normalize();
        int at = -1;
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).folder().toAbsolutePath().normalize().equals(self)) {
                at = i;
            }
        }
        if (at < 0) {
            throw new IllegalStateException(
                    "the re-test's folder " + folder + " has no summary.json naming " + councilId);
        }
        RunFolders.Run later = runs.get(at);
        if (at == 0) {
            String text = "no earlier run of " + councilId + " under " + resultsDir + " to compare with\n";
            Files.writeString(folder.resolve(TEXT_FILE), text);
            err.print(text);
            err.flush();
            return Optional.empty();
        }
        RunFolders.Run earlier = runs.get(at - 1);
        CouncilSummary from = earlier.summary().council(councilId).orElseThrow();
        CouncilSummary to = later.summary().council(councilId).orElseThrow();
        CouncilDiff diff = CouncilDiff.of(
                earlier.summary().run().id(),
                from,
                earlier.detail(councilId),
                later.summary().run().id(),
                to,
                later.detail(councilId));
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            diff.print(out);
        }
        Files.writeString(folder.resolve(TEXT_FILE), text.toString());
        Files.writeString(folder.resolve(JSON_FILE), Json.mapper().writeValueAsString(diff));
        err.print(text);
        err.flush();
        return Optional.of(diff);
    }
}
