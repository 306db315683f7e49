package wales.councilaudit.schedule;

import java.time.Instant;
import java.util.List;

/**
 * The schedule as the job store holds it, read at one time: its triggers and every council's pending audits (on
 * any node).
 */
public record ScheduleStatus(Instant at, List<ScheduleTrigger> triggers, List<PendingAudit> pending) {

    public ScheduleStatus {
        triggers = List.copyOf(triggers);
        pending = List.copyOf(pending);
    }
}
