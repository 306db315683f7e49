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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import wales.councilaudit.store.StoreConfig;

/** The scheduler on the embedded H2 job store: de-duplication, the jobs' flags, one audit per council at a time. */
class AuditSchedulerH2Test {

    private static final List<String> COUNCILS = List.of("cardiff", "gwynedd", "powys");

    @TempDir
    Path dir;

    private AuditScheduler node;
    private FakeAuditor auditor;

    private AuditScheduler open(FakeAuditor fake, Clock clock) {
        auditor = fake;
        StoreConfig store =
                new StoreConfig("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath(), "sa", "", Optional.empty());
        ScheduleSettings settings = ScheduleSettings.defaults()
                .withThreads(2)
                .withTimings(Duration.ofMinutes(1), Duration.ofMillis(7500), Duration.ofSeconds(1));
        node = AuditScheduler.open(store, settings, COUNCILS, fake, clock);
        return node;
    }

    @AfterEach
    void stop() {
        if (auditor != null) {
            auditor.release.countDown();
        }
        if (node != null) {
            node.stop(true);
        }
    }

    @Test
    void aSecondRetestOfACouncilJoinsTheFirstInsteadOfQueueingAnother() throws Exception {
        AuditScheduler scheduler = open(new FakeAuditor(false, 0, 0), Clock.systemUTC());

        RetestOutcome first = scheduler.retest("cardiff", Optional.of("relaunched"));
        RetestOutcome second = scheduler.retest("cardiff", Optional.of("asked again"));
        RetestOutcome other = scheduler.retest("gwynedd", Optional.empty());

        assertThat(first.joined()).isFalse();
        assertThat(first.runId()).matches("\\d{8}-\\d{6}-retest-cardiff");
        assertThat(second.joined()).isTrue();
        assertThat(second.runId()).isEqualTo(first.runId());
        assertThat(second.state()).isEqualTo(PendingAudit.State.QUEUED);
        assertThat(other.joined()).isFalse();
        List<? extends Trigger> cardiff = scheduler.quartz().getTriggersOfJob(Keys.council("cardiff"));
        assertThat(cardiff).hasSize(1);
        assertThat(scheduler.status().pending())
                .extracting(PendingAudit::councilId, PendingAudit::runId, PendingAudit::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cardiff", first.runId(), Optional.of("relaunched")),
                        org.assertj.core.groups.Tuple.tuple("gwynedd", other.runId(), Optional.empty()));
    }

    @Test
    void aRetestOfAnUnknownCouncilIsRefused() {
        AuditScheduler scheduler = open(new FakeAuditor(false, 0, 0), Clock.systemUTC());
        assertThatThrownBy(() -> scheduler.retest("atlantis", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("atlantis");
    }

    @Test
    void jobsAreDurableAskForRecoveryAndAreNotConcurrent() throws Exception {
        AuditScheduler scheduler = open(new FakeAuditor(false, 0, 0), Clock.systemUTC());
        scheduler.retest("powys", Optional.empty());
        assertThat(scheduler.installBenchmark()).isTrue();
        assertThat(scheduler.installBenchmark()).as("kept when unchanged").isFalse();

        for (JobDetail job : List.of(
                scheduler.quartz().getJobDetail(Keys.council("powys")),
                scheduler.quartz().getJobDetail(Keys.BENCHMARK_JOB))) {
            assertThat(job.requestsRecovery())
                    .as(job.getKey() + " requests recovery")
                    .isTrue();
            assertThat(job.isDurable()).isTrue();
            assertThat(job.isConcurrentExecutionDisallowed()).isTrue();
        }
    }

    @Test
    void aCouncilsAuditsNeverOverlapWhileOtherCouncilsRunAlongside() throws Exception {
        AuditScheduler scheduler = open(new FakeAuditor(true, 2, 3), Clock.systemUTC());
        AuditQueue queue = new AuditQueue(scheduler.quartz());
        Instant now = Instant.now();
        RetestOutcome retest = scheduler.retest("cardiff", Optional.empty());
        queue.queueBenchmark("20261001-010000-benchmark", "cardiff", now);
        queue.queueBenchmark("20261001-010000-benchmark", "gwynedd", now);

        scheduler.start();
        assertThat(auditor.started.await(30, TimeUnit.SECONDS)).isTrue();
        // Two audits are held running on the node's two threads: one of cardiff's and gwynedd's. Cardiff's other
        // audit waits in the store.
        List<PendingAudit> cardiff = scheduler.status().pending().stream()
                .filter(p -> p.councilId().equals("cardiff"))
                .toList();
        assertThat(cardiff)
                .extracting(PendingAudit::state)
                .containsExactlyInAnyOrder(PendingAudit.State.RUNNING, PendingAudit.State.QUEUED);
        assertThat(auditor.mostOfAllAtOnce.get()).isEqualTo(2);
        assertThat(scheduler.retest("cardiff", Optional.empty()).joined()).isTrue();

        auditor.release.countDown();
        assertThat(auditor.finished.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(auditor.mostAtOnce("cardiff")).isEqualTo(1);
        assertThat(auditor.done)
                .extracting(AuditRequest::councilId, AuditRequest::runId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("cardiff", retest.runId()),
                        org.assertj.core.groups.Tuple.tuple("cardiff", "20261001-010000-benchmark"),
                        org.assertj.core.groups.Tuple.tuple("gwynedd", "20261001-010000-benchmark"));
    }

    @Test
    void aBenchmarkMissedForYearsFiresOnceWhenANodeComesUp() throws Exception {
        // The status reads on a fake clock: 15 January 2026, with 1 October 2022 to 2025 passed.
        Clock january = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);
        AuditScheduler scheduler = open(new FakeAuditor(false, 0, COUNCILS.size()), january);
        scheduler.installBenchmark();
        // As if installed in 2022 and no node had run since: the stored next time is 1 October 2022.
        scheduler
                .quartz()
                .rescheduleJob(
                        Keys.ANNUAL_BENCHMARK,
                        AuditScheduler.benchmarkTrigger(
                                ScheduleSettings.defaults(), Instant.parse("2022-01-01T00:00:00Z")));
        ScheduleTrigger before = scheduler.status().triggers().get(0);
        assertThat(before.next()).contains(Instant.parse("2022-10-01T01:00:00Z"));
        assertThat(before.missed()).isEqualTo(4);

        Instant started = Instant.now();
        scheduler.start();
        assertThat(auditor.finished.await(30, TimeUnit.SECONDS)).isTrue();
        Trigger annual = scheduler.quartz().getTrigger(Keys.ANNUAL_BENCHMARK);
        scheduler.stop(true);

        assertThat(auditor.done).hasSize(COUNCILS.size());
        assertThat(auditor.done)
                .extracting(AuditRequest::runId)
                .containsOnly(auditor.done.get(0).runId());
        assertThat(auditor.done).extracting(AuditRequest::councilId).containsExactlyInAnyOrderElementsOf(COUNCILS);
        assertThat(annual.getPreviousFireTime().toInstant()).isAfterOrEqualTo(started.minusSeconds(1));
        assertThat(annual.getNextFireTime().toInstant()).isAfter(Instant.now());
    }
}
