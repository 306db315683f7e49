package wales.councilaudit.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import wales.councilaudit.accessibility.AxeScanner;
import wales.councilaudit.bench.CrawlBench.Check;
import wales.councilaudit.bench.CrawlBench.Verdict;
import wales.councilaudit.browser.BrowserSettings;

/**
 * The scan benchmark of issue 5 ({@code council-audit bench scan}): serves a {@link ScanCorpus} on 127.0.0.1 and, in
 * one run, scans every page with the product ({@link ScanProduct}) and with the peers ({@link ScanPa11yCi}, {@link
 * ScanAxeCli}, installed by {@link ScanPeerInstall}) at each number of sessions, sampling their Chromium processes'
 * memory ({@link ScanChromiumMemory}); then compares each peer's rule ids with the product's page by page ({@link
 * ScanAgreement}) and judges the target: the product's best pages per minute at least {@value #MIN_FACTOR} times the
 * faster peer's, counting only runs with a result for every page. A peer that cannot be installed or run is
 * reported as such; a product that throws or scans no page is a failed run ({@link Report#productFailed()}).
 */
public final class ScanBench {

    public static final String SCHEMA = "council-audit/bench-scan/v1";
    public static final double MIN_FACTOR = 3.0;
    public static final int DEFAULT_PAGES = 120;
    public static final List<Integer> DEFAULT_SESSIONS = List.of(1, 2);
    public static final int DEFAULT_WARMUP_PAGES = 10;

    /**
     * What to run.
     *
     * @param pages the corpus's size, 1 to {@value ScanCorpus#MAX_PAGES}
     * @param sessions the session counts to run each contender with, each 1 to 8
     * @param warmupPages pages the product scans before each timed run, 0 to {@code pages}
     * @param skipPeers whether to run the product only
     * @param work where the peers are installed and write their output
     */
    public record Settings(int pages, List<Integer> sessions, int warmupPages, boolean skipPeers, Path work) {
        public Settings {
            sessions = List.copyOf(sessions);
            Objects.requireNonNull(work, "work");
            if (pages < 1 || pages > ScanCorpus.MAX_PAGES) {
                throw new IllegalArgumentException("--pages must be 1 to " + ScanCorpus.MAX_PAGES + ", not " + pages);
            }
            if (sessions.isEmpty() || sessions.stream().anyMatch(s -> s < 1 || s > 8)) {
                throw new IllegalArgumentException("--sessions must be one or more counts of 1 to 8, not " + sessions);
            }
            if (warmupPages < 0 || warmupPages > pages) {
                throw new IllegalArgumentException("--warmup-pages must be 0 to --pages, not " + warmupPages);
            }
        }
    }

    /**
     * The whole run, as written to {@code scan.json}.
     *
     * @param workFolder where the peers were installed and ran
     * @param productAxeCore the axe-core bundled with the product
     * @param peers the peers' install, or why there is none (skipped, unavailable)
     * @param runs every contender's run, product first
     * @param agreements each peer run against the product's first run
     * @param checks the targets' verdicts
     * @param loadAverage {@code /proc/loadavg}'s 1-minute load average at the start and at the end (empty elsewhere):
     *     other work on the machine slows every contender
     */
    public record Report(
            String schema,
            Instant startedAt,
            Instant finishedAt,
            CrawlBench.Environment environment,
            Settings settings,
            String workFolder,
            String chromium,
            String productAxeCore,
            Optional<ScanPeerInstall> peers,
            List<ScanRun> runs,
            List<ScanAgreement> agreements,
            List<Check> checks,
            List<String> loadAverage) {

        /** Whether a product run failed (threw, or scanned no page). */
        public boolean productFailed() {
            return runs.stream()
                    .anyMatch(r -> r.contender().equals(ScanRun.PRODUCT) && r.status() != ScanRun.Status.OK);
        }
    }

    private final PrintWriter progress;
    private final Clock clock;
    private final String toolVersion;

    /** @param progress where to say what is running (standard error) */
    public ScanBench(PrintWriter progress, Clock clock, String toolVersion) {
        this.progress = progress;
        this.clock = clock;
        this.toolVersion = toolVersion;
    }

    /** Runs every contender; a contender's failure is reported, not thrown. */
    public Report run(Settings settings) throws IOException, InterruptedException {
        Instant started = clock.instant();
        List<String> load = new ArrayList<>();
        loadAverage().ifPresent(load::add);
        Path work = Files.createDirectories(settings.work()).toAbsolutePath().normalize();
        List<ScanRun> runs = new ArrayList<>();
        Optional<ScanPeerInstall> peers = Optional.empty();
        try (ScanSite site = ScanSite.start(settings.pages())) {
            List<URI> pages = site.pageUris();
            List<URI> warmup = pages.subList(pages.size() - settings.warmupPages(), pages.size());
            progress.printf("bench scan: %d pages on %s%n", pages.size(), site.pageUri(0));
            ScanProduct product = new ScanProduct(BrowserSettings.defaults());
            for (int sessions : settings.sessions()) {
                runs.add(measure(
                        ScanRun.PRODUCT, sessions, pages.size(), () -> productRun(product, pages, warmup, sessions)));
            }
            if (!settings.skipPeers()) {
                ScanPeerInstall install = ScanPeerInstall.prepare(work, progress);
                peers = Optional.of(install);
                Duration timeout = Duration.ofSeconds(Math.max(600, pages.size() * 5L));
                Path scratch = Files.createDirectories(work.resolve("runs"));
                for (int sessions : settings.sessions()) {
                    runs.add(peer(
                            ScanRun.PA11Y_CI,
                            install,
                            sessions,
                            pages.size(),
                            () -> ScanPa11yCi.run(install, pages, sessions, scratch, timeout)));
                }
                for (int sessions : settings.sessions()) {
                    runs.add(peer(
                            ScanRun.AXE_CLI,
                            install,
                            sessions,
                            pages.size(),
                            () -> ScanAxeCli.run(install, pages, sessions, scratch, timeout)));
                }
            }
        }
        ScanRun reference = runs.get(0);
        List<ScanAgreement> agreements = runs.stream()
                .filter(r -> !r.contender().equals(ScanRun.PRODUCT) && r.status() == ScanRun.Status.OK)
                .map(r -> ScanAgreement.of(reference, r))
                .toList();
        return new Report(
                SCHEMA,
                started,
                clock.instant(),
                CrawlBench.Environment.current(toolVersion),
                settings,
                work.toString(),
                reference.details().getOrDefault("chromium", "unknown"),
                AxeScanner.axeVersion(),
                peers,
                runs,
                agreements,
                judge(runs, agreements),
                append(load, loadAverage()));
    }

