package wales.councilaudit.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.scoring.Impact;

/**
 * axe-core injected by {@link AxeScanner} reports exactly what Deque's own AxeBuilder reports on the same page (rule
 * ids of violations and of review items), and each fixture's planted rule among them.
 */
class AxeScannerIT {

    private static FixtureServer server;
    private static BrowserSession session;
    private final AxeScanner scanner = new AxeScanner(Duration.ofSeconds(30));

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

    @ParameterizedTest(name = "{0} plants {1}")
    @CsvSource({
        "clean.html,",
        "image-alt.html,image-alt",
        "label.html,label",
        "button-name.html,button-name",
        "link-name.html,link-name",
        "color-contrast.html,color-contrast",
        "frame-title.html,frame-title",
        "list.html,list",
        "html-has-lang.html,html-has-lang",
        "document-title.html,document-title",
        "meta-viewport.html,meta-viewport",
        "iframe-fault.html,image-alt",
        "skip-link-broken.html,skip-link region", // a skip link to nothing is content outside a landmark too
        "keyboard-trap.html,",
        "keyboard-trap-cycle.html,",
        "invisible-focus.html,",
        "cookie-banner-cy.html,image-alt color-contrast",
        "cookie-banner-en.html,image-alt color-contrast",
    })
    void reportsExactlyWhatAxeBuilderReports(String fixture, String planted) {
        URI page = server.page(fixture);
        session.driver().get(page.toString());
        AxeOutcome outcome = scanner.analyse(session.driver(), new ScanContext(page, "desktop", View.PAGE));
        assertThat(outcome).isInstanceOf(AxeOutcome.Analysed.class);
        AxeOutcome.Analysed ours = (AxeOutcome.Analysed) outcome;

        Results deque = new AxeBuilder().analyze(session.driver());

        assertThat(ruleIds(ours.violations())).as("violations").isEqualTo(ids(deque.getViolations()));
        assertThat(ruleIds(ours.reviews())).as("review items").isEqualTo(ids(deque.getIncomplete()));
        Set<String> intended = planted == null ? Set.of() : Set.of(planted.split(" "));
        assertThat(ruleIds(ours.violations()))
                .as("the planted rules, and nothing else")
                .isEqualTo(intended);
        assertThat(ours.axeVersion()).isEqualTo("4.11.1").isEqualTo(AxeScanner.axeVersion());
    }

    @Test
    void aFaultInsideACrossOriginFrameIsFoundWithTheFrameFirstInItsSelector() {
        URI page = server.page("iframe-fault.html");
        session.driver().get(page.toString());
        AxeOutcome.Analysed ours =
                (AxeOutcome.Analysed) scanner.analyse(session.driver(), new ScanContext(page, "desktop", View.PAGE));

        assertThat(ours.frames()).isEqualTo(1);
        Finding alt = ours.violations().get(0);
        assertThat(alt.rule()).isEqualTo("image-alt");
        assertThat(alt.selector()).isEqualTo("iframe" + Finding.FRAME_SEPARATOR + "img");
        assertThat(alt.html()).startsWith("<img src=\"data:image/gif");
        assertThat(alt.impact()).isEqualTo(Impact.CRITICAL);
        assertThat(alt.criteria()).containsExactly("1.1.1");
        assertThat(alt.helpUrl()).contains("image-alt");
        assertThat(alt.help()).isNotBlank();
    }

    @Test
    void keepsPassingAndFailingNodeCountsPerRule() {
        URI page = server.page("image-alt.html");
        session.driver().get(page.toString());
        AxeOutcome.Analysed ours =
                (AxeOutcome.Analysed) scanner.analyse(session.driver(), new ScanContext(page, "desktop", View.PAGE));

        assertThat(ours.tallies().get("image-alt")).isEqualTo(new RuleTally("image-alt", 0, 1, 0));
        assertThat(ours.tallies().get("link-name").passed()).isEqualTo(4); // skip link, home, contact, privacy
        assertThat(ours.tallies().get("link-name").failingShare()).hasValue(0.0);
    }

    private static Set<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> ids(List<Rule> rules) {
        return rules.stream().map(Rule::getId).collect(Collectors.toCollection(TreeSet::new));
    }
}
