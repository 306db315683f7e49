package wales.councilaudit.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One council's stored audit result for a run, as the store keeps it: the status and two JSON documents the store
 * does not interpret (the {@code report} package reads and writes them).
 *
 * @param runId the run
 * @param councilId the council
 * @param status the council's status ({@code AUDITED}, {@code BLOCKED}, {@code UNREACHABLE}, {@code FAILED})
 * @param finished when the council's last stage finished
 * @param summaryJson the council's entry of {@code summary.json}
 * @param detailJson the council's evidence ({@code councils/<id>.json})
 */
public record CouncilResultRow(
        String runId, String councilId, String status, Instant finished, String summaryJson, String detailJson) {

    public CouncilResultRow {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(councilId, "councilId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(summaryJson, "summaryJson");
        Objects.requireNonNull(detailJson, "detailJson");
    }
}
