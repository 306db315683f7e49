package wales.councilaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import wales.councilaudit.accessibility.AxeScanner;
import wales.councilaudit.accessibility.Certainty;
import wales.councilaudit.accessibility.ConsentStrategy;
import wales.councilaudit.accessibility.KeyboardProbe;
import wales.councilaudit.accessibility.PageScanner;
import wales.councilaudit.browser.BrowserPool;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.BrowserSettings;
import wales.councilaudit.json.Json;
import wales.councilaudit.mobile.MobileProbe;
import wales.councilaudit.report.ScanReport;
import wales.councilaudit.report.ScannedPage;
import wales.councilaudit.scoring.ComponentScore;
import wales.councilaudit.scoring.Scorer;
import wales.councilaudit.scoring.ScoringRulesLoader;

/** Runs {@code council-audit scan}: the browser stage on given pages, its files, its table and its exit status. */
final class ScanRun {

    /**
     * What to scan and how, validated by {@link ScanCommand}.
     *
     * @param pages the pages, each once, in order
     * @param profiles the browser profiles, at least one
     * @param browser the session pool's settings
     * @param consent how to dismiss cookie banners
     * @param keyboardEveryPage whether the keyboard probe runs on every desktop page (else on home pages only)
     * @param json whether to print the JSON instead of the table
     * @param resultsDir where runs go by default
     * @param out the folder to write instead of {@code <results>/<run-id>/}
     */
    record Settings(
            List<URI> pages,
            List<BrowserProfile> profiles,
            BrowserSettings browser,
            ConsentStrategy consent,
            boolean keyboardEveryPage,
            boolean json,
            Path resultsDir,
            Optional<Path> out) {
        Settings {
            pages = List.copyOf(pages);
            profiles = List.copyOf(profiles);
            Objects.requireNonNull(browser, "browser");
            Objects.requireNonNull(consent, "consent");
            Objects.requireNonNull(resultsDir, "resultsDir");
            Objects.requireNonNull(out, "out");
            if (pages.isEmpty() || profiles.isEmpty()) {
                throw new IllegalArgumentException("a scan needs a page and a profile");
            }
        }
    }

    /** @param exitCode {@link ExitCode#DONE}, or {@link ExitCode#DONE_WITH_UNREACHABLE} when a page was not scanned */
    record Outcome(String runId, Path folder, ScanReport.Scan scan, int exitCode) {}

    private final Settings settings;
    private final Clock clock;

    ScanRun(Settings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Outcome execute(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        Instant started = clock.instant();
        String runId = RunFolder.newRunId("scan", started, settings.resultsDir());
        Path folder = RunFolder.create(settings.out().orElse(null), settings.resultsDir(), runId);
        int total = settings.pages().size() * settings.profiles().size();
        err.printf(
                "scan: %d page(s) on %d profile(s), %d browser session(s)%n",
                settings.pages().size(),
                settings.profiles().size(),
                settings.browser().sessions());
        err.flush();
        AtomicInteger finished = new AtomicInteger();
        List<ScannedPage> pages;
        Optional<String> chromium;
        try (BrowserPool pool = BrowserPool.open(settings.browser())) {
            PageScanner scanner = new PageScanner(
                    new AxeScanner(settings.browser().scriptTimeout()), KeyboardProbe.defaults(), settings.consent());
            BrowserScan scan = new BrowserScan(
                    pool, scanner, new MobileProbe(folder.resolve("screenshots")), settings.keyboardEveryPage());
            pages = scan.scan(settings.pages(), settings.profiles(), p -> progress(err, p, finished, total));
            chromium = pool.chromiumVersion();
        }
        Scorer scorer = new Scorer(ScoringRulesLoader.bundled());
        Optional<ComponentScore> accessibility =
                BrowserScan.accessibilityFacts(pages, desktopName()).map(scorer::accessibility);
        Optional<ComponentScore> mobile = BrowserScan.mobileSite(pages).map(site -> scorer.mobile(site.facts()));
        ScanReport.Scan result = new ScanReport.Scan(
                started,
                clock.instant(),
                Version.current(),
                AxeScanner.axeVersion(),
                chromium,
                pages,
                accessibility,
                mobile);
        ScanReport.write(folder, result);
        if (settings.json()) {
            out.println(Json.mapper().writeValueAsString(ScanReport.json(result)));
        } else {
            ScanReport.printTable(out, result);
        }
        out.flush();
        boolean allScanned = pages.stream().allMatch(ScannedPage::scanned);
        return new Outcome(runId, folder, result, allScanned ? ExitCode.DONE : ExitCode.DONE_WITH_UNREACHABLE);
    }

    /** The profile the accessibility score reads: the first that is not a phone. */
    private String desktopName() {
        return settings.profiles().stream()
                .filter(p -> !p.mobile())
                .map(BrowserProfile::name)
                .findFirst()
                .orElse("");
    }

    private static void progress(PrintWriter err, ScannedPage page, AtomicInteger finished, int total) {
        long violations = page.findings().stream()
                .filter(f -> f.certainty() == Certainty.VIOLATION)
                .count();
        String what = page.scanned()
                ? violations + " violation(s)"
                : "NOT SCANNED: " + page.failure().orElse("");
        synchronized (err) {
            err.printf(
                    "scan: [%d/%d] %-7s %s: %s%n",
                    finished.incrementAndGet(), total, page.profile(), page.page(), what);
            err.flush();
        }
    }
}
