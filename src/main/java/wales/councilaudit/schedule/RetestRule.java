package wales.councilaudit.schedule;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a re-test is queued and when it joins one already there. Pure: it decides from what the job store holds.
 *
 * <p>The rule: a re-test request for a council that has an audit queued or running (a re-test, or its part of a
 * benchmark) joins that audit, which will show the site as it is now or was moments ago, instead of queueing
 * another; it joins the running one first (its result comes soonest), else the earliest queued. Only a council
 * with nothing pending gets a new re-test. Two requests racing through this rule on different nodes are settled by
 * the job store: a council's re-test trigger has one fixed name, so the second insert fails and that request
 * joins (see {@link AuditScheduler#retest}).
 */
public final class RetestRule {

    private static final Comparator<PendingAudit> SOONEST = Comparator.comparing(
                    (PendingAudit p) -> p.state() == PendingAudit.State.RUNNING ? 0 : 1)
            .thenComparing(PendingAudit::queuedAt)
            .thenComparing(PendingAudit::runId);

    private RetestRule() {}

    /** What to do with a re-test request. */
    public sealed interface Decision permits Queue, Join {}

    /** Nothing is pending for the council: queue a new re-test. */
    public record Queue() implements Decision {}

    /** The council has this audit pending: the request joins it. */
    public record Join(PendingAudit existing) implements Decision {}

    /**
     * Decides a re-test request for {@code councilId}.
     *
     * @param pending every pending audit the store holds, of any council (others are ignored)
     */
    public static Decision decide(String councilId, List<PendingAudit> pending) {
        Optional<PendingAudit> soonest =
                pending.stream().filter(p -> p.councilId().equals(councilId)).min(SOONEST);
        return soonest.<Decision>map(Join::new).orElseGet(Queue::new);
    }
}
