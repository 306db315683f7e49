package wales.councilaudit.bench;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Stream;
import wales.councilaudit.bench.HeapSampler.HeapPeak;

/**
 * The crawl benchmark of the crawl issue: for each site size, in one JVM and one run, the floor ({@link
 * FloorCrawler}) and the product crawl the same {@link GeneratedSite} with the same number of threads, politeness
 * off, each timed from the call to its return and its heap measured by a {@link HeapSampler}; the floor runs first.
 * A warm-up site runs both first, unreported in the table, so that neither pays for the JIT and the product does
 * not gain from running second on code (jsoup, HttpClient, the server) the floor has warmed; after a 2,000-page
 * warm-up the floor's first 50,000-page run still took a quarter longer than its second. The targets: the product
 * at least {@value #MIN_RATIO} of the floor's pages per second at every size, and its peak heap (the sum of the
 * heap pools' peaks) under 256 MB at {@value #HEAP_TARGET_PAGES} pages and more. A crawler must fetch every page of
 * the site for its figures to count against a target.
 *
 * <p>When the product's first call throws {@link UnsupportedOperationException}, the product is reported as not
 * available (with the exception's message) and not called again; the floor still runs. Any other exception (or
 * running out of memory) is reported as that run's failure and the benchmark goes on.
 */
public final class CrawlBench {

    public static final String SCHEMA = "council-audit/bench-crawl/v1";

    /** The product's pages per second must be at least this share of the floor's. */
    public static final double MIN_RATIO = 0.5;

    /** The product's peak heap must be under this, in bytes (256 MB), at {@link #HEAP_TARGET_PAGES} pages. */
    public static final long MAX_PEAK_HEAP_BYTES = 256L * 1024 * 1024;

    /** The heap target applies to sites of this many pages and more. */
    public static final int HEAP_TARGET_PAGES = 50_000;

    public static final List<Integer> DEFAULT_SIZES = List.of(5_000, 50_000);
    public static final int DEFAULT_THREADS = 2;
    public static final int DEFAULT_WARMUP_PAGES = 10_000;

    private static final long MB = 1024L * 1024;

    /**
     * What to run.
     *
     * @param sizes site sizes in pages, each 1 to {@link GeneratedSite#MAX_PAGES}, in the order run
     * @param threads threads for both crawlers, 1 to 64
     * @param warmupPages the warm-up site's size, 0 for no warm-up
     */
    public record Settings(List<Integer> sizes, int threads, int warmupPages) {
        public Settings {
            sizes = List.copyOf(sizes);
            if (sizes.isEmpty()) {
                throw new IllegalArgumentException("at least one site size");
            }
            for (int size : sizes) {
                if (size < 1 || size > GeneratedSite.MAX_PAGES) {
                    throw new IllegalArgumentException(
                            "a site size is 1 to " + GeneratedSite.MAX_PAGES + " pages, not " + size);
                }
            }
            if (threads < 1 || threads > 64) {
                throw new IllegalArgumentException("threads must be 1 to 64, not " + threads);
            }
            if (warmupPages < 0 || warmupPages > GeneratedSite.MAX_PAGES) {
                throw new IllegalArgumentException(
                        "the warm-up is 0 to " + GeneratedSite.MAX_PAGES + " pages, not " + warmupPages);
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_SIZES, DEFAULT_THREADS, DEFAULT_WARMUP_PAGES);
        }
    }

    /** The targets, as written into the report. */
    public record Targets(double minRatio, long maxPeakHeapBytes, int heapTargetPages) {}

    public enum Status {
        OK("ok"),
        NOT_AVAILABLE("not available"),
        FAILED("failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }
    }

    /**
     * One crawler's measured run.
     *
     * @param pagesFetched as the crawler reported it
     * @param complete whether that is every page of the site
     * @param seconds from the call to its return
     * @param requestsServed every request the site answered meanwhile (robots.txt and 404s included)
     * @param notFoundServed the 404s among them
     */
    public record Figures(
            long pagesFetched,
            boolean complete,
            double seconds,
            double pagesPerSecond,
            HeapPeak heap,
            long requestsServed,
            long notFoundServed,
            OptionalLong pagesStored,
            long failures,
            Map<String, Object> details) {}

    /** One crawler on one site: figures when it ran, the reason when it did not or failed. */
    public record Run(String crawler, int pages, Status status, Optional<String> reason, Optional<Figures> figures) {}

    public enum Verdict {
        MET("met"),
        NOT_MET("not met"),
        NOT_MEASURED("not measured");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }
    }

    /** One target at one size: what it asks, the verdict and why. */
    public record Check(String target, Verdict verdict, String why) {}

