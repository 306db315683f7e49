package wales.councilaudit.accessibility;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import wales.councilaudit.browser.BrowserProfile;

/**
 * The accessibility stage's page work: loads a page, runs axe-core on it and, when asked, the keyboard probe after
 * it. Its methods are functions of a driver and an address, to be handed to the browser stage's session pool ({@code
 * (driver, page) -> scanner.scan(driver, page, profile, true)}). Never throws for a page's behaviour: a page that does
 * not load is a {@link PageScan.NotLoaded}. Thread-safe for different drivers.
 */
public final class PageScanner {

    private final AxeScanner axe;
    private final KeyboardProbe probe;
    private final BannerDismisser banner;

    public PageScanner(AxeScanner axe, KeyboardProbe probe, ConsentStrategy consent) {
        this.axe = Objects.requireNonNull(axe, "axe");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.banner = new BannerDismisser(consent);
    }

    /**
     * This scanner for a phone profile: axe-core also runs its {@code target-size} rule (WCAG 2.2 SC 2.5.8), which
     * it ships switched off, so that the mobile checks get the share of targets too small to tap.
     */
    public PageScanner forMobile() {
        return new PageScanner(axe.enabling(AxeScanner.TARGET_SIZE), probe, banner);
    }

    private PageScanner(AxeScanner axe, KeyboardProbe probe, BannerDismisser banner) {
        this.axe = axe;
        this.probe = probe;
        this.banner = banner;
    }

    /**
     * Loads the page and scans it once ({@link View#PAGE}), in whatever consent state the session has.
     *
     * @param keyboard whether to run the keyboard probe too (it costs a Tab press per focusable element)
     */
    public PageScan scan(WebDriver driver, URI page, BrowserProfile profile, boolean keyboard) {
        ScanContext context = new ScanContext(page, profile.name(), View.PAGE);
        Optional<String> failure = load(driver, page);
        return failure.isPresent()
                ? new PageScan.NotLoaded(context, failure.get())
                : scanLoaded(driver, context, keyboard);
    }

    /**
     * Scans the document the session already shows ({@link View#PAGE}), without loading it again: for a caller
     * whose browser pool has just navigated to {@code page}.
     *
     * @param keyboard whether to run the keyboard probe too
     */
    public PageScan scanShown(WebDriver driver, URI page, BrowserProfile profile, boolean keyboard) {
        return scanLoaded(driver, new ScanContext(page, profile.name(), View.PAGE), keyboard);
    }

    /**
     * The home page's two views: loads it as a first visit (the origin's cookies and storage cleared, then reloaded),
     * scans it with the keyboard probe, dismisses the cookie banner with the consent strategy and, when that worked,
     * scans the same document again.
     */
    public HomePageScan scanHome(WebDriver driver, URI home, BrowserProfile profile) {
        ScanContext first = new ScanContext(home, profile.name(), View.FIRST_VISIT);
        Optional<String> failure = load(driver, home).or(() -> forgetVisit(driver, home));
        if (failure.isPresent()) {
            return new HomePageScan(
                    new PageScan.NotLoaded(first, failure.get()), new BannerOutcome.NoBanner(), Optional.empty());
        }
        PageScan firstVisit = scanLoaded(driver, first, true);
        BannerOutcome outcome;
        try {
            outcome = banner.dismiss(driver);
        } catch (WebDriverException e) {
            outcome = new BannerOutcome.NoBanner();
        }
        Optional<PageScan> dismissed = outcome instanceof BannerOutcome.Dismissed
                ? Optional.of(scanLoaded(driver, first.inView(View.BANNER_DISMISSED), true))
                : Optional.empty();
        return new HomePageScan(firstVisit, outcome, dismissed);
    }

    private PageScan scanLoaded(WebDriver driver, ScanContext context, boolean keyboard) {
        AxeOutcome axed = axe.analyse(driver, context);
        Optional<KeyboardReport> report = Optional.empty();
        if (keyboard) {
            try {
                report = Optional.of(probe.probe(driver, context));
            } catch (WebDriverException e) {
                return new PageScan.Scanned(context, axed, Optional.empty());
            }
        }
        return new PageScan.Scanned(context, axed, report);
    }

    private static Optional<String> load(WebDriver driver, URI page) {
        try {
            driver.get(page.toString());
            return Optional.empty();
        } catch (WebDriverException e) {
            return Optional.of("the page did not load: " + AxeScanner.firstLine(e.getMessage()));
        }
    }

    /** Clears the origin's cookies and storage and reloads, when there was something to clear. */
    private static Optional<String> forgetVisit(WebDriver driver, URI page) {
        Object stored;
        try {
            stored = ((JavascriptExecutor) driver)
                    .executeScript("var n = localStorage.length + sessionStorage.length;"
                            + " localStorage.clear(); sessionStorage.clear(); return n;");
        } catch (WebDriverException e) {
            stored = 0; // a document without storage (an opaque origin) has nothing to forget
        }
        boolean cookies = !driver.manage().getCookies().isEmpty();
        if (!cookies && stored instanceof Number n && n.intValue() == 0) {
            return Optional.empty();
        }
        driver.manage().deleteAllCookies();
        return load(driver, page);
    }
}
