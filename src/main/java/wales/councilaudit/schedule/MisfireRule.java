package wales.councilaudit.schedule;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * What a schedule trigger does when it comes due late, for instance when no node ran on 1 October. Pure apart from
 * the injected clock; it states the policy that {@link AuditScheduler} gives Quartz (its cron triggers' "fire and
 * proceed" misfire instruction and the job store's misfire threshold), so that the policy can be tested and shown
 * by {@code schedule status} without a running scheduler.
 *
 * <p>The policy: a trigger late by no more than the threshold fires as usual. A trigger later than that has
 * misfired: however many of its times passed (a node down for three years missed three benchmarks), it fires
 * <em>once</em>, as soon as a node is up, and then goes on to its next time after now. Missed times are never
 * fired one after another to catch up.
 */
public final class MisfireRule {

    private final Clock clock;
    private final Duration threshold;

    public MisfireRule(Clock clock, Duration threshold) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.threshold = Objects.requireNonNull(threshold, "threshold");
    }

    /**
     * What the trigger does.
     *
     * @param missed how many of the trigger's times passed more than the threshold ago without firing
     * @param firesNow when the one catch-up firing happens (now); empty when the trigger has not misfired
     * @param next the trigger's next time after that: its due time when it has not misfired, else the first time
     *     after now; empty when the expression has no later time
     */
    public record Outcome(int missed, Optional<Instant> firesNow, Optional<Instant> next) {}

    /**
     * Applies the policy to a cron trigger of {@code cron} (read in {@code zone}) whose next time, as the job store
     * holds it, is {@code due}.
     *
     * @throws IllegalArgumentException when {@code cron} is not a Quartz cron expression
     */
    public Outcome apply(String cron, ZoneId zone, Instant due) {
        CronExpression expression = expression(cron, zone);
        Instant now = clock.instant();
        if (!due.isBefore(now.minus(threshold))) {
            return new Outcome(0, Optional.empty(), Optional.of(due));
        }
        int missed = 0;
        for (Instant t = due; t != null && !t.isAfter(now); t = after(expression, t)) {
            missed++;
        }
        return new Outcome(missed, Optional.of(now), Optional.ofNullable(after(expression, now)));
    }

    private static Instant after(CronExpression expression, Instant time) {
        Date next = expression.getNextValidTimeAfter(Date.from(time));
        return next == null ? null : next.toInstant();
    }

    private static CronExpression expression(String cron, ZoneId zone) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            return expression;
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a Quartz cron expression: " + cron, e);
        }
    }
}
