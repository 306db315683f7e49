package wales.councilaudit.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.TriggerUtils;
import org.quartz.spi.OperableTrigger;

/** The misfire policy on a fake clock, and Quartz's own trigger, as {@link AuditScheduler} builds it, agreeing. */
class MisfireRuleTest {

    private static final String ANNUAL = ScheduleSettings.DEFAULT_BENCHMARK_CRON;
    private static final ZoneId LONDON = ScheduleSettings.DEFAULT_ZONE;
    private static final Duration THRESHOLD = Duration.ofMinutes(1);
    /** 02:00 on 1 October 2026 in London is 01:00 UTC (summer time). */
    private static final Instant DUE_2026 = Instant.parse("2026-10-01T01:00:00Z");

    private static MisfireRule at(String now) {
        return new MisfireRule(Clock.fixed(Instant.parse(now), ZoneOffset.UTC), THRESHOLD);
    }

    @Test
    void aTriggerNotYetDueHasNotMisfired() {
        MisfireRule.Outcome outcome = at("2026-09-30T12:00:00Z").apply(ANNUAL, LONDON, DUE_2026);
        assertThat(outcome).isEqualTo(new MisfireRule.Outcome(0, Optional.empty(), Optional.of(DUE_2026)));
    }

    @Test
    void lateByLessThanTheThresholdFiresAsScheduled() {
        MisfireRule.Outcome outcome = at("2026-10-01T01:00:59Z").apply(ANNUAL, LONDON, DUE_2026);
        assertThat(outcome.missed()).isZero();
        assertThat(outcome.firesNow()).isEmpty();
        assertThat(outcome.next()).contains(DUE_2026);
    }

    @Test
    void aBenchmarkMissedWhileTheServiceWasDownFiresOnceWhenItComesBack() {
        MisfireRule.Outcome outcome = at("2026-10-03T09:30:00Z").apply(ANNUAL, LONDON, DUE_2026);
        assertThat(outcome.missed()).isEqualTo(1);
        assertThat(outcome.firesNow()).contains(Instant.parse("2026-10-03T09:30:00Z"));
        assertThat(outcome.next()).contains(Instant.parse("2027-10-01T01:00:00Z"));
    }

    @Test
    void threeMissedBenchmarksStillFireOnlyOnce() {
        MisfireRule.Outcome outcome = at("2029-02-01T00:00:00Z").apply(ANNUAL, LONDON, DUE_2026);
        assertThat(outcome.missed()).isEqualTo(3); // 2026, 2027 and 2028
        assertThat(outcome.firesNow()).contains(Instant.parse("2029-02-01T00:00:00Z"));
        assertThat(outcome.next()).contains(Instant.parse("2029-10-01T01:00:00Z"));
    }

    @Test
    void quartzTriggerAsBuiltFiresOnceNowThenProceeds() throws Exception {
        CronTrigger built = triggerFrom(Instant.parse("2022-01-01T00:00:00Z"));
        assertThat(built.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);

        OperableTrigger trigger = (OperableTrigger) built;
        trigger.computeFirstFireTime(null);
        // Four yearly times passed since 2022 (a fixed "now" for the count: the end of 2025).
        List<Date> passed = TriggerUtils.computeFireTimesBetween(
                trigger,
                null,
                Date.from(Instant.parse("2022-01-01T00:00:00Z")),
                Date.from(Instant.parse("2025-12-31T00:00:00Z")));
        assertThat(passed).hasSize(4);

        Instant before = Instant.now();
        trigger.updateAfterMisfire(null);
        Instant after = Instant.now();
        Instant firesAt = trigger.getNextFireTime().toInstant();
        assertThat(firesAt).isBetween(before.minusMillis(1), after.plusMillis(1)); // once, now
        Instant then = trigger.getFireTimeAfter(trigger.getNextFireTime()).toInstant();
        Instant longAgo = Instant.parse("2022-10-01T01:00:00Z");
        assertThat(then)
                .isAfter(after)
                .isEqualTo(at(after.toString())
                        .apply(ANNUAL, LONDON, longAgo)
                        .next()
                        .get());
    }

    /** The annual trigger exactly as a node installs it, starting from {@code from}. */
    static CronTrigger triggerFrom(Instant from) {
        return AuditScheduler.benchmarkTrigger(ScheduleSettings.defaults(), from);
    }
}
