package wales.councilaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import wales.councilaudit.accessibility.AxeOutcome;
import wales.councilaudit.accessibility.AxeScanner;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.accessibility.ScanContext;
import wales.councilaudit.accessibility.View;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.Chromium;

/**
 * The HTML report in headless Chromium: no script payload from a site runs (and the probe is shown to catch one that
 * does), and axe-core finds no violation on any page of the report, English or Welsh. One session for the class,
 * reset to a blank page with no cookies between tests.
 */
class ReportBrowserIT {

    private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Path home;
    private static ChromeDriver driver;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrowser() throws IOException {
        home = Files.createTempDirectory("report-chromium");
        driver = Chromium.start(BrowserProfile.DESKTOP, List.of(), home, Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(WAIT);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
    }

    @Test
    void noPayloadFromASiteRunsOnAnyPageOfTheReport() throws IOException {
        RunSummary run = ReportFixtures.hostileRun(START);
        List<Path> pages = HtmlReport.write(dir, new RunHistory(run, List.of()), ReportFixtures.hostileDetails(run));
        assertThat(pages).hasSize(6);

        for (Path page : pages) {
            load(page);
            JavascriptExecutor js = driver;
            assertThat(js.executeScript("return typeof window.__pwned"))
                    .as(page.toString())
                    .isEqualTo("undefined");
            assertThat(driver.getTitle())
                    .as("a payload sets the title to PWNED")
                    .isNotEqualTo("PWNED");
            assertThat((Long) js.executeScript("return document.querySelectorAll("
                            + "'script, iframe, svg, [onerror], [onload], [srcdoc]').length"))
                    .as("elements from payloads on " + page)
                    .isZero();
            assertThat((Long) js.executeScript("return Array.from(document.querySelectorAll('[href], [src]'))"
                            + ".filter(e => /^\\s*(javascript|data|vbscript):/i.test("
                            + "e.getAttribute('href') || e.getAttribute('src'))).length"))
                    .as("script addresses on " + page)
                    .isZero();
        }
    }

    @Test
    void theProbeSeesAPayloadThatDoesRun() throws IOException {
        Path page = Files.writeString(
                dir.resolve("unescaped.html"),
                "<!DOCTYPE html><html lang=en><title>t</title><body>" + ReportFixtures.PAYLOADS.get(1) + "</body>");

        load(page);

        new WebDriverWait(driver, WAIT)
                .until(d -> ((JavascriptExecutor) d).executeScript("return window.__pwned") != null);
        assertThat(driver.getTitle()).isEqualTo("PWNED");
    }

    @Test
    void axeCoreFindsNoViolationOnAnyPageOfTheReport() throws IOException {
        RunSummary run = ReportFixtures.run("now", START);
        List<Path> pages = HtmlReport.write(
                dir, new RunHistory(run, List.of(ReportFixtures.previousYear(run))), ReportFixtures.details(run));
        AxeScanner axe = new AxeScanner(Duration.ofSeconds(60));

        List<String> violations = new ArrayList<>();
        for (Path page : pages) {
            load(page);
            AxeOutcome outcome = axe.analyse(driver, new ScanContext(page.toUri(), "desktop", View.PAGE));
            assertThat(outcome).as(page.toString()).isInstanceOf(AxeOutcome.Analysed.class);
            for (Finding f : ((AxeOutcome.Analysed) outcome).violations()) {
                violations.add(dir.relativize(page) + ": " + f.rule() + " " + f.selector() + " " + f.html());
            }
        }

        assertThat(violations).isEmpty();
        System.out.printf("axe-core %s: %d report pages, no violations%n", AxeScanner.axeVersion(), pages.size());
    }

    private static void load(Path page) {
        URI uri = page.toUri();
        driver.get(uri.toString());
        new WebDriverWait(driver, WAIT)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