    /** One site size: both runs, the product's pages per second over the floor's, and the targets' verdicts. */
    public record SizeResult(int pages, Run floor, Run product, OptionalDouble ratio, List<Check> checks) {}

    /** Where the figures were measured. */
    public record Environment(
            String toolVersion,
            String javaVersion,
            String javaVm,
            String os,
            int availableProcessors,
            long maxHeapBytes,
            List<String> garbageCollectors,
            List<String> jvmArguments) {

        static Environment current(String toolVersion) {
            Runtime runtime = Runtime.getRuntime();
            return new Environment(
                    toolVersion,
                    System.getProperty("java.version"),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                    runtime.availableProcessors(),
                    runtime.maxMemory(),
                    ManagementFactory.getGarbageCollectorMXBeans().stream()
                            .map(GarbageCollectorMXBean::getName)
                            .toList(),
                    ManagementFactory.getRuntimeMXBean().getInputArguments());
        }
    }

    /**
     * The whole run, as written to {@code crawl.json}.
     *
     * @param targetsMet {@code met} when every check is met, {@code not met} when one is not, else {@code not
     *     measured}
     */
    public record Report(
            String schema,
            Instant startedAt,
            Instant finishedAt,
            Environment environment,
            Settings settings,
            Targets targets,
            List<Run> warmup,
            List<SizeResult> sizes,
            Verdict targetsMet) {

        /** Whether a crawler failed (threw something other than the product's first "not available"). */
        public boolean anyFailed() {
            return Stream.concat(warmup.stream(), sizes.stream().flatMap(s -> Stream.of(s.floor(), s.product())))
                    .anyMatch(r -> r.status() == Status.FAILED);
        }
    }

    private final CrawlUnderTest floor;
    private final CrawlUnderTest product;
    private final PrintWriter progress;
    private final Clock clock;
    private final String toolVersion;

    /**
     * @param progress where to say what is running (standard error)
     * @param toolVersion written into the report
     */
    public CrawlBench(
            CrawlUnderTest floor, CrawlUnderTest product, PrintWriter progress, Clock clock, String toolVersion) {
        this.floor = Objects.requireNonNull(floor, "floor");
        this.product = Objects.requireNonNull(product, "product");
        this.progress = progress;
        this.clock = clock;
        this.toolVersion = toolVersion;
    }

    /** Runs the warm-up and every size; a crawler's failure is reported, not thrown. */
    public Report run(Settings settings) throws IOException {
        Instant started = clock.instant();
        Environment environment = Environment.current(toolVersion);
        Optional<String> productMissing = Optional.empty();
        boolean productCalled = false;
        List<Run> warmup = new ArrayList<>();
        if (settings.warmupPages() > 0) {
            try (GeneratedSite site = GeneratedSite.start(settings.warmupPages())) {
                progress.printf("bench crawl: warm-up on %,d pages%n", site.pages());
                warmup.add(runOne("floor", floor, site, settings.threads(), false));
                Run run = runOne("product", product, site, settings.threads(), true);
                productCalled = true;
                if (run.status() == Status.NOT_AVAILABLE) {
                    productMissing = run.reason();
                }
                warmup.add(run);
            }
        }
        List<SizeResult> sizes = new ArrayList<>();
        for (int size : settings.sizes()) {
            try (GeneratedSite site = GeneratedSite.start(size)) {
                progress.printf("bench crawl: %,d pages on %s%n", size, site.seed());
                Run floorRun = runOne("floor", floor, site, settings.threads(), false);
                Run productRun;
                if (productMissing.isPresent()) {
                    productRun = new Run("product", size, Status.NOT_AVAILABLE, productMissing, Optional.empty());
                } else {
                    productRun = runOne("product", product, site, settings.threads(), !productCalled);
                    if (!productCalled && productRun.status() == Status.NOT_AVAILABLE) {
                        productMissing = productRun.reason();
                    }
                    productCalled = true;
                }
                sizes.add(judge(size, floorRun, productRun, environment.maxHeapBytes()));
            }
        }
        List<Check> checks = sizes.stream().flatMap(s -> s.checks().stream()).toList();
        Verdict overall = checks.stream().anyMatch(c -> c.verdict() == Verdict.NOT_MET)
                ? Verdict.NOT_MET
                : checks.stream().allMatch(c -> c.verdict() == Verdict.MET) ? Verdict.MET : Verdict.NOT_MEASURED;
        return new Report(
                SCHEMA,
                started,
                clock.instant(),
                environment,
                settings,
                new Targets(MIN_RATIO, MAX_PEAK_HEAP_BYTES, HEAP_TARGET_PAGES),
                warmup,
                sizes,
                overall);
    }

