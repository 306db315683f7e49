package wales.councilaudit.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A council's audit that the job store holds: queued, or running on some node.
 *
 * @param councilId the council
 * @param runId the run it belongs to
 * @param kind why it was queued
 * @param reason what the requester said; empty when nothing was
 * @param state queued or running
 * @param queuedAt when it was queued (the trigger's start time)
 */
public record PendingAudit(
        String councilId, String runId, AuditKind kind, Optional<String> reason, State state, Instant queuedAt) {

    /** Where a pending audit stands. */
    public enum State {
        /** Waiting for a worker thread, or for the council's audit before it to finish. */
        QUEUED,
        /** A node is running it (or died running it, and another will run it again). */
        RUNNING
    }

    public PendingAudit {
        Objects.requireNonNull(councilId, "councilId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }
}
