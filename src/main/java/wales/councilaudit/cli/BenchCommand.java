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
import wales.councilaudit.json.Json;

/** {@code council-audit bench SUBCOMMAND}: benchmarks (not tests: they report figures, they do not fail on them). */
@Command(
        name = "bench",
        description = "Run a benchmark on this machine and report its figures.",
        subcommands = {BenchCommand.Crawl.class})
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    CouncilAuditCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing the benchmark to run: bench crawl");
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

        private static Path defaultFolder(Path resultsDir, Instant started) {
            Path bench = resultsDir.resolve("bench");
            String base = STAMP.format(started);
            Path folder = bench.resolve(base);
            for (int n = 2; Files.exists(folder); n++) {
                folder = bench.resolve(base + "-" + n);
            }
            return folder;
        }
    }
}