    private Run runOne(String name, CrawlUnderTest crawler, GeneratedSite site, int threads, boolean firstCall)
            throws IOException {
        Path workDir = Files.createTempDirectory("council-audit-bench-" + name + "-");
        long requestsBefore = site.requests();
        long notFoundBefore = site.notFound();
        progress.printf("bench crawl:   %s, %d thread%s...", name, threads, threads == 1 ? "" : "s");
        progress.flush();
        HeapSampler heap = HeapSampler.start();
        long startNanos = System.nanoTime();
        try {
            CrawlUnderTestResult result = crawler.crawl(site.seed(), threads, workDir);
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            HeapPeak peak = heap.stop();
            Figures figures = new Figures(
                    result.pagesFetched(),
                    result.pagesFetched() == site.pages(),
                    seconds,
                    result.pagesFetched() / seconds,
                    peak,
                    site.requests() - requestsBefore,
                    site.notFound() - notFoundBefore,
                    result.pagesStored(),
                    result.failures(),
                    result.details());
            progress.printf(
                    " %,d pages in %.2f s, %,.1f pages/s, peak heap %,d MB%n",
                    result.pagesFetched(), seconds, figures.pagesPerSecond(), peak.poolPeakBytes() / MB);
            return new Run(name, site.pages(), Status.OK, Optional.empty(), Optional.of(figures));
        } catch (UnsupportedOperationException e) {
            heap.stop();
            String reason = describe(e);
            if (firstCall) {
                progress.printf(" not available: %s%n", reason);
                return new Run(name, site.pages(), Status.NOT_AVAILABLE, Optional.of(reason), Optional.empty());
            }
            progress.printf(" failed: %s%n", reason);
            return new Run(name, site.pages(), Status.FAILED, Optional.of(reason), Optional.empty());
        } catch (Exception | OutOfMemoryError e) {
            heap.stop();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String reason = describe(e);
            progress.printf(" failed: %s%n", reason);
            return new Run(name, site.pages(), Status.FAILED, Optional.of(reason), Optional.empty());
        } finally {
            progress.flush();
            deleteQuietly(workDir);
        }
    }

    static SizeResult judge(int pages, Run floorRun, Run productRun) {
        return judge(pages, floorRun, productRun, Long.MAX_VALUE);
    }

    /**
     * The targets' verdicts at one size.
     *
     * @param maxHeapBytes the JVM's maximum heap. A product that fetched the whole site in a JVM whose maximum heap
     *     is within the heap target met it, whatever the sum of the pools' peaks says: that sum adds peaks reached at
     *     different moments (under {@code -Xmx256m} it read 281 MB while readings every 20 ms never passed 219 MB),
     *     and the heap cannot have grown past its maximum. Otherwise the sum is judged.
     */
    static SizeResult judge(int pages, Run floorRun, Run productRun, long maxHeapBytes) {
        List<Check> checks = new ArrayList<>();
        String throughput = String.format(Locale.ROOT, "product pages/s >= %.2f x floor pages/s", MIN_RATIO);
        OptionalDouble ratio = OptionalDouble.empty();
        Optional<Figures> f = floorRun.figures();
        Optional<Figures> p = productRun.figures();
        if (f.isPresent() && p.isPresent()) {
            ratio = OptionalDouble.of(p.get().pagesPerSecond() / f.get().pagesPerSecond());
        }
        if (p.isEmpty()) {
            checks.add(new Check(throughput, Verdict.NOT_MEASURED, "product " + describe(productRun)));
        } else if (f.isEmpty()) {
            checks.add(new Check(throughput, Verdict.NOT_MEASURED, "floor " + describe(floorRun)));
        } else if (!f.get().complete()) {
            checks.add(new Check(
                    throughput,
                    Verdict.NOT_MEASURED,
                    String.format(
                            Locale.ROOT,
                            "the floor fetched %,d of %,d pages",
                            f.get().pagesFetched(),
                            pages)));
        } else if (!p.get().complete()) {
            checks.add(new Check(
                    throughput,
                    Verdict.NOT_MET,
                    String.format(
                            Locale.ROOT,
                            "the product fetched %,d of %,d pages",
                            p.get().pagesFetched(),
                            pages)));
        } else {
            boolean met = ratio.getAsDouble() >= MIN_RATIO;
            checks.add(new Check(
                    throughput,
                    met ? Verdict.MET : Verdict.NOT_MET,
                    String.format(
                            Locale.ROOT,
                            "%,.1f / %,.1f pages/s = %.2f",
                            p.get().pagesPerSecond(),
                            f.get().pagesPerSecond(),
                            ratio.getAsDouble())));
        }
        if (pages >= HEAP_TARGET_PAGES) {
            String heapTarget = "product peak heap (sum of pool peaks) < " + MAX_PEAK_HEAP_BYTES / MB + " MB";
            if (p.isEmpty()) {
                checks.add(new Check(heapTarget, Verdict.NOT_MEASURED, "product " + describe(productRun)));
            } else if (!p.get().complete()) {
                checks.add(new Check(
                        heapTarget,
                        Verdict.NOT_MET,
                        String.format(
                                Locale.ROOT,
                                "the product fetched %,d of %,d pages",
                                p.get().pagesFetched(),
                                pages)));
            } else if (maxHeapBytes <= MAX_PEAK_HEAP_BYTES) {
                HeapPeak heap = p.get().heap();
                checks.add(new Check(
                        heapTarget,
                        Verdict.MET,
                        String.format(
                                Locale.ROOT,
                                "fetched every page with a maximum heap of %,d MB (pool peaks' sum %,d MB, highest"
                                        + " reading %,d MB)",
                                maxHeapBytes / MB,
                                heap.poolPeakBytes() / MB,
                                heap.sampledPeakBytes() / MB)));
            } else {
                long peak = p.get().heap().poolPeakBytes();
                checks.add(new Check(
                        heapTarget,
                        peak < MAX_PEAK_HEAP_BYTES ? Verdict.MET : Verdict.NOT_MET,
                        String.format(Locale.ROOT, "%,d MB (%,d bytes)", peak / MB, peak)));
            }
        }
        return new SizeResult(pages, floorRun, productRun, ratio, checks);
    }

