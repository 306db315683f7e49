package wales.councilaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run and the runs before it, oldest first: where the trend against "the previous run of each council" comes from.
 * A council's previous result is its entry in the latest earlier run that audited it (a run of other councils, or
 * one where it was blocked, is passed over). Immutable.
 *
 * @param current the run reported on
 * @param earlier runs that started before it, oldest first
 */
public record RunHistory(RunSummary current, List<RunSummary> earlier) {

    private static final Logger LOG = LoggerFactory.getLogger(RunHistory.class);

    public RunHistory {
        earlier = earlier.stream()
                .filter(r -> r.run().start().isBefore(current.run().start()))
                .filter(r -> !r.run().id().equals(current.run().id()))
                .sorted(Comparator.comparing((RunSummary r) -> r.run().start()))
                .toList();
    }

    /** The runs oldest first, {@code current} last. */
    public List<RunSummary> all() {
        List<RunSummary> all = new ArrayList<>(earlier);
        all.add(current);
        return all;
    }

    /** The council's entry in the latest earlier run that gave it stars. */
    public Optional<CouncilSummary> previous(String councilId) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Optional<CouncilSummary> c = earlier.get(i).council(councilId);
            if (c.isPresent() && c.get().overall().isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /**
     * Every run with a readable {@code summary.json} in the folders beside {@code runDir} (the results folder), that
     * started before {@code current}. Folders without one, or with one that cannot be read, are passed over (logged).
     */
    public static List<RunSummary> earlierRuns(Path runDir, RunSummary current) throws IOException {
        Path parent = runDir.toAbsolutePath().normalize().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return List.of();
        }
        List<RunSummary> runs = new ArrayList<>();
        try (Stream<Path> folders = Files.list(parent)) {
            for (Path folder : folders.sorted().toList()) {
                Path file = folder.resolve(SummaryJson.SUMMARY_FILE);
                if (folder.equals(runDir.toAbsolutePath().normalize()) || !Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    RunSummary run = SummaryJson.readSummary(file);
                    if (run.run().start().isBefore(current.run().start())) {
                        runs.add(run);
                    }
                } catch (SummaryFormatException | IOException e) {
                    LOG.warn("passing over {}: {}", file, e.getMessage());
                }
            }
        }
        return runs;
    }
}
