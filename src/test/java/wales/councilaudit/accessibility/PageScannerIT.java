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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wales.councilaudit.browser.BrowserProfile;

/**
 * The done-when: on fixtures with one planted fault each, a scan reports exactly the axe rules axe-core itself
 * (Deque's AxeBuilder) reports, plus the keyboard trap and invisible focus that axe misses.
 */
class PageScannerIT {

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

    @ParameterizedTest(name = "{0}: axe {1}; probe {2}")
    @CsvSource({
        "clean.html,,",
        "image-alt.html,image-alt,",
        "label.html,label,",
        "button-name.html,button-name,",
        "link-name.html,link-name,",
        "color-contrast.html,color-contrast,",
        "frame-title.html,frame-title,",
        "list.html,list,",
        "html-has-lang.html,html-has-lang,",
        "document-title.html,document-title,",
        "meta-viewport.html,meta-viewport,",
        "iframe-fault.html,image-alt,",
        "keyboard-trap.html,,keyboard-trap",
        "keyboard-trap-cycle.html,,keyboard-trap",
        "invisible-focus.html,,focus-invisible",
        "skip-link-broken.html,region skip-link,skip-link-broken",
    })
    void reportsWhatAxeReportsPlusWhatOnlyTheKeyboardFinds(String fixture, String axeRules, String probeRules) {
        URI page = server.page(fixture);
        session.driver().get(page.toString());
        Results deque = new AxeBuilder().analyze(session.driver());

        PageScan scan = scanner.scan(session.driver(), page, BrowserProfile.DESKTOP, true);

        assertThat(scan).isInstanceOf(PageScan.Scanned.class);
        List<Finding> findings = scan.findings();
        assertThat(rules(findings, Source.AXE, Certainty.VIOLATION))
                .isEqualTo(ids(deque.getViolations()))
                .isEqualTo(split(axeRules));
        assertThat(rules(findings, Source.AXE, Certainty.NEEDS_REVIEW)).isEqualTo(ids(deque.getIncomplete()));
        assertThat(rules(findings, Source.KEYBOARD_PROBE, Certainty.VIOLATION)).isEqualTo(split(probeRules));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.page()).isEqualTo(page);
            assertThat(f.profile()).isEqualTo("desktop");
            assertThat(f.view()).isEqualTo(View.PAGE);
        });
    }

    private static Set<String> split(String rules) {
        return rules == null ? Set.of() : Stream.of(rules.split(" ")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> rules(List<Finding> findings, Source source, Certainty certainty) {
        return findings.stream()
                .filter(f -> f.source() == source && f.certainty() == certainty)
                .map(Finding::rule)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> ids(List<Rule> rules) {
        return rules.stream().map(Rule::getId).collect(Collectors.toCollection(TreeSet::new));
    }
}
