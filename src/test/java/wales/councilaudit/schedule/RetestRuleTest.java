package wales.councilaudit.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetestRuleTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private static PendingAudit pending(String council, String run, AuditKind kind, PendingAudit.State state, int min) {
        return new PendingAudit(council, run, kind, Optional.empty(), state, T0.plusSeconds(60L * min));
    }

    @Test
    void queuesWhenNothingIsPending() {
        assertThat(RetestRule.decide("cardiff", List.of())).isInstanceOf(RetestRule.Queue.class);
    }

    @Test
    void queuesWhenOnlyOtherCouncilsArePending() {
        List<PendingAudit> others = List.of(
                pending("gwynedd", "r1", AuditKind.RETEST, PendingAudit.State.RUNNING, 0),
                pending("powys", "b1", AuditKind.BENCHMARK, PendingAudit.State.QUEUED, 1));
        assertThat(RetestRule.decide("cardiff", others)).isInstanceOf(RetestRule.Queue.class);
    }

    @Test
    void joinsAQueuedRetestOfTheCouncil() {
        PendingAudit queued = pending("cardiff", "r1", AuditKind.RETEST, PendingAudit.State.QUEUED, 0);
        assertThat(RetestRule.decide("cardiff", List.of(queued))).isEqualTo(new RetestRule.Join(queued));
    }

    @Test
    void joinsTheRunningAuditBeforeAnEarlierQueuedOne() {
        PendingAudit queued = pending("cardiff", "b1", AuditKind.BENCHMARK, PendingAudit.State.QUEUED, 0);
        PendingAudit running = pending("cardiff", "r1", AuditKind.RETEST, PendingAudit.State.RUNNING, 5);
        assertThat(RetestRule.decide("cardiff", List.of(queued, running))).isEqualTo(new RetestRule.Join(running));
    }

    @Test
    void joinsTheEarliestQueuedWhenNoneRuns() {
        PendingAudit later = pending("cardiff", "r2", AuditKind.RETEST, PendingAudit.State.QUEUED, 9);
        PendingAudit earlier = pending("cardiff", "b1", AuditKind.BENCHMARK, PendingAudit.State.QUEUED, 1);
        assertThat(RetestRule.decide("cardiff", List.of(later, earlier))).isEqualTo(new RetestRule.Join(earlier));
    }
}
