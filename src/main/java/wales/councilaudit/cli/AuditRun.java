package wales.councilaudit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.councilaudit.accessibility.AxeScanner;
import wales.councilaudit.accessibility.Certainty;
import wales.councilaudit.accessibility.ConsentStrategy;
import wales.councilaudit.accessibility.Deduplication;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.accessibility.KeyboardProbe;
import wales.councilaudit.accessibility.PageScanner;
import wales.councilaudit.browser.BrowserPool;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.BrowserSettings;
import wales.councilaudit.browser.SubmitGuard;
import wales.councilaudit.crawl.CouncilCrawler;
import wales.councilaudit.crawl.CrawlLimits;
import wales.councilaudit.crawl.CrawlStatus;
import wales.councilaudit.crawl.CrawlSummary;
import wales.councilaudit.crawl.HostPoliteness;
import wales.councilaudit.crawl.PolitenessSettings;
import wales.councilaudit.crawl.RobotsPolicy;
import wales.councilaudit.crawl.SampleVocabulary;
import wales.councilaudit.domains.DomainChecker;
import wales.councilaudit.domains.DomainResult;
import wales.councilaudit.domains.DomainStatus;
import wales.councilaudit.json.Json;
import wales.councilaudit.mobile.MobilePage;
import wales.councilaudit.mobile.MobileProbe;
import wales.councilaudit.mobile.MobileSite;
import wales.councilaudit.mobile.Screenshot;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.HttpSettings;
import wales.councilaudit.net.Sleeper;
import wales.councilaudit.net.TlsProbe;
import wales.councilaudit.net.TrustMaterial;
import wales.councilaudit.registry.Council;
import wales.councilaudit.report.CouncilDetail;
import wales.councilaudit.report.CouncilStatus;
import wales.councilaudit.report.CouncilSummary;
import wales.councilaudit.report.FindingCounts;
import wales.councilaudit.report.RunSummary;
import wales.councilaudit.report.ScannedPage;
import wales.councilaudit.report.SummaryJson;
import wales.councilaudit.report.TaskSummary;
import wales.councilaudit.report.WelshCoverage;
import wales.councilaudit.scoring.AccessibilityFacts;
import wales.councilaudit.scoring.ComponentScore;
import wales.councilaudit.scoring.Components;
import wales.councilaudit.scoring.MobileFacts;
import wales.councilaudit.scoring.Overall;
import wales.councilaudit.scoring.Scorer;
import wales.councilaudit.scoring.ScoringRules;
import wales.councilaudit.scoring.TaskScore;
import wales.councilaudit.store.CouncilResultRow;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.RunRecord;
import wales.councilaudit.store.RunStatus;

/**
 * One audit run, wired from validated settings: for each council the domain check, the crawl, the browser stage
 * (axe-core, keyboard and mobile checks on the pages {@link BrowserSample} picks), the task and tools journeys, and
 * the scores; each council's result is saved in the store as it finishes, then {@code summary.json} and the
 * council files are written from the store.
 *
 * <p>Councils flow through two lanes: up to {@code parallel} councils at once in the network lane (domain check and
 * crawl, each polite per host), and one council at a time in the browser lane (the sessions are shared), so a
 * council's crawl overlaps another's browser work. A council's failure (a crash in any stage) is recorded as {@code
 * FAILED} with why, and the run goes on. A run given to {@code --resume} keeps the councils that have a result and
 * does the rest (councils recorded {@code FAILED} are tried again); a council's crawl resumes from its frontier.
 * Writing a council's result again replaces it, so nothing is counted twice.
 */
