package wales.councilaudit.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.Chromium;

/**
 * The probe on Lighthouse's own smoke-test pages (see {@code mobile/lighthouse/PROVENANCE.md}): the viewport and
 * legible-text outcomes of its {@code EXPECTED.md}. Lighthouse passes legible text at 60% or more (its font-size
 * audit); our site-wide threshold is the rules file's, so the page verdicts here use Lighthouse's.
 */
class MobileLighthouseIT {

    /** Lighthouse's font-size audit passes a page with at least this share of legible text. */
    private static final double LIGHTHOUSE_LEGIBLE = 0.6;

    @TempDir
    static Path home;

    private static FixtureServer server;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver");
        server = new FixtureServer();
        driver = Chromium.start(BrowserProfile.MOBILE, List.of(), home.resolve("browser"), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private MobilePage probe(String file) {
        MobilePage page =
                new MobileProbe(home.resolve("shots")).apply(driver, server.uri("/mobile/lighthouse/" + file));
        return page;
    }

    @Test
    void seoTesterPassesViewportAndLegibleText() {
        MobilePage page = probe("seo-tester.html");

        assertThat(page.viewport()).isInstanceOf(ViewportMeta.Declared.class);
        assertThat(page.viewport().mobileViewport()).isTrue();
        assertThat(page.viewport().zoomDisabled()).isFalse();
        assertThat(page.legibleTextShare())
                .isGreaterThanOrEqualTo(LIGHTHOUSE_LEGIBLE)
                .isLessThan(1.0);
    }

    @Test
    void seoFailureCasesFailsViewportAndLegibleText() {
        MobilePage page = probe("seo-failure-cases.html");

        assertThat(page.viewport()).isInstanceOf(ViewportMeta.Invalid.class);
        assertThat(page.viewport().mobileViewport()).isFalse();
        assertThat(page.viewport().evidence()).contains("invalid-content=should_have_looked_it_up");
        assertThat(page.text().cssShare()).as("in CSS px, before zooming out").isEqualTo(1.0);
        assertThat(page.legibleTextShare()).isLessThan(LIGHTHOUSE_LEGIBLE).isZero();
        assertThat(page.overflow().viewportWidth())
                .as("laid out at a desktop width")
                .isEqualTo(980);
    }

    @Test
    void seoTapTargetsPassesViewportAndLegibleText() {
        MobilePage page = probe("seo-tap-targets.html");

        assertThat(page.viewport().mobileViewport()).isTrue();
        assertThat(page.legibleTextShare()).isGreaterThanOrEqualTo(LIGHTHOUSE_LEGIBLE);
    }
}
