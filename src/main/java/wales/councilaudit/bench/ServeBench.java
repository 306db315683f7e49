package wales.councilaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import wales.councilaudit.json.Json;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.Registry;
import wales.councilaudit.schedule.AuditRequest;
import wales.councilaudit.schedule.AuditScheduler;
import wales.councilaudit.schedule.CouncilAuditor;
import wales.councilaudit.schedule.PendingAudit;
import wales.councilaudit.schedule.ScheduleSettings;
import wales.councilaudit.serve.ApiToken;
import wales.councilaudit.serve.DashboardServer;
import wales.councilaudit.serve.ServeSettings;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.StoreConfig;

/**
 * The re-test API under load ({@code council-audit bench serve}): {@code serve} in this JVM on a fresh H2 store in a
 * work folder, a scheduler node with a fake auditor that takes {@code auditTime} per council, and {@code requests}
 * re-test POSTs for councils drawn from a seeded random, {@code concurrency} in flight at once. Checks that no
 * request was lost (every one answered 202, queued or joined), that the audits started equal the requests that
 * queued, and that no council ever had two audits pending or running at once (the job store polled throughout, and
 * the fake auditor's own count of overlaps); reports the API's latency. Not a test: it reports, it does not fail.
 */
public final class ServeBench {

    /**
     * What to run.
     *
     * @param requests re-test requests in all
     * @param concurrency requests in flight at once
     * @param auditTime how long the fake auditor takes per council
     * @param auditThreads councils the node audits at once
     * @param seed the random councils' seed
     */
    public record Settings(int requests, int concurrency, Duration auditTime, int auditThreads, long seed) {

        public Settings {
            if (requests < 1 || requests > 100_000) {
                throw new IllegalArgumentException("--requests must be 1 to 100000, got " + requests);
            }
            if (concurrency < 1 || concurrency > 500) {
                throw new IllegalArgumentException("--concurrency must be 1 to 500, got " + concurrency);
            }
            if (auditTime.isNegative()) {
                throw new IllegalArgumentException("--audit-time must not be negative");
            }
            if (auditThreads < 1 || auditThreads > 64) {
                throw new IllegalArgumentException("--audit-threads must be 1 to 64, got " + auditThreads);
            }
        }
    }

    /**
     * The figures.
     *
     * @param lost requests that got no 202 answer with an outcome (failed, or another status)
     * @param statuses how many answers of each HTTP status (-1: no answer)
     * @param auditsStarted audits the fake auditor was asked for
     * @param mostPendingPerCouncil the most audits one council had queued or running at once, seen in the job store
     * @param mostConcurrentAuditsPerCouncil the most audits of one council the fake auditor ran at once
     */
    public record Report(
            Settings settings,
            int answered,
            int lost,
            Map<Integer, Integer> statuses,
            int queued,
            int joined,
            int auditsStarted,
            boolean allQueuedAuditsRan,
            int mostPendingPerCouncil,
            int mostConcurrentAuditsPerCouncil,
            int statusPolls,
            double medianMillis,
            double p99Millis,
            double maxMillis,
            double seconds,
            double requestsPerSecond) {}

    /** How often the job store is read while the bench runs. */
    private static final Duration POLL = Duration.ofMillis(20);

    private final PrintWriter err;

    public ServeBench(PrintWriter err) {
        this.err = err;
    }

    public Report run(Settings settings, Registry registry, Path work) throws IOException, InterruptedException {
        List<String> councils = registry.councils().stream().map(Council::id).toList();
        FakeAuditor auditor = new FakeAuditor(settings.auditTime());
        StoreConfig store = StoreConfig.embedded(Files.createDirectories(work));
        String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        ScheduleSettings schedule = ScheduleSettings.defaults().withThreads(settings.auditThreads());
        try (ResultStore results = ResultStore.open(store);
                AuditScheduler node = AuditScheduler.open(store, schedule, councils, auditor, Clock.systemUTC())) {
            node.start();
            try (DashboardServer server = DashboardServer.start(
                    new ServeSettings("127.0.0.1", 0, Optional.of(ApiToken.of(secret)), work, "bench"),
                    results,
                    registry,
                    node)) {
                err.printf(
                        "bench serve: %d re-test requests, %d at a time, fake audits of %d ms on %d thread(s), at %s%n",
                        settings.requests(),
                        settings.concurrency(),
                        settings.auditTime().toMillis(),
                        settings.auditThreads(),
                        server.uri());
                err.flush();
                return fire(settings, councils, server.uri(), secret, node, auditor);
            }
        }
    }

