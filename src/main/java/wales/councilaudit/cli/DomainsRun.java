package wales.councilaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import wales.councilaudit.domains.DomainChecker;
import wales.councilaudit.domains.DomainResult;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.HttpSettings;
import wales.councilaudit.net.Sleeper;
import wales.councilaudit.net.TlsProbe;
import wales.councilaudit.net.TrustMaterial;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.Registry;
import wales.councilaudit.report.DomainsReport;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.RunRecord;
import wales.councilaudit.store.RunStatus;
import wales.councilaudit.store.StoreConfig;

/**
 * One run of the domain check, wired from validated settings: checks councils in parallel, saves each result in
 * the store as it arrives (so an interrupted run keeps what it did), then writes the files and the table.
 */
final class DomainsRun {

    record Settings(
            Registry registry,
            List<Council> councils,
            HostResolver resolver,
            HttpSettings http,
            TrustMaterial trust,
            StoreConfig store,
            Path resultsDir,
            Path out,
            int parallel,
            String kind) {}

    /** What a run produced. */
    record Outcome(String runId, Path folder, List<DomainResult> results, int exitCode) {}

    private final Settings settings;
    private final Clock clock;
    private final Optional<String> runId;

    DomainsRun(Settings settings, Clock clock) {
        this(settings, clock, Optional.empty());
    }

    private DomainsRun(Settings settings, Clock clock, Optional<String> runId) {
        this.settings = settings;
        this.clock = clock;
        this.runId = runId;
    }

    /**
     * This run under a run id named beforehand (a scheduled check's, from the time it was due) instead of a new one:
     * run again with the same id, it records the run once and replaces each council's result.
     */
    DomainsRun named(String id) {
        return new DomainsRun(settings, clock, Optional.of(id));
    }

    /**
     * Runs the check, prints the table to {@code out} and progress to {@code err}; the caller prints the folder
     * as the last line.
     */
    Outcome execute(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        Instant started = clock.instant();
        String runId = this.runId.orElseGet(() -> RunFolder.newRunId(settings.kind(), started, settings.resultsDir()));
        try (ResultStore store = ResultStore.open(settings.store());
                HttpFetcher fetcher = new HttpFetcher(
                        settings.http(), settings.resolver(), settings.trust(), Sleeper.SYSTEM, clock)) {
            Path folder = RunFolder.create(settings.out(), settings.resultsDir(), runId);
            store.startRun(new RunRecord(
                    runId, settings.kind(), started, Optional.empty(), RunStatus.RUNNING, Version.current()));
            TlsProbe tls = new TlsProbe(
                    settings.resolver(), settings.trust(), settings.http().connectTimeout(), clock);
            DomainChecker checker = new DomainChecker(fetcher, tls, clock);
            List<DomainResult> results;
            try {
                results = checkAll(checker, store, runId, err);
            } catch (RuntimeException | InterruptedException e) {
                store.finishRun(runId, RunStatus.FAILED, clock.instant());
                throw e;
            }
            Map<String, String> names = new HashMap<>();
            settings.councils().forEach(c -> names.put(c.id(), c.name().en()));
            DomainsReport.write(folder, results, id -> names.getOrDefault(id, id));
            store.finishRun(runId, RunStatus.COMPLETED, clock.instant());
            DomainsReport.printTable(out, results);
            long notReached =
                    results.stream().filter(r -> !r.status().reached()).count();
            err.printf(
                    "%d councils checked, %d unreachable or blocked; run %s stored in %s%n",
                    results.size(),
                    notReached,
                    runId,
                    settings.store().isPostgres() ? "PostgreSQL" : "the embedded store");
            err.flush();
            int exit = notReached > 0 ? ExitCode.DONE_WITH_UNREACHABLE : ExitCode.DONE;
            return new Outcome(runId, folder.toAbsolutePath().normalize(), results, exit);
        }
    }

    private List<DomainResult> checkAll(DomainChecker checker, ResultStore store, String runId, PrintWriter err)
            throws InterruptedException {
        List<Council> councils = settings.councils();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallel(), councils.size()));
        try {
            CompletionService<DomainResult> completion = new ExecutorCompletionService<>(pool);
            List<Future<DomainResult>> futures = new ArrayList<>();
            for (Council council : councils) {
                futures.add(completion.submit(() -> checker.check(council)));
            }
            Map<String, DomainResult> byId = new HashMap<>();
            for (int done = 1; done <= councils.size(); done++) {
                DomainResult result = completion.take().get();
                store.saveDomainResult(runId, result);
                byId.put(result.council(), result);
                err.printf("[%2d/%d] %-22s %s%n", done, councils.size(), result.council(), result.status());
                err.flush();
            }
            return councils.stream().map(c -> byId.get(c.id())).toList();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a domain check failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
