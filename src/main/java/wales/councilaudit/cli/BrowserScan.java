package wales.councilaudit.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.openqa.selenium.WebDriver;
import wales.councilaudit.accessibility.AxeOutcome;
import wales.councilaudit.accessibility.BannerOutcome;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.accessibility.HomePageScan;
import wales.councilaudit.accessibility.PageScan;
import wales.councilaudit.accessibility.PageScanner;
import wales.councilaudit.accessibility.RuleTally;
import wales.councilaudit.accessibility.SiteFacts;
import wales.councilaudit.accessibility.View;
import wales.councilaudit.browser.BrowserPool;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.DocumentStatus;
import wales.councilaudit.browser.PageOutcome;
import wales.councilaudit.mobile.MobilePage;
import wales.councilaudit.mobile.MobileProbe;
import wales.councilaudit.mobile.MobileSite;
import wales.councilaudit.mobile.TargetSizeCount;
import wales.councilaudit.report.ScannedPage;
import wales.councilaudit.scoring.AccessibilityFacts;

/**
 * The browser stage for a list of pages: each page on each profile through the session pool, axe-core on every one,
 * the keyboard probe on the desktop profile, the mobile checks on mobile profiles, and each host's first page scanned
 * as a home page (a first visit, then with the cookie banner dismissed). It wires the {@code browser}, {@code
 * accessibility} and {@code mobile} stages; the scores come from {@link #accessibilityFacts} and {@link
 * #mobileSite}.
 *
 * <p>Pages run on as many threads as the pool has sessions, split into one lane per profile when there are as many
 * sessions as profiles (so no session is quit to serve another profile); the results come back in the order asked
 * for (pages, then profiles within a page). Not thread-safe: one {@link #scan} at a time.
 */
final class BrowserScan {

    private final BrowserPool pool;
    private final PageScanner scanner;
    private final PageScanner mobileScanner;
    private final MobileProbe mobileProbe;
    private final boolean keyboard;