    private static String describe(Run run) {
        return run.status().label() + run.reason().map(r -> ": " + r).orElse("");
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (e instanceof UnsupportedOperationException && message != null) {
            return message;
        }
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** The report as a table, for standard output. */
    public static void printTable(Report report, PrintWriter out) {
        Environment env = report.environment();
        out.printf(
                Locale.ROOT,
                "Crawl benchmark: politeness off, %d thread%s; %d processors, max heap %,d MB, Java %s%n",
                report.settings().threads(),
                report.settings().threads() == 1 ? "" : "s",
                env.availableProcessors(),
                env.maxHeapBytes() / MB,
                env.javaVersion());
        String header = "%8s  %-8s %9s %9s %10s  %11s %9s %9s %8s%n";
        out.printf(
                Locale.ROOT,
                header,
                "pages",
                "crawler",
                "fetched",
                "seconds",
                "pages/s",
                "peak heap MB",
                "sampled",
                "after GC",
                "ratio");
        for (SizeResult size : report.sizes()) {
            row(out, size.pages(), size.floor(), "");
            String ratio = size.ratio().isPresent()
                    ? String.format(Locale.ROOT, "%.2f", size.ratio().getAsDouble())
                    : "";
            row(out, size.pages(), size.product(), ratio);
        }
        out.println("(peak heap: the sum of the heap pools' peaks, a slight over-estimate; sampled: the highest "
                + "of readings every " + HeapSampler.INTERVAL_MILLIS + " ms; after GC: the highest right after a "
                + "collection; MB = 2^20 bytes; ratio: product pages/s over the floor's)");
        out.println("Targets:");
        for (SizeResult size : report.sizes()) {
            for (Check check : size.checks()) {
                out.printf(
                        Locale.ROOT,
                        "%8s  %s: %s (%s)%n",
                        String.format(Locale.ROOT, "%,d", size.pages()),
                        check.target(),
                        check.verdict().label(),
                        check.why());
            }
        }
        out.println("All targets: " + report.targetsMet().label());
        out.flush();
    }

    private static void row(PrintWriter out, int pages, Run run, String ratio) {
        String size = String.format(Locale.ROOT, "%,d", pages);
        if (run.figures().isEmpty()) {
            out.printf(Locale.ROOT, "%8s  %-8s %s%n", size, run.crawler(), describe(run));
            return;
        }
        Figures f = run.figures().get();
        out.printf(
                Locale.ROOT,
                "%8s  %-8s %9s %9.2f %10s  %11s %9s %9s %8s%n",
                size,
                run.crawler(),
                String.format(Locale.ROOT, "%,d", f.pagesFetched()) + (f.complete() ? "" : "!"),
                f.seconds(),
                String.format(Locale.ROOT, "%,.1f", f.pagesPerSecond()),
                String.format(Locale.ROOT, "%,d", f.heap().poolPeakBytes() / MB),
                String.format(Locale.ROOT, "%,d", f.heap().sampledPeakBytes() / MB),
                f.heap().afterGcPeakBytes().isPresent()
                        ? String.format(
                                Locale.ROOT, "%,d", f.heap().afterGcPeakBytes().getAsLong() / MB)
                        : "-",
                ratio);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary folder: left for the system to clean
                }
            });
        } catch (IOException e) {
            // the same
        }
    }
}
