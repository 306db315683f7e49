package wales.councilaudit.serve;

import java.time.Instant;
import java.util.Objects;
import wales.councilaudit.report.CouncilDetail;
import wales.councilaudit.report.CouncilSummary;
import wales.councilaudit.report.SummaryJson;
import wales.councilaudit.store.CouncilResultRow;

/**
 * One council's stored result of one run, its summary read; its evidence is read when asked for (it can be large).
 *
 * @param runId the run
 * @param runKind the run's kind ({@code retest}, {@code benchmark}, {@code audit})
 * @param finished when the council's result was saved
 * @param summary the council's {@code summary.json} entry
 * @param detailJson its {@code councils/<id>.json}, as stored
 */
record StoredResult(String runId, String runKind, Instant finished, CouncilSummary summary, String detailJson) {

    StoredResult {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(runKind, "runKind");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(detailJson, "detailJson");
    }

    static StoredResult of(CouncilResultRow row, String runKind) {
        String source = "the stored result of " + row.councilId() + " in run " + row.runId();
        return new StoredResult(
                row.runId(),
                runKind,
                row.finished(),
                SummaryJson.parseCouncil(row.summaryJson(), source),
                row.detailJson());
    }

    /** The evidence; a row without a readable one gives an empty detail. */
    CouncilDetail detail() {
        try {
            return SummaryJson.parseDetail(detailJson, "the stored evidence of " + summary.id() + " in " + runId);
        } catch (RuntimeException e) {
            return CouncilDetail.empty(summary.id(), java.util.Optional.empty());
        }
    }
}
