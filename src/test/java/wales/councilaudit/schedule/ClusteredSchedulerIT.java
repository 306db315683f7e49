package wales.councilaudit.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.store.PostgresTestDatabase;
import wales.councilaudit.store.StoreConfig;

/**
 * Two scheduler nodes (two Quartz instances in this JVM, each with its own id, thread pool and connections) in
 * clustered mode on PostgreSQL, in a schema of the test's own: they share a benchmark of the 22 councils, and a
 * node that dies mid-audit has its audit run again by the other.
 */
@ExtendWith(PostgresTestDatabase.class)
class ClusteredSchedulerIT {

    private static final List<String> COUNCILS =
            RegistryLoader.bundled().councils().stream().map(Council::id).toList();

    private final String schema =
            "ca_sched_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<AuditScheduler> nodes = new ArrayList<>();
    private final CountDownLatch endOfTest = new CountDownLatch(1);

    private AuditScheduler node(CouncilAuditor auditor, int threads) {
        StoreConfig store = new StoreConfig(
                PostgresTestDatabase.URL,
                PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD,
                Optional.of(schema));
        ScheduleSettings settings = ScheduleSettings.defaults()
                .withThreads(threads)
                .withTimings(Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
        AuditScheduler node = AuditScheduler.open(store, settings, COUNCILS, auditor, Clock.systemUTC());
        nodes.add(node);
        return node;
    }

    @AfterEach
    void tearDown() throws SQLException {
        endOfTest.countDown();
        for (AuditScheduler node : nodes) {
            node.stop(false);
        }
        if (PostgresTestDatabase.reachable()) {
            try (Connection c = PostgresTestDatabase.connect();
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void twoNodesShareABenchmarkAndAuditEachCouncilExactlyOnce() throws Exception {
        Queue<String> audits = new ConcurrentLinkedQueue<>(); // "node council run"
        Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch everyNodeWorking = new CountDownLatch(2);
        CountDownLatch allDone = new CountDownLatch(COUNCILS.size());
        class NodeAuditor implements CouncilAuditor {
            private final String name;
            private final AtomicInteger count = new AtomicInteger();

            NodeAuditor(String name) {
                this.name = name;
            }

            @Override
            public void audit(AuditRequest request) throws InterruptedException {
                if (running.computeIfAbsent(request.councilId(), k -> new AtomicInteger())
                                .incrementAndGet()
                        > 1) {
                    overlaps.incrementAndGet();
                }
                try {
                    if (count.incrementAndGet() == 1) {
                        everyNodeWorking.countDown();
                    }
                    // Audits wait until both nodes are working: the first node's threads all hold their first
                    // councils, so the other node must take some (instant fake audits would let one node take all).
                    assertThat(everyNodeWorking.await(60, TimeUnit.SECONDS)).isTrue();
                    audits.add(name + " " + request.councilId() + " " + request.runId());
                } finally {
                    running.get(request.councilId()).decrementAndGet();
                    allDone.countDown();
                }
            }
        }
        AuditScheduler a = node(new NodeAuditor("a"), 2);
        AuditScheduler b = node(new NodeAuditor("b"), 2);
        a.installBenchmark();
        // Due long ago, so it fires (once) as soon as a node starts.
        a.quartz()
                .rescheduleJob(
                        Keys.ANNUAL_BENCHMARK,
                        AuditScheduler.benchmarkTrigger(
                                ScheduleSettings.defaults(), Instant.parse("2025-01-01T00:00:00Z")));

        Instant start = Instant.now();
        a.start();
        b.start();
        assertThat(allDone.await(120, TimeUnit.SECONDS))
                .as("audits done: " + audits)
                .isTrue();
        Duration took = Duration.between(start, Instant.now());
        assertThat(a.status().pending()).isEmpty();

        Map<String, Long> perCouncil = audits.stream()
                .map(line -> line.split(" ")[1])
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        assertThat(perCouncil.keySet()).containsExactlyInAnyOrderElementsOf(COUNCILS);
        assertThat(perCouncil.values()).containsOnly(1L);
        assertThat(audits.stream().map(line -> line.split(" ")[2]).distinct()).hasSize(1);
        Map<String, Long> perNode = audits.stream()
                .map(line -> line.split(" ")[0])
                .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        assertThat(perNode).containsOnlyKeys("a", "b");
        assertThat(overlaps).hasValue(0);
        System.out.printf(
                "ClusteredSchedulerIT: %d councils audited once each in %d ms, node a %d, node b %d%n",
                COUNCILS.size(), took.toMillis(), perNode.get("a"), perNode.get("b"));
    }

    @Test
    void anAuditWhoseNodeDiedIsRunAgainByAnotherNode() throws Exception {
        CountDownLatch deadNodeStarted = new CountDownLatch(1);
        AuditScheduler dying = node(
                request -> {
                    deadNodeStarted.countDown();
                    endOfTest.await(); // never finishes while the test runs: the node "dies" holding it
                },
                1);
        Queue<AuditRequest> recovered = new ConcurrentLinkedQueue<>();
        CountDownLatch survivorDone = new CountDownLatch(1);
        AuditScheduler survivor = node(
                request -> {
                    recovered.add(request);
                    survivorDone.countDown();
                },
                1);
        RetestOutcome retest = dying.retest("cardiff", Optional.of("relaunched"));
        dying.start();
        assertThat(deadNodeStarted.await(30, TimeUnit.SECONDS)).isTrue();

        // The node stops without finishing or releasing its audit, and never checks in again: as kill -9 leaves it.
        dying.stop(false);
        Instant died = Instant.now();
        survivor.start();

        assertThat(survivorDone.await(60, TimeUnit.SECONDS)).isTrue();
        System.out.printf(
                "ClusteredSchedulerIT: the audit was recovered %d ms after its node died%n",
                Duration.between(died, Instant.now()).toMillis());
        assertThat(recovered).hasSize(1);
        AuditRequest again = recovered.peek();
        assertThat(again.councilId()).isEqualTo("cardiff");
        assertThat(again.runId()).isEqualTo(retest.runId());
        assertThat(again.kind()).isEqualTo(AuditKind.RETEST);
        assertThat(again.reason()).contains("relaunched");
        assertThat(again.recovering()).isTrue();
    }
}
