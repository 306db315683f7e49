package wales.councilaudit.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import wales.councilaudit.registry.Council;
import wales.councilaudit.report.RunReport;
import wales.councilaudit.report.RunSummary;
import wales.councilaudit.scoring.ScoringRules;
import wales.councilaudit.store.CouncilResultRow;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.RunRecord;
import wales.councilaudit.store.RunStatus;
import wales.councilaudit.store.StoreException;

/**
 * Writes the files of a run that several processes share (a scheduled benchmark, one job per council, on any node):
 * {@code summary.json} and {@code councils/<id>.json} from the rows in the store after every council, and once every
 * council has a result the exports and the report too, and marks the run {@code COMPLETED}. (The report is written
 * once, not after every council: with hundreds of councils, rewriting every page after each would cost the square of
 * their number.)
 *
 * <p>Every council's job calls it after saving its own row, so there is no "last job" to elect. Two jobs may finish
 * at once, on different nodes: one could read the rows before the other saved, and write after it. So a finaliser
 * reads the rows again after writing, and writes again when they changed. The last write of all is then made from
 * rows read after every save: a row saved later would make its own job write later still. A file lock in the run
 * folder keeps finalisers on one machine from interleaving their report pages; {@code summary.json} itself is
 * replaced atomically, so a reader never sees half of one.
 */
final class RunFinaliser {

    /** Passes before giving up on a run whose rows keep changing (each pass is one more council saved meanwhile). */
    private static final int MAX_PASSES = 50;

    /**
     * What a finalisation wrote.
     *
     * @param summary the summary written last
     * @param complete whether every council of the run has a result (the report was then written, and the run marked
     *     {@code COMPLETED})
     * @param passes how many times the files were written (more than 1 when rows were saved meanwhile)
     */
    record Finalised(RunSummary summary, boolean complete, int passes) {}

    private RunFinaliser() {}

    /**
     * Writes the run's files from the store, and finishes the run when it is complete.
     *
     * @param councils every council the run covers, in the order the summary lists them
     * @param folder the run's folder ({@code results/<run-id>/})
     * @param chromium the browser's version, as the audit saw it
     */
    static Finalised finalise(
            ResultStore store,
            String runId,
            List<Council> councils,
            Path folder,
            ScoringRules rules,
            Optional<String> chromium,
            Clock clock)
            throws IOException {
        Files.createDirectories(folder);
        try (FileChannel channel = FileChannel.open(
                        folder.resolve(".finalise.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            List<CouncilResultRow> rows = store.councilResults(runId);
            for (int pass = 1; ; pass++) {
                RunRecord run = store.run(runId)
                        .orElseThrow(() -> new StoreException("run " + runId + " is not in the store", null));
                boolean complete = covers(rows, councils);
                Instant end = clock.instant();
                RunSummary summary = AuditRun.summary(councils, rows, run, end, chromium, rules);
                AuditRun.writeFiles(folder, summary, rows);
                List<CouncilResultRow> again = store.councilResults(runId);
                if (again.equals(rows) || pass == MAX_PASSES) {
                    if (complete) {
                        RunReport.regenerate(folder);
                        store.finishRun(runId, RunStatus.COMPLETED, end);
                    }
                    return new Finalised(summary, complete, pass);
                }
                rows = again;
            }
        }
    }

    /** Whether every council has a row (any status: a council recorded FAILED has its result too). */
    static boolean covers(List<CouncilResultRow> rows, List<Council> councils) {
        Set<String> saved = rows.stream().map(CouncilResultRow::councilId).collect(Collectors.toSet());
        return councils.stream().allMatch(c -> saved.contains(c.id()));
    }
}
