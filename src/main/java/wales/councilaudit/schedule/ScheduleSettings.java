package wales.councilaudit.schedule;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.quartz.CronExpression;

/**
 * How a node schedules and runs audits. Immutable; validated here.
 *
 * @param benchmarkCron the annual benchmark's Quartz cron expression (seconds first), e.g. {@code 0 0 2 1 10 ?}
 * @param zone the zone the cron expression is read in
 * @param misfireThreshold how late a trigger may fire and still count as on time; later than this it has misfired
 *     and {@link MisfireRule} applies
 * @param threads how many councils this node audits at once (each on its own Quartz worker thread)
 * @param checkinInterval how often a node tells the cluster it is alive; a node silent for longer than this (plus
 *     Quartz's margin) is taken for dead and its running audits are recovered by another node
 * @param idleWait how long an idle node waits before looking for work that another process queued
 */
public record ScheduleSettings(
        String benchmarkCron,
        ZoneId zone,
        Duration misfireThreshold,
        int threads,
        Duration checkinInterval,
        Duration idleWait) {

    /** 02:00 on 1 October, every year. */
    public static final String DEFAULT_BENCHMARK_CRON = "0 0 2 1 10 ?";

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

    public ScheduleSettings {
        Objects.requireNonNull(benchmarkCron, "benchmarkCron");
        Objects.requireNonNull(zone, "zone");
        if (!CronExpression.isValidExpression(benchmarkCron)) {
            throw new IllegalArgumentException("not a Quartz cron expression (seconds minutes hours day-of-month "
                    + "month day-of-week [year]): " + benchmarkCron);
        }
        positive("misfireThreshold", misfireThreshold);
        positive("checkinInterval", checkinInterval);
        positive("idleWait", idleWait);
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be between 1 and 64, got " + threads);
        }
    }

    /** The defaults: the annual cron above, a minute's misfire threshold, one council at a time. */
    public static ScheduleSettings defaults() {
        return new ScheduleSettings(
                DEFAULT_BENCHMARK_CRON,
                DEFAULT_ZONE,
                Duration.ofMinutes(1),
                1,
                Duration.ofMillis(7500),
                Duration.ofSeconds(5));
    }

    public ScheduleSettings withBenchmark(String cron, ZoneId zoneId) {
        return new ScheduleSettings(cron, zoneId, misfireThreshold, threads, checkinInterval, idleWait);
    }

    public ScheduleSettings withThreads(int count) {
        return new ScheduleSettings(benchmarkCron, zone, misfireThreshold, count, checkinInterval, idleWait);
    }

    public ScheduleSettings withTimings(Duration misfire, Duration checkin, Duration idle) {
        return new ScheduleSettings(benchmarkCron, zone, misfire, threads, checkin, idle);
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be more than zero, got " + value);
        }
    }
}
