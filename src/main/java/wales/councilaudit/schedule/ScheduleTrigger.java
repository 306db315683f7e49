package wales.councilaudit.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the schedule's triggers as the job store holds it.
 *
 * @param name the trigger's name, e.g. {@code annual-benchmark}
 * @param cron its cron expression
 * @param zone the zone the expression is read in
 * @param paused whether {@code schedule pause} paused it
 * @param next its next time as stored (in the past when it is overdue); empty when it will not fire again
 * @param previous when it last fired; empty when never
 * @param missed how many of its times passed unfired beyond the misfire threshold: it fires once for all of them
 *     when a node is up ({@link MisfireRule})
 */
public record ScheduleTrigger(
        String name,
        String cron,
        ZoneId zone,
        boolean paused,
        Optional<Instant> next,
        Optional<Instant> previous,
        int missed) {

    public ScheduleTrigger {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(previous, "previous");
    }
}