final class AuditRun {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRun.class);

    /** The kinds of run an audit writes, and which {@code --resume} accepts. */
    static final List<String> KINDS = List.of("audit", "benchmark", "demo", "retest");

    /**
     * What to audit and how, validated by the command.
     *
     * @param councils the councils, in the order the summary lists them
     * @param kind {@code audit}, {@code benchmark} or {@code demo}: in the run id and the store
     * @param parallel councils in the network lane at once
     * @param profiles the browser profiles: a desktop one (the accessibility score) and a mobile one (the mobile
     *     score)
     * @param submitAllowList the hosts a form may be submitted to (the never-submit guard's allow-list): empty for
     *     real councils, the sandbox's own hosts for the demo
     */
    record Settings(
            List<Council> councils,
            String kind,
            HostResolver resolver,
            HttpSettings http,
            TrustMaterial trust,
            wales.councilaudit.store.StoreConfig store,
            Path resultsDir,
            Optional<Path> out,
            CrawlLimits limits,
            PolitenessSettings politeness,
            int parallel,
            BrowserSettings browser,
            List<BrowserProfile> profiles,
            ConsentStrategy consent,
            ScoringRules rules,
            Optional<String> resume,
            Set<String> submitAllowList) {

        Settings {
            submitAllowList = Set.copyOf(submitAllowList);
            councils = List.copyOf(councils);
            profiles = List.copyOf(profiles);
            if (councils.isEmpty()) {
                throw new IllegalArgumentException("no council to audit");
            }
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("unknown kind of run: " + kind);
            }
            if (profiles.stream().noneMatch(p -> !p.mobile())
                    || profiles.stream().noneMatch(BrowserProfile::mobile)) {
                throw new IllegalArgumentException("an audit needs a desktop and a mobile profile");
            }
        }

        /**
         * These settings for one scheduled job: the run {@code runId} (which the job has recorded in the store)
         * taken up as {@code --resume} would, written to {@code out} when given.
         */
        Settings forScheduledRun(String runId, Optional<Path> folder) {
            return new Settings(
                    councils,
                    kind,
                    resolver,
                    http,
                    trust,
                    store,
                    resultsDir,
                    folder,
                    limits,
                    politeness,
                    parallel,
                    browser,
                    profiles,
                    consent,
                    rules,
                    Optional.of(runId),
                    submitAllowList);
        }
    }

    /**
     * What a run produced.
     *
     * @param exitCode {@link ExitCode#DONE}, {@link ExitCode#DONE_WITH_UNREACHABLE} when a council was blocked or
     *     unreachable, {@link ExitCode#INTERNAL_ERROR} when one failed
     */
    record Outcome(String runId, Path folder, RunSummary summary, int exitCode) {}

    private final Settings settings;
    private final TaskStage tasks;
    private final Clock clock;
    private final Scorer scorer;
    private final boolean part;

    AuditRun(Settings settings, TaskStage tasks, Clock clock) {
        this(settings, tasks, clock, false);
    }

    private AuditRun(Settings settings, TaskStage tasks, Clock clock, boolean part) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scorer = new Scorer(settings.rules());
        this.part = part;
    }

    /**
     * This run as one part of a larger run that other processes share (a scheduled benchmark's council): its
     * councils are audited and saved in the store as usual, but it neither writes the run's {@code summary.json}
     * nor marks the run finished, since the run has councils it does not know about. {@link RunFinaliser} does both
     * from the store.
     */
    AuditRun asPartOfRun() {
        return new AuditRun(settings, tasks, clock, true);
    }

    Outcome execute(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        return execute(out, err, folder -> {});
    }

    /**
     * Runs the audit, prints the table to {@code out} and progress to {@code err}; the caller prints the folder as
     * the last line.
     *
     * @param folderReady told the run's folder as soon as it exists, before any council starts
     */
    Outcome execute(PrintWriter out, PrintWriter err, IoConsumer<Path> folderReady)
            throws IOException, InterruptedException {
        Instant now = clock.instant();
        try (ResultStore store = ResultStore.open(settings.store());
                HttpFetcher fetcher =
                        new HttpFetcher(settings.http(), settings.resolver(), settings.trust(), Sleeper.SYSTEM, clock);
                BrowserPool pool = BrowserPool.open(settings.browser(), new SubmitGuard(settings.submitAllowList()))) {
            RunRecord run = run(store, now);
            Path folder = RunFolder.create(settings.out().orElse(null), settings.resultsDir(), run.id())
                    .toAbsolutePath()
                    .normalize();
            store.startRun(run);
            folderReady.accept(folder);
            Map<String, CouncilResultRow> kept = new LinkedHashMap<>();
            Set<String> asked = new HashSet<>();
            settings.councils().forEach(c -> asked.add(c.id()));
            store.councilResults(run.id()).stream()
                    .filter(r -> asked.contains(r.councilId())) // a shared run's other councils are not ours
                    .filter(r -> !r.status().equals(CouncilStatus.FAILED.name()))
                    .forEach(r -> kept.put(r.councilId(), r));
            List<Council> todo = settings.councils().stream()
                    .filter(c -> !kept.containsKey(c.id()))
                    .toList();
            err.printf(
                    "audit %s: %d councils%s; %d browser session(s)%n",
                    run.id(),
                    settings.councils().size(),
                    kept.isEmpty() ? "" : ", " + kept.size() + " already done in this run and kept",
                    settings.browser().sessions());
            err.flush();
            Lanes lanes = new Lanes(store, fetcher, pool, run.id(), folder, err);
            try {
                lanes.auditAll(todo, kept.size());
            } catch (RuntimeException | InterruptedException e) {
                if (!part) {
                    store.finishRun(run.id(), RunStatus.FAILED, clock.instant());
                }
                throw e;
            }
            Instant end = clock.instant();
            RunSummary summary = summary(
                    settings.councils(),
                    store.councilResults(run.id()),
                    run,
                    end,
                    pool.chromiumVersion(),
                    settings.rules());
            if (!part) {
                writeFiles(folder, summary, store.councilResults(run.id()));
                store.finishRun(run.id(), RunStatus.COMPLETED, end);
            }
            printTable(out, summary);
            err.println(stageTimes(summary, Duration.between(now, end)));
            err.flush();
            return new Outcome(run.id(), folder, summary, exitCode(summary));
        }
    }

    private RunRecord run(ResultStore store, Instant now) {
        if (settings.resume().isEmpty()) {
            String id = RunFolder.newRunId(settings.kind(), now, settings.resultsDir());
            return new RunRecord(id, settings.kind(), now, Optional.empty(), RunStatus.RUNNING, Version.current());
        }
        String id = settings.resume().get();
        RunRecord run = store.run(id)
                .orElseThrow(() -> new UserInputException("--resume " + id + ": no such run in the store"));
        if (!KINDS.contains(run.kind())) {
            throw new UserInputException("--resume " + id + ": that run is a " + run.kind() + " run, not an audit");
        }
        return run;
    }

    /** The two lanes of one run and its progress lines. */
    private final class Lanes {

        private final ResultStore store;
        private final String runId;
        private final Path folder;
        private final PrintWriter err;
        private final DomainChecker checker;
        private final CouncilCrawler crawler;
        private final BrowserPool pool;
        private final BrowserScan scan;
        private final CrawlProgressLines crawlProgress;
        private final AtomicInteger finished = new AtomicInteger();
        private final Map<String, DomainResult> storedDomains = new LinkedHashMap<>();

        Lanes(ResultStore store, HttpFetcher fetcher, BrowserPool pool, String runId, Path folder, PrintWriter err) {
            this.store = store;
            this.runId = runId;
            this.folder = folder;
            this.err = err;
            this.pool = pool;
            TlsProbe tls = new TlsProbe(
                    settings.resolver(), settings.trust(), settings.http().connectTimeout(), clock);
            this.checker = new DomainChecker(fetcher, tls, clock);
            this.crawler = new CouncilCrawler(
                    fetcher,
                    new HostPoliteness(settings.politeness(), clock, Sleeper.SYSTEM),
                    RobotsPolicy.forCouncilAudit(),
                    settings.resolver().policy(),
                    settings.limits(),
                    SampleVocabulary.bundled(),
                    clock);
            PageScanner scanner = new PageScanner(
                    new AxeScanner(settings.browser().scriptTimeout()), KeyboardProbe.defaults(), settings.consent());
            this.scan = new BrowserScan(pool, scanner, new MobileProbe(folder.resolve("councils")), false);
            this.crawlProgress =
                    new CrawlProgressLines(err, clock, settings.councils().size());
            store.domainResults(runId).forEach(d -> storedDomains.put(d.council(), d));
        }

        void auditAll(List<Council> councils, int alreadyDone) throws InterruptedException {
            finished.set(alreadyDone);
            if (councils.isEmpty()) {
                return;
            }
            ExecutorService network = Executors.newFixedThreadPool(Math.min(settings.parallel(), councils.size()));
            ExecutorService browser = Executors.newSingleThreadExecutor();
            try {
                CompletionService<Front> crawled = new ExecutorCompletionService<>(network);
                for (Council council : councils) {
                    crawled.submit(() -> front(council));
                }
                // The browser lane takes councils in the order their network lane finishes.
                List<Future<String>> saved = new ArrayList<>();
                for (int i = 0; i < councils.size(); i++) {
                    Front front = get(crawled.take());
                    saved.add(front instanceof Ready ready ? browser.submit(() -> back(ready)) : null);
                }
                for (Future<String> future : saved) {
                    if (future != null) {
                        get(future);
                    }
                }
            } finally {
                network.shutdownNow();
                browser.shutdownNow();
            }
        }

        private <T> T get(Future<T> future) throws InterruptedException {
            try {
                return future.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof InterruptedException interrupted) {
                    throw interrupted;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException("an audit lane failed: " + cause, cause);
            }
        }

        /**
         * The network lane for one council: the domain check (kept from the store when this run already did it)
         * and the crawl. A council that is blocked, unreachable or failed here is saved at once.
         */
        private Front front(Council council) throws InterruptedException {
            Map<String, Duration> timings = new LinkedHashMap<>();
            Optional<DomainResult> domain = Optional.empty();
            try {
                Instant start = clock.instant();
                DomainResult checked = storedDomains.get(council.id());
                if (checked == null) {
                    checked = checker.check(council);
                    store.saveDomainResult(runId, checked);
                }
                domain = Optional.of(checked);
                timings.put("domains", Duration.between(start, clock.instant()));
                if (!checked.status().reached()) {
                    CouncilStatus status = checked.status() == DomainStatus.BLOCKED
                            ? CouncilStatus.BLOCKED
                            : CouncilStatus.UNREACHABLE;
                    return new Saved(
                            save(unscored(council, status, checked.reason(), domain, Optional.empty(), timings)));
                }
                start = clock.instant();
                CrawlSummary crawl = CrawlRun.crawlCouncil(crawler, store, runId, council, crawlProgress, clock);
                timings.put("crawl", Duration.between(start, clock.instant()));
                if (crawl.status() != CrawlStatus.COMPLETE) {
                    CouncilStatus status =
                            switch (crawl.status()) {
                                case BLOCKED -> CouncilStatus.BLOCKED;
                                case UNREACHABLE -> CouncilStatus.UNREACHABLE;
                                default -> CouncilStatus.FAILED;
                            };
                    return new Saved(save(unscored(
                            council,
                            status,
                            "the crawl ended " + crawl.status() + ": " + crawl.evidence(),
                            domain,
                            Optional.of(crawl),
                            timings)));
                }
                return new Ready(council, domain.get(), crawl, homeTwins(council, crawl), timings);
            } catch (RuntimeException e) {
                LOG.error("{}: the audit failed before the browser stage", council.id(), e);
                return new Saved(save(
                        unscored(council, CouncilStatus.FAILED, "failed: " + e, domain, Optional.empty(), timings)));
            }
        }

        /** The browser lane for one council: the scan, the journeys and the scores. */
        private String back(Ready front) throws InterruptedException {
            Council council = front.council();
            Map<String, Duration> timings = new LinkedHashMap<>(front.timings());
            try {
                Optional<BrowserSample> chosen = BrowserSample.forCrawl(front.crawl(), front.homeTwins());
                if (chosen.isEmpty()) {
                    return save(unscored(
                            council,
                            CouncilStatus.FAILED,
                            "the crawl chose no page to examine",
                            Optional.of(front.domain()),
                            Optional.of(front.crawl()),
                            timings));
                }
                Instant start = clock.instant();
                List<URI> pages = chosen.get().urls();
                List<ScannedPage> scanned = scan.scan(pages, settings.profiles(), p -> {});
                timings.put("browser", Duration.between(start, clock.instant()));
                Optional<AccessibilityFacts> accessibilityFacts = BrowserScan.accessibilityFacts(scanned, desktop());
                Optional<MobileSite> mobileSite = BrowserScan.mobileSite(scanned);
                if (accessibilityFacts.isEmpty() || mobileSite.isEmpty()) {
                    return save(unscored(
                            council,
                            CouncilStatus.FAILED,
                            "the browser could not scan the home page: " + notScanned(scanned),
                            Optional.of(front.domain()),
                            Optional.of(front.crawl()),
                            timings));
                }
                start = clock.instant();
                Path evidence = folder.resolve("councils").resolve(council.id()).resolve("journeys");
                TaskStage.TaskFacts taskFacts = tasks.run(pool, pages.get(0), pages, folder, evidence, line -> {});
                timings.put("tasks", Duration.between(start, clock.instant()));

                start = clock.instant();
                List<TaskScore> taskScores = taskFacts.tasks().stream()
                        .map(t -> scorer.task(t.taskId(), t.answers()))
                        .toList();
                ComponentScore tools = scorer.tools(taskFacts.tools());
                MobileFacts pagesOnly = mobileSite.get().facts();
                ComponentScore mobile = scorer.mobile(withJourneys(pagesOnly, taskFacts));
                ComponentScore accessibility = scorer.accessibility(accessibilityFacts.get());
                Components components = Components.of(taskScores, tools, mobile, accessibility);
                Overall overall = scorer.overall(components, taskScores.size());
                timings.put("scoring", Duration.between(start, clock.instant()));

                List<Finding> findings = new ArrayList<>();
                scanned.forEach(p -> findings.addAll(p.findings()));
                Deduplication dedup = Deduplication.of(findings);
                int violations = (int) dedup.groups().stream()
                        .filter(g -> g.certainty() == Certainty.VIOLATION)
                        .count();
                CouncilSummary summary = new CouncilSummary(
                        council.id(),
                        council.name().en(),
                        council.name().cy(),
                        CouncilStatus.AUDITED,
                        "",
                        Optional.of(overall.stars()),
                        overall.why(),
                        Optional.of(components),
                        taskScores.stream().map(TaskSummary::of).toList(),
                        Optional.of(tools),
                        Optional.of(mobile),
                        Optional.of(accessibility),
                        Optional.of(front.domain()),
                        Optional.of(welsh(front.crawl())),
                        new FindingCounts(dedup.findings(), dedup.groups().size(), violations),
                        timings);
                CouncilDetail detail = new CouncilDetail(
                        council.id(),
                        dedup.groups(),
                        taskFacts.journeys(),
                        scanned.stream()
                                .flatMap(p -> p.mobile().stream())
                                .map(this::relative)
                                .toList(),
                        Optional.of(front.crawl()),
                        scanned.stream()
                                .filter(p -> !p.scanned())
                                .map(p -> p.page() + " (" + p.profile() + "): "
                                        + p.failure().orElse(""))
                                .toList());
                return save(new Result(summary, detail));
            } catch (RuntimeException e) {
                LOG.error("{}: the audit failed in the browser lane", council.id(), e);
                return save(unscored(
                        council,
                        CouncilStatus.FAILED,
                        "failed: " + e,
                        Optional.of(front.domain()),
                        Optional.of(front.crawl()),
                        timings));
            }
        }

        /** The home page's twins in the other language, as the crawl recorded them (one pass over its pages). */
        private Set<URI> homeTwins(Council council, CrawlSummary crawl) {
            if (crawl.sample().isEmpty()) {
                return Set.of();
            }
            URI home = crawl.sample().get(0).url();
            Set<URI> twins = new HashSet<>();
            store.crawlLedger(runId, council.id()).forEach(page -> {
                if (page.record().url().equals(home)) {
                    page.record().twin().ifPresent(t -> twins.add(t.url()));
                }
            });
            return Set.copyOf(twins);
        }

        private MobilePage relative(MobilePage page) {
            if (page.screenshot() instanceof Screenshot.Saved saved
                    && saved.file().isAbsolute()) {
                Path file = folder.relativize(saved.file().toAbsolutePath().normalize());
                return new MobilePage(
                        page.page(),
                        page.viewport(),
                        page.overflow(),
                        page.text(),
                        new Screenshot.Saved(file, saved.fullPage()));
            }
            return page;
        }

        private String save(Result result) {
            CouncilSummary s = result.summary();
            try {
                store.saveCouncilResult(new CouncilResultRow(
                        runId,
                        s.id(),
                        s.status().name(),
                        clock.instant(),
                        Json.mapper().writeValueAsString(s),
                        SummaryJson.detailText(result.detail())));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a council's result could not be written as JSON", e);
            }
            int done = finished.incrementAndGet();
            synchronized (err) {
                err.printf(
                        "[%2d/%d] %-22s %s%s%n",
                        done,
                        settings.councils().size(),
                        s.id(),
                        s.status(),
                        s.overall()
                                .map(o -> ": " + o + " star(s), " + describe(s))
                                .orElse(": " + s.reason()));
                err.flush();
            }
            return s.id();
        }
    }

    private static String describe(CouncilSummary s) {
        Components c = s.components().orElseThrow();
        return "tasks " + c.tasks() + ", tools " + c.tools() + ", mobile " + c.mobile() + ", accessibility "
                + c.accessibility() + timings(s.timings());
    }

    private static String timings(Map<String, Duration> timings) {
        StringBuilder text = new StringBuilder(" (");
        timings.forEach((stage, d) -> text.append(text.length() > 2 ? ", " : "")
                .append(stage)
                .append(' ')
                .append(String.format("%.1f s", d.toMillis() / 1000.0)));
        return text.append(')').toString();
    }

    private static String notScanned(List<ScannedPage> pages) {
        return pages.stream()
                .filter(p -> p.home() && !p.scanned())
                .map(p -> p.profile() + ": " + p.failure().orElse(""))
                .findFirst()
                .orElse("no home page among the pages");
    }

    private String desktop() {
        return settings.profiles().stream()
                .filter(p -> !p.mobile())
                .map(BrowserProfile::name)
                .findFirst()
                .orElseThrow();
    }

    private static MobileFacts withJourneys(MobileFacts pages, TaskStage.TaskFacts tasks) {
        return new MobileFacts(
                pages.viewportDeviceWidth(),
                pages.zoomDisabled(),
                pages.homePageOverflows(),
                pages.pagesExamined(),
                pages.pagesOverflowing(),
                pages.smallTargetShare(),
                pages.legibleTextShare(),
                tasks.journeysTried(),
                tasks.journeysWorking());
    }

    private static WelshCoverage welsh(CrawlSummary crawl) {
        return WelshCoverage.of(crawl.twins().englishPages(), crawl.twins().verified());
    }

    private static Result unscored(
            Council council,
            CouncilStatus status,
            String reason,
            Optional<DomainResult> domain,
            Optional<CrawlSummary> crawl,
            Map<String, Duration> timings) {
        return new Result(
                CouncilSummary.unscored(
                        council.id(),
                        council.name().en(),
                        council.name().cy(),
                        status,
                        reason,
                        domain,
                        crawl.filter(c -> c.status() == CrawlStatus.COMPLETE).map(AuditRun::welsh),
                        timings),
                CouncilDetail.empty(council.id(), crawl));
    }

    /** Takes a value and may fail with an I/O error. */
    @FunctionalInterface
    interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }

    /** A council's summary and evidence, as saved. */
    private record Result(CouncilSummary summary, CouncilDetail detail) {}

    /** What the network lane ends with: a council saved already, or one ready for the browser lane. */
    private sealed interface Front permits Saved, Ready {}

    /** A council the network lane saved (blocked, unreachable, failed). */
    private record Saved(String councilId) implements Front {}

    /** A council crawled and ready for the browser lane. */
    private record Ready(
            Council council, DomainResult domain, CrawlSummary crawl, Set<URI> homeTwins, Map<String, Duration> timings)
            implements Front {}

    /**
     * A run's summary from its stored rows: every council asked for, in order; those without a result are left
     * out.
     */
    static RunSummary summary(
            List<Council> asked,
            List<CouncilResultRow> rows,
            RunRecord run,
            Instant end,
            Optional<String> chromium,
            ScoringRules rules)
            throws IOException {
        Map<String, CouncilSummary> byId = new LinkedHashMap<>();
        for (CouncilResultRow row : rows) {
            byId.put(row.councilId(), Json.mapper().readValue(row.summaryJson(), CouncilSummary.class));
        }
        List<CouncilSummary> councils = asked.stream()
                .map(c -> byId.get(c.id()))
                .filter(Objects::nonNull)
                .toList();
        RunSummary.RunInfo info = new RunSummary.RunInfo(
                run.id(),
                run.started(),
                Optional.of(end),
                Version.current(),
                Optional.of(AxeScanner.axeVersion()),
                chromium,
                rules.profile(),
                rules.label());
        return RunSummary.of(info, councils);
    }

    /** {@code summary.json} and {@code councils/<id>.json}. */
    static void writeFiles(Path folder, RunSummary summary, List<CouncilResultRow> rows) throws IOException {
        SummaryJson.writeSummary(folder, summary);
        for (CouncilResultRow row : rows) {
            if (summary.council(row.councilId()).isPresent()) {
                Path file = SummaryJson.detailFile(folder, row.councilId());
                Files.createDirectories(file.getParent());
                Files.writeString(file, row.detailJson());
            }
        }
    }

    private static void printTable(PrintWriter out, RunSummary summary) {
        out.printf(
                "%-22s %-12s %7s %5s %5s %6s %13s%n",
                "council", "status", "overall", "tasks", "tools", "mobile", "accessibility");
        for (CouncilSummary c : summary.councils()) {
            if (c.components().isPresent()) {
                Components k = c.components().get();
                out.printf(
                        "%-22s %-12s %7d %5d %5d %6d %13d%n",
                        c.id(),
                        c.status(),
                        c.overall().orElseThrow(),
                        k.tasks(),
                        k.tools(),
                        k.mobile(),
                        k.accessibility());
            } else {
                out.printf("%-22s %-12s %7s %5s %5s %6s %13s%n", c.id(), c.status(), "-", "-", "-", "-", "-");
            }
        }
        out.flush();
    }

    /**
     * Where this process's time went: each stage's time summed over the councils (the lanes overlap, so the sum
     * can exceed the wall time; councils kept from before a resume count their own times), and this process's wall time.
     */
    static String stageTimes(RunSummary summary, Duration wall) {
        Map<String, Duration> sums = new LinkedHashMap<>();
        for (String stage : List.of("domains", "crawl", "browser", "tasks", "scoring")) {
            sums.put(stage, Duration.ZERO);
        }
        for (CouncilSummary c : summary.councils()) {
            c.timings().forEach((stage, d) -> sums.merge(stage, d, Duration::plus));
        }
        StringBuilder text = new StringBuilder("time by stage, summed over councils:");
        sums.forEach((stage, d) -> text.append(String.format(" %s %.1f s;", stage, d.toMillis() / 1000.0)));
        return text.append(String.format(" wall time %.1f s", wall.toMillis() / 1000.0))
                .toString();
    }

    private static int exitCode(RunSummary summary) {
        boolean failed = summary.councils().stream().anyMatch(c -> c.status() == CouncilStatus.FAILED);
        boolean notReached = summary.councils().stream()
                .anyMatch(c -> c.status() == CouncilStatus.BLOCKED || c.status() == CouncilStatus.UNREACHABLE);
        return failed ? ExitCode.INTERNAL_ERROR : notReached ? ExitCode.DONE_WITH_UNREACHABLE : ExitCode.DONE;
    }
}
