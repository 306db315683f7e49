package wales.councilaudit.serve;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import wales.councilaudit.report.CouncilStatus;
import wales.councilaudit.schedule.PendingAudit;
import wales.councilaudit.store.RunRecord;

/**
 * A run as {@code GET /api/runs/{id}} gives it: the record, the councils done and how many are expected, and the
 * audits of it still queued or running.
 *
 * @param id the run id
 * @param kind {@code retest}, {@code benchmark}, {@code audit}, ...
 * @param run the store's record; absent while the run's first audit is still queued
 * @param results the councils saved so far, by id
 * @param done how many councils have a result
 * @param expected how many the run is for: 1 for a re-test, the registry's for a benchmark, else done and pending
 * @param pending its audits queued or running, on any node
 * @param complete no audit pending and the run recorded as finished
 */
record RunProgress(
        String id,
        String kind,
        Optional<RunRecord> run,
        List<Result> results,
        int done,
        int expected,
        List<PendingAudit> pending,
        boolean complete) {

    RunProgress {
        Objects.requireNonNull(id, "id");
        results = List.copyOf(results);
        pending = List.copyOf(pending);
    }

    /** One council's result in the run. */
    record Result(
            String council,
            String name,
            String nameCy,
            CouncilStatus status,
            Optional<Integer> stars,
            Instant finished) {}
}
