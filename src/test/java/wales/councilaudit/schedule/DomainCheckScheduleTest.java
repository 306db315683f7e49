package wales.councilaudit.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Trigger;
import wales.councilaudit.store.StoreConfig;

/** The optional periodic domain check: its trigger in the job store, and a missed firing running once. */
class DomainCheckScheduleTest {

    private static final String WEEKLY = "0 0 3 ? * MON";

    @TempDir
    Path dir;

    private final List<String> runs = new CopyOnWriteArrayList<>();
    private final CountDownLatch checked = new CountDownLatch(1);
    private AuditScheduler node;

    private AuditScheduler open(Clock clock) {
        StoreConfig store =
                new StoreConfig("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath(), "sa", "", Optional.empty());
        ScheduleSettings settings = ScheduleSettings.defaults()
                .withTimings(Duration.ofMinutes(1), Duration.ofMillis(7500), Duration.ofSeconds(1));
        DomainSweep sweep = runId -> {
            runs.add(runId);
            checked.countDown();
        };
        node = AuditScheduler.open(store, settings, List.of("cardiff"), new FakeAuditor(false, 0, 0), sweep, clock);
        return node;
    }

    @AfterEach
    void stop() {
        if (node != null) {
            node.stop(true);
        }
    }

    @Test
    void theTriggerIsKeptWhenUnchangedReplacedWhenChangedAndRemovedOnRequest() {
        AuditScheduler scheduler = open(Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));

        assertThat(scheduler.installDomainCheck(WEEKLY)).isTrue();
        assertThat(scheduler.installDomainCheck(WEEKLY)).isFalse();
        ScheduleTrigger weekly = trigger(scheduler, "domain-check");
        assertThat(weekly.cron()).isEqualTo(WEEKLY);
        assertThat(weekly.next()).contains(Instant.parse("2026-11-23T03:00:00Z")); // the next Monday, 03:00 GMT

        assertThat(scheduler.installDomainCheck("0 30 4 * * ?")).isTrue();
        assertThat(trigger(scheduler, "domain-check").next()).contains(Instant.parse("2026-11-21T04:30:00Z"));

        assertThat(scheduler.removeDomainCheck()).isTrue();
        assertThat(scheduler.removeDomainCheck()).isFalse();
        assertThat(scheduler.status().triggers())
                .extracting(ScheduleTrigger::name)
                .doesNotContain("domain-check");
    }

    @Test
    void aBadExpressionIsRefused() {
        AuditScheduler scheduler = open(Clock.systemUTC());
        assertThatThrownBy(() -> scheduler.installDomainCheck("every monday"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Quartz cron expression");
    }

    @Test
    void aCheckMissedForWeeksRunsOnceWhenANodeComesUpUnderARunNamedForIt() throws Exception {
        // Installed on 1 January 2026 (the node's clock), and no node has run since: many Mondays have passed.
        AuditScheduler scheduler = open(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        scheduler.installDomainCheck(WEEKLY);
        assertThat(trigger(scheduler, "domain-check").next()).contains(Instant.parse("2026-01-05T03:00:00Z"));

        scheduler.start();
        assertThat(checked.await(30, TimeUnit.SECONDS)).isTrue();
        Trigger stored = scheduler.quartz().getTrigger(Keys.DOMAIN_CHECK);
        scheduler.stop(true);

        assertThat(runs).hasSize(1);
        assertThat(runs.get(0)).matches("\\d{8}-\\d{6}-domains");
        assertThat(stored.getNextFireTime().toInstant()).isAfter(Instant.now());
    }

    private static ScheduleTrigger trigger(AuditScheduler scheduler, String name) {
        return scheduler.status().triggers().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