    private static List<String> append(List<String> load, Optional<String> more) {
        more.ifPresent(load::add);
        return List.copyOf(load);
    }

    /** The 1-minute load average from {@code /proc/loadavg}, if there is one. */
    static Optional<String> loadAverage() {
        try {
            String line = Files.readString(Path.of("/proc/loadavg")).strip();
            return Optional.of(line.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ScanRun productRun(ScanProduct product, List<URI> pages, List<URI> warmup, int sessions)
            throws InterruptedException {
        ScanRun run = product.run(pages, warmup, sessions);
        if (run.rules().isEmpty()) {
            String why = "no page scanned; first failure: "
                    + run.failures().values().stream().findFirst().orElse("none");
            return ScanRun.notRun(ScanRun.PRODUCT, sessions, pages.size(), ScanRun.Status.FAILED, why);
        }
        return run;
    }

    @FunctionalInterface
    private interface Contender {
        ScanRun run() throws Exception;
    }

    private ScanRun peer(String name, ScanPeerInstall install, int sessions, int pages, Contender contender) {
        if (install.unavailable().isPresent()) {
            progress.printf(
                    "bench scan:   %s, %d session(s): unavailable: %s%n",
                    name, sessions, install.unavailable().get());
            return ScanRun.notRun(
                    name,
                    sessions,
                    pages,
                    ScanRun.Status.UNAVAILABLE,
                    install.unavailable().get());
        }
        return measure(name, sessions, pages, contender);
    }

    private ScanRun measure(String name, int sessions, int pages, Contender contender) {
        progress.printf("bench scan:   %s, %d session%s...", name, sessions, sessions == 1 ? "" : "s");
        progress.flush();
        ScanChromiumMemory memory = ScanChromiumMemory.start();
        ScanRun run;
        try {
            run = contender.run();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            run = ScanRun.notRun(name, sessions, pages, ScanRun.Status.FAILED, why);
        }
        run = run.withMemory(memory.stop());
        if (run.status() == ScanRun.Status.OK) {
            progress.printf(
                    Locale.ROOT,
                    " %d/%d pages in %.1f s, %.1f pages/min%n",
                    pages - run.failedPages(),
                    pages,
                    run.seconds(),
                    run.pagesPerMinute());
        } else {
            progress.printf(" %s: %s%n", run.status().label(), run.reason().orElse(""));
        }
        progress.flush();
        return run;
    }

    /** The throughput target, then each peer's rule-id agreement with the product. */
    static List<Check> judge(List<ScanRun> runs, List<ScanAgreement> agreements) {
        List<Check> checks = new ArrayList<>();
        String target = String.format(Locale.ROOT, "product >= %.0fx faster peer pages/min", MIN_FACTOR);
        Optional<ScanRun> product = best(runs, true);
        Optional<ScanRun> peer = best(runs, false);
        if (product.isEmpty()) {
            checks.add(new Check(target, Verdict.NOT_MEASURED, "no product run scanned every page"));
        } else if (peer.isEmpty()) {
            checks.add(new Check(target, Verdict.NOT_MEASURED, "no peer run scanned every page"));
        } else {
            double a = product.get().pagesPerMinute();
            double b = peer.get().pagesPerMinute();
            checks.add(new Check(
                    target,
                    a >= MIN_FACTOR * b ? Verdict.MET : Verdict.NOT_MET,
                    String.format(
                            Locale.ROOT,
                            "%.1f / %.1f = %.2fx; product with %d session%s, %s with %d",
                            a,
                            b,
                            a / b,
                            product.get().sessions(),
                            product.get().sessions() == 1 ? "" : "s",
                            peer.get().contender(),
                            peer.get().sessions())));
        }
        for (ScanAgreement agreement : agreements) {
            boolean same = agreement.samePages() == agreement.comparedPages();
            checks.add(new Check(
                    "same rule ids per page as " + agreement.peer(),
                    same ? Verdict.MET : Verdict.NOT_MET,
                    agreement.summary() + " pages the same" + (same ? "" : "; differences below")));
        }
        return checks;
    }

    private static Optional<ScanRun> best(List<ScanRun> runs, boolean product) {
        return runs.stream()
                .filter(r -> r.contender().equals(ScanRun.PRODUCT) == product && r.complete())
                .max((x, y) -> Double.compare(x.pagesPerMinute(), y.pagesPerMinute()));
    }
}
