package wales.councilaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wales.councilaudit.bench.CrawlBench;
import wales.councilaudit.bench.FloorCrawler;
import wales.councilaudit.bench.ProductCrawl;
import wales.councilaudit.bench.ScanBench;
import wales.councilaudit.bench.ScanTable;
import wales.councilaudit.bench.ServeBench;
import wales.councilaudit.bench.TasksBench;
import wales.councilaudit.json.Json;

/** {@code council-audit bench SUBCOMMAND}: benchmarks (not tests: they report figures, they do not fail on them). */
@Command(
        name = "bench",
        description = "Run a benchmark on this machine and report its figures.",
        subcommands = {
            BenchCommand.Crawl.class,
            BenchCommand.Scan.class,
            BenchCommand.Tasks.class,
            BenchCommand.Serve.class
        })
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(), "Missing the benchmark to run: bench crawl, bench scan, bench tasks, bench serve");
    }

    /**
     * {@code council-audit bench crawl}: the crawl issue's benchmark (see {@link CrawlBench}). Exit status 0 when
     * it ran, whether or not the targets were met and whether or not the product is available; 3 when a crawler
     * failed (its figures are missing; the rest are written).
     */
    @Command(
            name = "crawl",
            description = {
                "Serve a generated site of each size on 127.0.0.1 and crawl it with the floor (a bare HttpClient 5 "
                        + "+ jsoup loop) and with the product, same threads, politeness off, after a warm-up; "
                        + "report pages per second, the product/floor ratio and peak heap, and whether the targets "
                        + "are met (ratio >= 0.5; peak heap < 256 MB at 50,000 pages).",
                "Writes crawl.json; prints the table and, as the last line, the folder."
            })
    static final class Crawl implements Callable<Integer> {

        private static final DateTimeFormatter STAMP =
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--pages",
                paramLabel = "N",
                split = ",",
                description = "Site sizes in pages, comma-separated or repeated. Default: 5000,50000.")
        List<Integer> pages = new ArrayList<>();

        @Option(
                names = "--threads",
                paramLabel = "N",
                defaultValue = "" + CrawlBench.DEFAULT_THREADS,
                description = "Threads for both crawlers, 1 to 64. Default: ${DEFAULT-VALUE}.")
        int threads;

        @Option(
                names = "--warmup-pages",
                paramLabel = "N",
                defaultValue = "" + CrawlBench.DEFAULT_WARMUP_PAGES,
                description = "Size of the warm-up site both crawlers run on first, 0 for none. "
                        + "Default: ${DEFAULT-VALUE}.")
        int warmupPages;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                description = "Write crawl.json here instead of <results>/bench/<timestamp>/.")
        Path out;

        @Override
        public Integer call() throws IOException {
            CrawlBench.Settings settings;
            try {
                settings = new CrawlBench.Settings(
                        pages.isEmpty() ? CrawlBench.DEFAULT_SIZES : pages, threads, warmupPages);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage(), e);
            }
            RunFolder.checkUsable(out);
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter stderr = spec.commandLine().getErr();
            Clock clock = Clock.systemUTC();
            Path folder = RunFolder.create(
                    out != null ? out : defaultFolder(bench.root.global.resultsDir(), clock.instant()), null, null);
            CrawlBench benchmark =
                    new CrawlBench(new FloorCrawler(), ProductCrawl.create(), stderr, clock, Version.current());
            CrawlBench.Report report = benchmark.run(settings);
            Path file = folder.resolve("crawl.json");
            Json.mapper().writeValue(file.toFile(), report);
            CrawlBench.printTable(report, stdout);
            stdout.println(folder.toAbsolutePath().normalize());
            stdout.flush();
            return report.anyFailed() ? ExitCode.INTERNAL_ERROR : ExitCode.DONE;
        }

        static Path defaultFolder(Path resultsDir, Instant started) {
            Path bench = resultsDir.resolve("bench");
            String base = STAMP.format(started);
            Path folder = bench.resolve(base);
            for (int n = 2; Files.exists(folder); n++) {
                folder = bench.resolve(base + "-" + n);
            }
            return folder;
        }
    }
    /**
     * {@code council-audit bench scan}: issue 5's benchmark (see {@link ScanBench}). Exit status 0 when it ran,
     * whether or not the targets were met and whether or not the peers could run; 3 when the product failed.
     */
    @Command(
            name = "scan",
            description = {
                "Serve a generated corpus of small pages with planted accessibility faults on 127.0.0.1 and scan "
                        + "every page with the product (a browser pool visit with axe-core, desktop profile) at each "
                        + "number of sessions, after a warm-up, and with pa11y-ci (axe runner) and @axe-core/cli, "
                        + "installed from the npm registry into the work folder and pointed at Debian's Chromium; "
                        + "report pages per minute, failed pages, Chromium's memory per session and each peer's rule "
                        + "ids against the product's, and whether the target is met (product >= 3x the faster "
                        + "peer's pages per minute).",
                "Writes scan.json; prints the table and, as the last line, the folder."
            })
    static final class Scan implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--pages",
                paramLabel = "N",
                defaultValue = "" + ScanBench.DEFAULT_PAGES,
                description = "Pages in the corpus. Default: ${DEFAULT-VALUE}.")
        int pages;

        @Option(
                names = "--sessions",
                paramLabel = "N",
                split = ",",
                description =
                        "Session counts to run every contender with, comma-separated, each 1 to 8. " + "Default: 1,2.")
        List<Integer> sessions = new ArrayList<>();

        @Option(
                names = "--warmup-pages",
                paramLabel = "N",
                defaultValue = "" + ScanBench.DEFAULT_WARMUP_PAGES,
                description = "Pages the product scans before each timed run. Default: ${DEFAULT-VALUE}.")
        int warmupPages;

        @Option(names = "--skip-peers", description = "Run the product only: no npm, no node.")
        boolean skipPeers;

        @Option(
                names = "--work",
                paramLabel = "DIR",
                description = "Where the peers are installed (and kept for the next run) and write their output. "
                        + "Default: council-audit-bench-scan in the system's temporary folder.")
        Path work;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                description = "Write scan.json here instead of <results>/bench/<timestamp>/.")
        Path out;

        @Override
        public Integer call() throws IOException, InterruptedException {
            ScanBench.Settings settings;
            try {
                settings = new ScanBench.Settings(
                        pages,
                        sessions.isEmpty() ? ScanBench.DEFAULT_SESSIONS : sessions,
                        warmupPages,
                        skipPeers,
                        work != null
                                ? work
                                : Path.of(System.getProperty("java.io.tmpdir"), "council-audit-bench-scan"));
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage(), e);
            }
            RunFolder.checkUsable(out);
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter stderr = spec.commandLine().getErr();
            Clock clock = Clock.systemUTC();
            Path folder = RunFolder.create(
                    out != null ? out : Crawl.defaultFolder(bench.root.global.resultsDir(), clock.instant()),
                    null,
                    null);
            ScanBench.Report report = new ScanBench(stderr, clock, Version.current()).run(settings);
            Json.mapper().writeValue(folder.resolve("scan.json").toFile(), report);
            ScanTable.print(report, stdout);
            stdout.println(folder.toAbsolutePath().normalize());
            stdout.flush();
            return report.productFailed() ? ExitCode.INTERNAL_ERROR : ExitCode.DONE;
        }
    }

    /** {@code council-audit bench tasks}: the top-task suite's time on Sandbox Wales (see {@link TasksBench}). */
    @Command(
            name = "tasks",
            description = {
                "Start Sandbox Wales and time the full top-task suite (4 tasks x desktop and mobile x English and "
                        + "Welsh, the navigation tasks, the site checks) for one council, then for every audited "
                        + "council.",
                "Writes tasks.json; prints the figures and, as the last line, the folder."
            })
    static final class Tasks implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--council",
                paramLabel = "ID",
                defaultValue = "cardiff",
                description = "The council timed alone. Default: ${DEFAULT-VALUE}.")
        String council;

        @Option(
                names = "--sessions",
                paramLabel = "N",
                defaultValue = "2",
                description = "Browser sessions. Default: ${DEFAULT-VALUE}.")
        int sessions;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                description = "Write tasks.json here instead of <results>/bench/<timestamp>/.")
        Path out;

        @Override
        public Integer call() throws IOException {
            if (sessions < 1 || sessions > 8) {
                throw new UserInputException("--sessions must be 1 to 8, got " + sessions);
            }
            RunFolder.checkUsable(out);
            PrintWriter stdout = spec.commandLine().getOut();
            Clock clock = Clock.systemUTC();
            Path folder = RunFolder.create(
                    out != null ? out : Crawl.defaultFolder(bench.root.global.resultsDir(), clock.instant()),
                    null,
                    null);
            TasksBench.Report report;
            try {
                report = new TasksBench(spec.commandLine().getErr())
                        .run(council, sessions, folder.resolve("screenshots"));
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage(), e);
            }
            Json.mapper().writeValue(folder.resolve("tasks.json").toFile(), report);
            stdout.printf(
                    "one council (%s): %.1f s; all %d audited councils: %.1f s (%d journeys, %d failed); %d"
                            + " sessions%n",
                    report.council(),
                    report.oneCouncilSeconds(),
                    report.councils(),
                    report.allSeconds(),
                    report.journeys(),
                    report.failedJourneys(),
                    report.sessions());
            stdout.println(folder.toAbsolutePath().normalize());
            stdout.flush();
            return ExitCode.DONE;
        }
    }

    /**
     * {@code council-audit bench serve}: the re-test API under load (see {@link ServeBench}). Exit status 0 when it
     * ran, whatever the figures.
     */
    @Command(
            name = "serve",
            description = {
                "Start serve in this JVM on a fresh H2 store with a fake auditor (--audit-time per council), fire "
                        + "--requests re-test POSTs for random councils, --concurrency at a time; check that none "
                        + "is lost and that no council is ever queued twice at once; report the API's median and "
                        + "99th-percentile latency.",
                "Writes serve.json; prints the figures and, as the last line, the folder."
            })
    static final class Serve implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--requests",
                paramLabel = "N",
                defaultValue = "200",
                description = "Default: ${DEFAULT-VALUE}.")
        int requests;

        @Option(
                names = "--concurrency",
                paramLabel = "N",
                defaultValue = "50",
                description = "Requests in flight at once. Default: ${DEFAULT-VALUE}.")
        int concurrency;

        @Option(
                names = "--audit-time",
                paramLabel = "DURATION",
                defaultValue = "200ms",
                converter = DurationConverter.class,
                description = "The fake auditor's time per council. Default: ${DEFAULT-VALUE}.")
        java.time.Duration auditTime;

        @Option(
                names = "--audit-threads",
                paramLabel = "N",
                defaultValue = "4",
                description = "Councils the node audits at once. Default: ${DEFAULT-VALUE}.")
        int auditThreads;

        @Option(
                names = "--seed",
                paramLabel = "N",
                defaultValue = "20261122",
                description = "Default: ${DEFAULT-VALUE}.")
        long seed;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                description = "Write serve.json here instead of <results>/bench/<timestamp>/.")
        Path out;

        @Override
        public Integer call() throws IOException, InterruptedException {
            ServeBench.Settings settings;
            try {
                settings = new ServeBench.Settings(requests, concurrency, auditTime, auditThreads, seed);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage(), e);
            }
            RunFolder.checkUsable(out);
            PrintWriter stdout = spec.commandLine().getOut();
            Clock clock = Clock.systemUTC();
            Path folder = RunFolder.create(
                    out != null ? out : Crawl.defaultFolder(bench.root.global.resultsDir(), clock.instant()),
                    null,
                    null);
            Path work = Files.createTempDirectory("council-audit-bench-serve");
            ServeBench.Report report;
            try {
                report = new ServeBench(spec.commandLine().getErr()).run(settings, bench.root.global.registry(), work);
            } finally {
                try (java.util.stream.Stream<Path> files = Files.walk(work)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            Json.mapper().writeValue(folder.resolve("serve.json").toFile(), report);
            stdout.printf(
                    "%d requests, %d at a time: %d answered (%d queued, %d joined), %d lost; %d audits started, all"
                            + " queued ran: %s; most pending per council at once: %d (%d polls); most audits of one"
                            + " council at once: %d%n",
                    settings.requests(),
                    settings.concurrency(),
                    report.answered(),
                    report.queued(),
                    report.joined(),
                    report.lost(),
                    report.auditsStarted(),
                    report.allQueuedAuditsRan() ? "yes" : "no",
                    report.mostPendingPerCouncil(),
                    report.statusPolls(),
                    report.mostConcurrentAuditsPerCouncil());
            stdout.printf(
                    java.util.Locale.ROOT,
                    "latency: median %.1f ms, p99 %.1f ms, max %.1f ms; %.1f s, %.1f requests/s%n",
                    report.medianMillis(),
                    report.p99Millis(),
                    report.maxMillis(),
                    report.seconds(),
                    report.requestsPerSecond());
            stdout.println(folder.toAbsolutePath().normalize());
            stdout.flush();
            return ExitCode.DONE;
        }
    }
}