    private Report fire(
            Settings settings, List<String> councils, URI base, String secret, AuditScheduler node, FakeAuditor auditor)
            throws InterruptedException {
        Random random = new Random(settings.seed());
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency());
        HttpClient http = HttpClient.newBuilder()
                .executor(pool)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        AtomicBoolean firing = new AtomicBoolean(true);
        AtomicInteger mostPending = new AtomicInteger();
        AtomicInteger polls = new AtomicInteger();
        Thread watcher = new Thread(() -> watch(node, firing, mostPending, polls), "bench-serve-watch");
        watcher.start();
        List<Future<Answer>> answers = new ArrayList<>();
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(settings.concurrency());
        try {
            for (int i = 0; i < settings.requests(); i++) {
                String council = councils.get(random.nextInt(councils.size()));
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/councils/" + council + "/retest"))
                        .header("Authorization", "Bearer " + secret)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"bench serve\"}"))
                        .build();
                answers.add(clients.submit(() -> send(http, request)));
            }
            List<Answer> done = new ArrayList<>();
            for (Future<Answer> f : answers) {
                try {
                    done.add(f.get());
                } catch (ExecutionException e) {
                    done.add(new Answer(-1, "", 0));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int queued = (int)
                    done.stream().filter(a -> a.outcome().equals("queued")).count();
            boolean allRan =
                    auditor.awaitStarts(queued, Duration.ofMinutes(5)) && awaitIdle(node, Duration.ofMinutes(5));
            firing.set(false);
            watcher.join();
            return report(settings, done, queued, auditor, allRan, mostPending.get(), polls.get(), seconds);
        } finally {
            firing.set(false);
            clients.shutdownNow();
            pool.shutdownNow();
        }
    }

    private record Answer(int status, String outcome, long nanos) {}

    private static Answer send(HttpClient http, HttpRequest request) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - t0;
            String outcome = "";
            if (response.statusCode() == 202) {
                JsonNode body = Json.mapper().readTree(response.body());
                outcome = body.path("outcome").asText("");
            }
            return new Answer(response.statusCode(), outcome, nanos);
        } catch (IOException e) {
            return new Answer(-1, "", System.nanoTime() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "", System.nanoTime() - t0);
        }
    }

    /** Polls the job store while the bench runs: the most audits any one council had pending at once. */
    private static void watch(AuditScheduler node, AtomicBoolean firing, AtomicInteger most, AtomicInteger polls) {
        while (firing.get()) {
            Map<String, Integer> perCouncil = new HashMap<>();
            for (PendingAudit p : node.status().pending()) {
                perCouncil.merge(p.councilId(), 1, Integer::sum);
            }
            perCouncil.values().forEach(n -> most.accumulateAndGet(n, Math::max));
            polls.incrementAndGet();
            java.util.concurrent.locks.LockSupport.parkNanos(POLL.toNanos());
        }
    }

    private static boolean awaitIdle(AuditScheduler node, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (node.status().pending().isEmpty()) {
                return true;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(POLL.toNanos());
        }
        return false;
    }

    private static Report report(
            Settings settings,
            List<Answer> answers,
            int queued,
            FakeAuditor auditor,
            boolean allRan,
            int mostPending,
            int polls,
            double seconds) {
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
        int joined =
                (int) answers.stream().filter(a -> a.outcome().equals("joined")).count();
        int answered = queued + joined;
        List<Long> nanos = new ArrayList<>(
                answers.stream().filter(a -> a.status() > 0).map(Answer::nanos).toList());
        Collections.sort(nanos);
        return new Report(
                settings,
                answered,
                answers.size() - answered,
                statuses,
                queued,
                joined,
                auditor.started.get(),
                allRan && auditor.started.get() == queued,
                mostPending,
                auditor.mostAtOnce(),
                polls,
                percentile(nanos, 0.50),
                percentile(nanos, 0.99),
                nanos.isEmpty() ? 0 : nanos.get(nanos.size() - 1) / 1e6,
                seconds,
                answers.size() / seconds);
    }

    /** The nearest-rank percentile, in milliseconds; 0 for no samples. */
    static double percentile(List<Long> sortedNanos, double p) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sortedNanos.size());
        return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, rank - 1))) / 1e6;
    }

    /** Takes {@code time} per audit, counting audits started and how many of one council ever ran at once. */
    private static final class FakeAuditor implements CouncilAuditor {
        private final Duration time;
        private final AtomicInteger started = new AtomicInteger();
        private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
        private final AtomicInteger mostAtOnce = new AtomicInteger();

        FakeAuditor(Duration time) {
            this.time = time;
        }

        @Override
        public void audit(AuditRequest request) throws InterruptedException {
            AtomicInteger mine = running.computeIfAbsent(request.councilId(), k -> new AtomicInteger());
            mostAtOnce.accumulateAndGet(mine.incrementAndGet(), Math::max);
            synchronized (started) {
                started.incrementAndGet();
                started.notifyAll();
            }
            try {
                Thread.sleep(time.toMillis());
            } finally {
                mine.decrementAndGet();
            }
        }

        int mostAtOnce() {
            return mostAtOnce.get();
        }

        boolean awaitStarts(int count, Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            synchronized (started) {
                while (started.get() < count) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    started.wait(Math.max(1, left / 1_000_000));
                }
            }
            return true;
        }
    }
}
