package wales.councilaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.councilaudit.crawl.CouncilCrawler;
import wales.councilaudit.crawl.CrawlLedger;
import wales.councilaudit.crawl.CrawlLimits;
import wales.councilaudit.crawl.CrawlProgress;
import wales.councilaudit.crawl.CrawlStatus;
import wales.councilaudit.crawl.CrawlSummary;
import wales.councilaudit.crawl.CrawlSummaryJson;
import wales.councilaudit.crawl.HostPoliteness;
import wales.councilaudit.crawl.PolitenessSettings;
import wales.councilaudit.crawl.RobotsPolicy;
import wales.councilaudit.crawl.SampleVocabulary;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.HttpSettings;
import wales.councilaudit.net.Sleeper;
import wales.councilaudit.net.TrustMaterial;
import wales.councilaudit.registry.Council;
import wales.councilaudit.report.CrawlReport;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.RunRecord;
import wales.councilaudit.store.RunStatus;
import wales.councilaudit.store.StoreConfig;

/**
 * One crawl run, wired from validated settings: crawls councils (a few at once, each polite per host), keeps each
 * council's frontier and pages in the store as it goes, writes {@code crawl/<council>.csv} and {@code .json} as
 * each council finishes, then the table. A run given to {@code --resume} goes on where it stopped: finished
 * councils are kept, the others continue from their last commit.
 */
final class CrawlRun {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlRun.class);

    /** The kind of run, in its id and in the store. */
    static final String KIND = "crawl";

    record Settings(
            List<Council> councils,
            HostResolver resolver,
            HttpSettings http,
            TrustMaterial trust,
            StoreConfig store,
            Path resultsDir,
            Path out,
            CrawlLimits limits,
            PolitenessSettings politeness,
            int parallel,
            Optional<String> resume) {}

    /** What a run produced. */
    record Outcome(String runId, Path folder, List<CrawlSummary> summaries, int exitCode) {}

    private final Settings settings;
    private final Clock clock;

    CrawlRun(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    Outcome execute(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        Instant started = clock.instant();
        try (ResultStore store = ResultStore.open(settings.store());
                HttpFetcher fetcher = new HttpFetcher(
                        settings.http(), settings.resolver(), settings.trust(), Sleeper.SYSTEM, clock)) {
            String runId = runId(store, started);
            Path folder = RunFolder.create(settings.out(), settings.resultsDir(), runId);
            Path crawlFolder = Files.createDirectories(folder.resolve("crawl"));
            store.startRun(new RunRecord(runId, KIND, started, Optional.empty(), RunStatus.RUNNING, Version.current()));
            HostPoliteness politeness = new HostPoliteness(settings.politeness(), clock, Sleeper.SYSTEM);
            CouncilCrawler crawler = new CouncilCrawler(
                    fetcher,
                    politeness,
                    RobotsPolicy.forCouncilAudit(),
                    settings.resolver().policy(),
                    settings.limits(),
                    SampleVocabulary.bundled(),
                    clock);
            CrawlProgressLines progress =
                    new CrawlProgressLines(err, clock, settings.councils().size());
            List<CrawlSummary> summaries;
            try {
                summaries = crawlAll(crawler, store, runId, crawlFolder, progress);
            } catch (RuntimeException | InterruptedException | IOException e) {
                store.finishRun(runId, RunStatus.FAILED, clock.instant());
                throw e;
            }
            store.finishRun(runId, RunStatus.COMPLETED, clock.instant());
            CrawlReport.printTable(out, summaries);
            long notReached = summaries.stream()
                    .filter(s -> s.status() == CrawlStatus.BLOCKED || s.status() == CrawlStatus.UNREACHABLE)
                    .count();
            long failed = summaries.stream()
                    .filter(s -> s.status() == CrawlStatus.FAILED)
                    .count();
            err.printf(
                    "%d councils crawled, %d blocked or unreachable, %d failed; run %s stored in %s%n",
                    summaries.size(),
                    notReached,
                    failed,
                    runId,
                    settings.store().isPostgres() ? "PostgreSQL" : "the embedded store");
            err.flush();
            int exit = failed > 0
                    ? ExitCode.INTERNAL_ERROR
                    : notReached > 0 ? ExitCode.DONE_WITH_UNREACHABLE : ExitCode.DONE;
            return new Outcome(runId, folder.toAbsolutePath().normalize(), summaries, exit);
        }
    }

    private String runId(ResultStore store, Instant started) {
        if (settings.resume().isEmpty()) {
            return RunFolder.newRunId(KIND, started, settings.resultsDir());
        }
        String id = settings.resume().get();
        Optional<RunRecord> run = store.run(id);
        if (run.isEmpty()) {
            throw new UserInputException("--resume " + id + ": no such run in the store");
        }
        if (!run.get().kind().equals(KIND)) {
            throw new UserInputException(
                    "--resume " + id + ": that run is a " + run.get().kind() + " run, not a crawl");
        }
        return id;
    }

    private List<CrawlSummary> crawlAll(
            CouncilCrawler crawler, ResultStore store, String runId, Path folder, CrawlProgressLines progress)
            throws InterruptedException, IOException {
        List<Council> councils = settings.councils();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallel(), councils.size()));
        try {
            CompletionService<CrawlSummary> completion = new ExecutorCompletionService<>(pool);
            for (Council council : councils) {
                completion.submit(() -> crawlOne(crawler, store, runId, council, progress));
            }
            Map<String, CrawlSummary> byId = new HashMap<>();
            for (int done = 1; done <= councils.size(); done++) {
                CrawlSummary summary = completion.take().get();
                CrawlReport.write(folder, summary, store.crawlLedger(runId, summary.council()));
                byId.put(summary.council(), summary);
                progress.finished(done, summary);
            }
            List<CrawlSummary> ordered = new ArrayList<>();
            councils.forEach(c -> ordered.add(byId.get(c.id())));
            return ordered;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("a crawl failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One council: skipped when already finished in this run; a failure is recorded, and the run goes on. */
    private CrawlSummary crawlOne(
            CouncilCrawler crawler, ResultStore store, String runId, Council council, CrawlProgressLines progress)
            throws InterruptedException {
        return crawlCouncil(crawler, store, runId, council, progress, clock);
    }

    /**
     * One council's crawl in a run, shared with the audit: the stored summary when the council already finished in
     * this run (a resumed run), else the crawl, resumed from the ledger's frontier; a crash in the crawl is recorded
     * as a {@code FAILED} summary in the ledger and returned, so the run goes on.
     */
    static CrawlSummary crawlCouncil(
            CouncilCrawler crawler,
            ResultStore store,
            String runId,
            Council council,
            CrawlProgress progress,
            Clock clock)
            throws InterruptedException {
        CrawlLedger ledger = store.crawlLedger(runId, council.id());
        Optional<CrawlStatus> status = ledger.status();
        if (status.isPresent() && status.get().isFinal()) {
            Optional<String> json = ledger.summaryJson();
            if (json.isPresent()) {
                LOG.info("{}: already crawled in run {} ({})", council.id(), runId, status.get());
                return CrawlSummaryJson.read(json.get());
            }
        }
        try {
            return crawler.crawl(council, ledger, progress);
        } catch (RuntimeException e) {
            LOG.error("{}: the crawl failed", council.id(), e);
            Instant now = clock.instant();
            CrawlSummary failed = CouncilCrawler.failedSummary(council.id(), crawler.limits(), now, e);
            try {
                ledger.finish(CrawlStatus.FAILED, now, CrawlSummaryJson.write(failed), List.of());
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            return failed;
        }
    }
}