    /**
     * @param pool the sessions; the caller closes it
     * @param scanner axe-core, the keyboard probe and the consent strategy
     * @param mobileProbe the mobile checks, with the folder for overflow screenshots
     * @param keyboard whether to run the keyboard probe on every desktop page, not only on home pages
     */
    BrowserScan(BrowserPool pool, PageScanner scanner, MobileProbe mobileProbe, boolean keyboard) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.mobileScanner = scanner.forMobile();
        this.mobileProbe = Objects.requireNonNull(mobileProbe, "mobileProbe");
        this.keyboard = keyboard;
    }

    /**
     * Scans every page on every profile.
     *
     * @param pages absolute http(s) pages; each host's first is its home page
     * @param profiles the profiles, at least one
     * @param done told of each page as it finishes (from the scanning threads; must be thread-safe)
     */
    List<ScannedPage> scan(List<URI> pages, List<BrowserProfile> profiles, Consumer<ScannedPage> done)
            throws InterruptedException {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("no browser profile");
        }
        Set<String> hosts = new HashSet<>();
        List<Job> jobs = new ArrayList<>();
        for (URI page : pages) {
            boolean home = hosts.add(page.getScheme() + "://" + page.getRawAuthority());
            for (BrowserProfile profile : profiles) {
                jobs.add(new Job(page, profile, home));
            }
        }
        List<ExecutorService> lanes = lanes(profiles, jobs.size());
        try {
            List<Future<ScannedPage>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(lanes.get(profiles.indexOf(job.profile()) % lanes.size())
                        .submit(() -> {
                            ScannedPage result = run(job);
                            done.accept(result);
                            return result;
                        }));
            }
            List<ScannedPage> results = new ArrayList<>();
            for (Future<ScannedPage> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a scan thread failed: " + e.getCause(), e.getCause());
                }
            }
            return results;
        } finally {
            lanes.forEach(ExecutorService::shutdownNow);
        }
    }

    /**
     * The threads that load pages: one lane per profile, each with its share of the pool's sessions, when there are
     * sessions enough, so that a session keeps its profile (a session given a page of another profile is quit and
     * another started, which costs a browser start per page); otherwise one lane for every profile.
     */
    private List<ExecutorService> lanes(List<BrowserProfile> profiles, int jobs) {
        int sessions = pool.settings().sessions();
        int laneCount = sessions >= profiles.size() ? profiles.size() : 1;
        int threads = Math.max(1, Math.min(sessions / laneCount, jobs));
        List<ExecutorService> lanes = new ArrayList<>();
        for (int i = 0; i < laneCount; i++) {
            lanes.add(Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "scan");
                t.setDaemon(true);
                return t;
            }));
        }
        return lanes;
    }

    private record Job(URI page, BrowserProfile profile, boolean home) {}

    private ScannedPage run(Job job) {
        PageOutcome<ScannedPage> outcome =
                pool.visit(job.profile(), job.page(), (driver, page) -> examine(driver, page, job));
        if (outcome instanceof PageOutcome.Done<ScannedPage> done) {
            ScannedPage p = done.value();
            return new ScannedPage(
                    p.page(),
                    p.profile(),
                    p.home(),
                    p.failure(),
                    done.attempts(),
                    p.banner(),
                    p.findings(),
                    p.targets(),
                    p.mobile());
        }
        PageOutcome.Failed<ScannedPage> failed = (PageOutcome.Failed<ScannedPage>) outcome;
        return ScannedPage.failed(
                job.page(),
                job.profile().name(),
                job.home(),
                failed.kind() + ": " + failed.message(),
                Math.min(2, failed.attempts()));
    }

    /** The work on a page the pool has loaded. */
    private ScannedPage examine(WebDriver driver, URI page, Job job) {
        BrowserProfile profile = job.profile();
        boolean probe = !profile.mobile() && (keyboard || job.home());
        PageScanner scanner = profile.mobile() ? mobileScanner : this.scanner;
        List<Finding> findings = new ArrayList<>();
        TargetSizeCount targets = TargetSizeCount.NONE;
        Optional<String> banner = Optional.empty();
        Optional<String> failure = Optional.empty();
        int status = DocumentStatus.httpStatus(driver);
        if (status >= 400) {
            // An error page is not the page asked for: scanning it would report the error page's faults.
            return ScannedPage.failed(page, profile.name(), job.home(), "the page answered HTTP " + status, 1);
        }
        if (job.home()) {
            HomePageScan home = scanner.scanHome(driver, page, profile);
            findings.addAll(home.findings());
            targets = targets(home.scored());
            banner = Optional.of(describe(home.banner()));
            failure = notLoaded(home.firstVisit());
        } else {
            PageScan scan = scanner.scanShown(driver, page, profile, probe);
            findings.addAll(scan.findings());
            targets = targets(scan);
            failure = notLoaded(scan);
        }
        Optional<MobilePage> mobile = profile.mobile() && failure.isEmpty()
                ? Optional.of(mobileProbe.examine(driver, page))
                : Optional.empty();
        return new ScannedPage(page, profile.name(), job.home(), failure, 1, banner, findings, targets, mobile);
    }

    private static Optional<String> notLoaded(PageScan scan) {
        if (scan instanceof PageScan.NotLoaded notLoaded) {
            return Optional.of(notLoaded.reason());
        }
        AxeOutcome axe = ((PageScan.Scanned) scan).axe();
        return axe instanceof AxeOutcome.Failed failed
                ? Optional.of("axe-core did not run: " + failed.reason())
                : Optional.empty();
    }

    private static TargetSizeCount targets(PageScan scan) {
        if (scan instanceof PageScan.Scanned scanned && scanned.axe() instanceof AxeOutcome.Analysed analysed) {
            RuleTally tally = analysed.tallies().get("target-size");
            if (tally != null) {
                return new TargetSizeCount(tally.failed(), tally.passed());
            }
        }
        return TargetSizeCount.NONE;
    }

    private static String describe(BannerOutcome banner) {
        if (banner instanceof BannerOutcome.Dismissed dismissed) {
            return "dismissed: " + dismissed.how();
        }
        if (banner instanceof BannerOutcome.StillShown shown) {
            return "still shown after " + shown.how() + ": " + shown.reason();
        }
        return "no banner found";
    }

    /**
     * The accessibility facts of a site's scanned desktop pages: the first home page's views for stage one, every
     * other page for stage two; empty when the home page was not scanned on the desktop profile.
     */
    static Optional<AccessibilityFacts> accessibilityFacts(List<ScannedPage> pages, String desktopProfile) {
        Optional<ScannedPage> home = pages.stream()
                .filter(p -> p.home() && p.scanned() && p.profile().equals(desktopProfile))
                .findFirst();
        if (home.isEmpty()) {
            return Optional.empty();
        }
        List<Finding> homeAll = home.get().findings();
        boolean dismissed = homeAll.stream().anyMatch(f -> f.view() == View.BANNER_DISMISSED);
        View scored = dismissed ? View.BANNER_DISMISSED : View.FIRST_VISIT;
        List<Finding> homeScored =
                homeAll.stream().filter(f -> f.view() == scored).toList();
        Map<URI, List<Finding>> others = new LinkedHashMap<>();
        for (ScannedPage p : pages) {
            if (p != home.get() && p.scanned() && p.profile().equals(desktopProfile)) {
                others.computeIfAbsent(p.page(), k -> new ArrayList<>()).addAll(p.findings());
            }
        }
        return Optional.of(SiteFacts.of(homeAll, homeScored, others));
    }

    /**
     * The mobile page checks of a site's pages scanned on a mobile profile, the home page first; empty when none was
     * scanned there.
     */
    static Optional<MobileSite> mobileSite(List<ScannedPage> pages) {
        List<ScannedPage> mobile = pages.stream()
                .filter(p -> p.mobile().isPresent())
                .sorted((a, b) -> Boolean.compare(b.home(), a.home()))
                .toList();
        if (mobile.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(MobileSite.of(
                mobile.stream().map(p -> p.mobile().get()).toList(),
                mobile.stream().map(ScannedPage::targets).toList()));
    }
}
