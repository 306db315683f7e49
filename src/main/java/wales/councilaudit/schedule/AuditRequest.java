package wales.councilaudit.schedule;

import java.util.Objects;
import java.util.Optional;

/**
 * One council's audit as a job asks for it.
 *
 * @param runId the run the result belongs to (several councils share a benchmark's)
 * @param councilId the council's registry id
 * @param kind why it was queued
 * @param reason what the requester said (re-tests); empty when nothing was said
 * @param recovering true when a node died while running this audit and another node runs it again: the auditor
 *     must not assume a clean slate (results already saved for the run and council are replaced, not added)
 */
public record AuditRequest(
        String runId, String councilId, AuditKind kind, Optional<String> reason, boolean recovering) {

    public AuditRequest {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(councilId, "councilId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
