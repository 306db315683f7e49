package wales.councilaudit.schedule;

import java.util.Objects;

/**
 * What a re-test request did.
 *
 * @param councilId the council
 * @param runId the run whose result will answer the request: the new re-test's, or the pending audit's it joined
 * @param joined false when the request queued a new re-test, true when it joined an audit already pending
 * @param joinedKind when joined, the kind of audit joined (a re-test, or the council's part of a benchmark)
 * @param state where the audit stands: {@code QUEUED} for a new re-test
 */
public record RetestOutcome(
        String councilId, String runId, boolean joined, AuditKind joinedKind, PendingAudit.State state) {

    public RetestOutcome {
        Objects.requireNonNull(councilId, "councilId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(joinedKind, "joinedKind");
        Objects.requireNonNull(state, "state");
    }

    static RetestOutcome queued(String councilId, String runId) {
        return new RetestOutcome(councilId, runId, false, AuditKind.RETEST, PendingAudit.State.QUEUED);
    }

    static RetestOutcome joined(PendingAudit existing) {
        return new RetestOutcome(existing.councilId(), existing.runId(), true, existing.kind(), existing.state());
    }
}
