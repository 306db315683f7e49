package wales.councilaudit.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.councilaudit.browser.BrowserProfile;

/**
 * The home page is scanned as a first visit, the banner dismissed by its English or Welsh button text, and scanned
 * again: the banner's own fault is found only in the first view, the page's in both.
 */
class CookieBannerIT {

    private static FixtureServer server;
    private static BrowserSession session;
    private final PageScanner scanner = new PageScanner(
            new AxeScanner(Duration.ofSeconds(30)), KeyboardProbe.defaults(), ConsentStrategyLoader.bundled());

    @BeforeAll
    static void start() {
        server = new FixtureServer();
        session = new BrowserSession(BrowserProfile.DESKTOP);
    }

    @AfterAll
    static void stop() {
        session.close();
        server.close();
    }

    @BeforeEach
    void reset() {
        session.reset(server);
    }

    @ParameterizedTest(name = "{0} dismissed by {1}")
    @CsvSource({"cookie-banner-cy.html,Derbyn pob cwci", "cookie-banner-en.html,Accept all cookies"})
    void findingsAreSplitByView(String fixture, String button) {
        URI home = server.page(fixture);
        HomePageScan scan = scanner.scanHome(session.driver(), home, BrowserProfile.DESKTOP);

        assertThat(scan.banner()).isEqualTo(new BannerOutcome.Dismissed("button text \"" + button + "\""));
        assertThat(rules(scan.findings(), View.FIRST_VISIT)).contains("color-contrast", "image-alt");
        assertThat(rules(scan.findings(), View.BANNER_DISMISSED))
                .contains("image-alt")
                .doesNotContain("color-contrast");
        assertThat(scan.findings())
                .filteredOn(f -> f.rule().equals("color-contrast"))
                .allSatisfy(f -> assertThat(f.selector()).startsWith("#cookie-banner"));
        assertThat(scan.scored().context().view()).isEqualTo(View.BANNER_DISMISSED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"clean.html"})
    void aPageWithoutABannerHasOneView(String fixture) {
        HomePageScan scan = scanner.scanHome(session.driver(), server.page(fixture), BrowserProfile.DESKTOP);

        assertThat(scan.banner()).isEqualTo(new BannerOutcome.NoBanner());
        assertThat(scan.dismissed()).isEmpty();
        assertThat(scan.firstVisit()).isInstanceOf(PageScan.Scanned.class);
        assertThat(scan.findings()).isEmpty();
    }

    private static Set<String> rules(List<Finding> findings, View view) {
        return findings.stream()
                .filter(f -> f.view() == view)
                .map(Finding::rule)
                .collect(Collectors.toSet());
    }
}
