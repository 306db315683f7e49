package wales.councilaudit.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.Chromium;
import wales.councilaudit.net.ResolveRule;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.sandbox.SandboxWales;
import wales.councilaudit.sandbox.profile.MobilePlant;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SiteContext;

/**
 * The probe on Sandbox Wales under the councils' real host names (Chromium's host-resolver rules map them to
 * 127.0.0.1): the viewport, overflow and text-size properties planted by councils with different {@link
 * MobilePlant}s and site styles are recovered.
 */
class MobileSandboxIT {

    /** The bundled rules' {@code min-legible-text-share}. */
    private static final double LEGIBLE = 0.9;

    @TempDir
    static Path home;

    private static SandboxWales sandbox;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver");
        sandbox = SandboxWales.start(RegistryLoader.bundled(), 0);
        List<ResolveRule> resolve = sandbox.hosts().stream()
                .map(h -> new ResolveRule(h, InetAddress.getLoopbackAddress()))
                .toList();
        driver = Chromium.start(BrowserProfile.MOBILE, resolve, home.resolve("browser"), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /**
     * Each council's planted mobile properties, as its profile says (checked first, so the table cannot drift from
     * the profiles), recovered by the probe from its home page and its first English content page.
     */
    @ParameterizedTest(name = "{0}: viewport {1}, home overflows {2}, content overflows {3}, tiny text {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # council         | viewport | home overflows | content overflows | tiny text
            cardiff           | GOOD     | false          | false             | false
            newport           | NO_ZOOM  | false          | false             | false
            vale-of-glamorgan | MISSING  | true           | false             | false
            pembrokeshire     | MISSING  | true           | true              | true
            caerphilly        | GOOD     | false          | true              | true
            merthyr-tydfil    | GOOD     | false          | true              | false
            """)
    void recoversThePlantedMobileProperties(
            String council,
            MobilePlant.Viewport viewport,
            boolean homeOverflows,
            boolean contentOverflows,
            boolean tinyText)
            throws IOException {
        SiteContext site = sandbox.site(council).context();
        assertThat(site.profile().mobile())
                .isEqualTo(new MobilePlant(viewport, homeOverflows, contentOverflows, false, tinyText));
        MobileProbe probe = new MobileProbe(home.resolve("shots-" + council));

        MobilePage homePage = probe.apply(driver, address(site, site.plan().home()));
        MobilePage content = probe.apply(driver, address(site, firstContentPage(site)));

        for (MobilePage page : List.of(homePage, content)) {
            assertThat(page.viewport().mobileViewport())
                    .as("usable viewport")
                    .isEqualTo(viewport != MobilePlant.Viewport.MISSING);
            assertThat(page.viewport().zoomDisabled())
                    .as("zoom disabled")
                    .isEqualTo(viewport == MobilePlant.Viewport.NO_ZOOM);
            assertThat(page.viewport())
                    .isInstanceOf(
                            viewport == MobilePlant.Viewport.MISSING
                                    ? ViewportMeta.Missing.class
                                    : ViewportMeta.Declared.class);
            assertThat(page.text().cssShare() < LEGIBLE)
                    .as("tiny text in CSS px: " + page.text())
                    .isEqualTo(tinyText);
            assertThat(page.legibleTextShare() < LEGIBLE)
                    .as("illegible after the zoom-out rule")
                    .isEqualTo(tinyText || viewport == MobilePlant.Viewport.MISSING);
        }
        assertOverflow(homePage, homeOverflows, ".fixed-layout");
        // The planted table (1100 px) is wider than the 980 px a page without a usable viewport is laid out at, so
        // it overflows whatever the viewport (docs/mobile-stage.md).
        assertOverflow(content, contentOverflows, "table");
    }

    private static void assertOverflow(MobilePage page, boolean overflows, String cause) throws IOException {
        assertThat(page.overflow().overflows()).as(page.overflow().evidence()).isEqualTo(overflows);
        if (!overflows) {
            assertThat(page.screenshot()).isInstanceOf(Screenshot.NotTaken.class);
            return;
        }
        Overflow.Overflows found = (Overflow.Overflows) page.overflow();
        assertThat(found.widest().selector()).contains(cause);
        assertThat(found.widest().right()).isEqualTo(found.scrollWidth());
        assertThat(page.screenshot()).isInstanceOf(Screenshot.Saved.class);
        Screenshot.Saved shot = (Screenshot.Saved) page.screenshot();
        assertThat(shot.fullPage()).isTrue();
        BufferedImage image = ImageIO.read(shot.file().toFile());
        assertThat(image.getWidth())
                .as("one image pixel per CSS pixel, the whole width")
                .isEqualTo(found.scrollWidth());
        assertThat(image.getHeight()).isGreaterThan(BrowserProfile.MOBILE.height() / 2);
    }

    private static URI address(SiteContext site, PlanPage page) {
        return URI.create(site.absolute(Lang.EN, site.address(page, Lang.EN)));
    }

    private static PlanPage firstContentPage(SiteContext site) {
        return site.plan().ofKind(PageKind.CONTENT).stream()
                .filter(p -> p.exists(Lang.EN))
                .findFirst()
                .orElseThrow();
    }
}
