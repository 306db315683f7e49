package wales.councilaudit.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wales.councilaudit.browser.BrowserProfile;

/** The keyboard probe finds the planted trap, invisible focus and broken skip link, and nothing on clean pages. */
class KeyboardProbeIT {

    private static FixtureServer server;
    private static BrowserSession session;
    private final KeyboardProbe probe = KeyboardProbe.defaults();

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

    private KeyboardReport probe(String fixture) {
        URI page = server.page(fixture);
        session.driver().get(page.toString());
        return probe.probe(session.driver(), new ScanContext(page, "desktop", View.PAGE));
    }

    @Test
    void aCleanPageHasNoTrapVisibleFocusEverywhereAndAWorkingSkipLink() {
        KeyboardReport report = probe("clean.html");

        assertThat(report.focusable()).isEqualTo(4);
        assertThat(report.reached()).isEqualTo(4);
        assertThat(report.trap()).isEmpty();
        assertThat(report.invisibleFocus()).isEmpty();
        assertThat(report.skipLink()).isEqualTo(new SkipLink.Works("body > a:nth-of-type(1)", "#main-content"));
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void focusShownByShadowBackgroundUnderlineParentFadeOrChromiumsRingIsVisible() {
        KeyboardReport report = probe("focus-styles.html");

        assertThat(report.reached()).isEqualTo(report.focusable()).isEqualTo(10);
        assertThat(report.invisibleFocus()).isEmpty();
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void theSandboxsTrapAnInputThatSendsTabBackToItselfIsFound() {
        KeyboardReport report = probe("keyboard-trap.html");

        assertThat(report.trapped()).isTrue();
        KeyboardTrap trap = report.trap().orElseThrow();
        assertThat(trap.selectors()).containsExactly("#newsletter-email");
        assertThat(trap.unreached()).isEqualTo(4); // two links in main, contact, privacy
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(KeyboardReport.KEYBOARD_TRAP);
            assertThat(f.certainty()).isEqualTo(Certainty.VIOLATION);
            assertThat(f.criteria()).containsExactly("2.1.2");
            assertThat(f.html()).startsWith("<input type=\"email\" id=\"newsletter-email\"");
        });
    }

    @Test
    void aWidgetCyclingTabAmongThreeButtonsIsATrap() {
        KeyboardReport report = probe("keyboard-trap-cycle.html");

        assertThat(report.trap().orElseThrow().selectors()).containsExactlyInAnyOrder("#prev", "#day", "#next");
        assertThat(report.trapped()).isTrue();
    }

    @Test
    void focusWithOutlineNoneAndNothingElseIsInvisible() {
        KeyboardReport report = probe("invisible-focus.html");

        assertThat(report.trap()).isEmpty();
        assertThat(report.invisibleFocus())
                .extracting(FocusStop::html)
                .containsExactly(
                        "<a href=\"#\">Council home</a>",
                        "<a href=\"#\">Bin collection days</a>",
                        "<button type=\"button\">Search</button>",
                        "<a href=\"#\">Contact us</a>",
                        "<a href=\"#\">Privacy</a>");
        assertThat(report.findings()).hasSize(5).allSatisfy(f -> assertThat(f.rule())
                .isEqualTo(KeyboardReport.FOCUS_INVISIBLE));
    }

    @Test
    void aSkipLinkToAMissingTargetIsBroken() {
        KeyboardReport report = probe("skip-link-broken.html");

        assertThat(report.skipLink()).isInstanceOf(SkipLink.Broken.class);
        assertThat(((SkipLink.Broken) report.skipLink()).reason()).contains("#content");
        assertThat(report.findings()).extracting(Finding::rule).containsExactly(KeyboardReport.SKIP_LINK_BROKEN);
    }

    @Test
    void aPageWithoutASkipLinkIsLeftForReview() {
        KeyboardReport report = probe("frame-clean.html");

        assertThat(report.skipLink()).isEqualTo(new SkipLink.Missing());
        assertThat(report.findings())
                .extracting(Finding::rule, Finding::certainty)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(KeyboardReport.SKIP_LINK_MISSING, Certainty.NEEDS_REVIEW));
        assertThat(List.of(report.trapped())).containsExactly(false);
    }
}
