package wales.councilaudit.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wales.councilaudit.scoring.AccessibilityFacts;
import wales.councilaudit.scoring.ComponentScore;
import wales.councilaudit.scoring.Impact;
import wales.councilaudit.scoring.PageImpact;
import wales.councilaudit.scoring.Scorer;
import wales.councilaudit.scoring.ScoringRulesLoader;

class SiteFactsTest {

    private static final String HOME = "https://www.example.gov.wales/";
    private final Scorer scorer = new Scorer(ScoringRulesLoader.bundled());

    @Test
    void aTrapOnTheHomePageScoresZero() {
        List<Finding> home = List.of(Findings.probe(HOME, KeyboardReport.KEYBOARD_TRAP, Certainty.VIOLATION));
        AccessibilityFacts facts = SiteFacts.of(home, home, Map.of());

        assertThat(facts.homeKeyboardTrap()).isTrue();
        assertThat(facts.homeFocusInvisible()).isFalse();
        assertThat(scorer.accessibility(facts).score()).isZero();
    }

    @Test
    void aTrapInsideADialogIsForReviewAndDoesNotCount() {
        List<Finding> home = List.of(Findings.probe(HOME, KeyboardReport.KEYBOARD_TRAP, Certainty.NEEDS_REVIEW));

        assertThat(SiteFacts.of(home, home, Map.of()).homeKeyboardTrap()).isFalse();
    }

    @Test
    void distinctCriteriaComeFromAxeViolationsInTheScoredView() {
        List<Finding> scored = List.of(
                Findings.axe(HOME, "label", Impact.CRITICAL, "#q", "<input id=q>", "4.1.2", "1.3.1"),
                Findings.axe(HOME, "image-alt", Impact.CRITICAL, "img", "<img>", "1.1.1"),
                Findings.axe(HOME, "region", Impact.MODERATE, "p", "<p>"));
        Finding bannerOnly = Findings.axe(HOME, "color-contrast", Impact.SERIOUS, "#cookie p", "<p>", "1.4.3")
                .inView(View.FIRST_VISIT);
        List<Finding> all = new java.util.ArrayList<>(scored);
        all.add(bannerOnly);

        assertThat(SiteFacts.of(all, scored, Map.of()).homeCriteria()).containsExactly("1.1.1", "1.3.1", "4.1.2");
    }

    @Test
    void eachTaskPageGivesItsWorstViolationAndACriticalOneCapsAtOne() {
        Map<URI, List<Finding>> pages = new LinkedHashMap<>();
        pages.put(
                URI.create(HOME + "bins"),
                List.of(
                        Findings.axe(HOME + "bins", "list", Impact.SERIOUS, "ul", "<ul>"),
                        Findings.axe(HOME + "bins", "button-name", Impact.CRITICAL, "button", "<button>")));
        pages.put(URI.create(HOME + "planning"), List.of());

        AccessibilityFacts facts = SiteFacts.of(List.of(), List.of(), pages);
        ComponentScore score = scorer.accessibility(facts);

        assertThat(facts.pages())
                .containsExactly(
                        new PageImpact(HOME + "bins", Impact.CRITICAL), new PageImpact(HOME + "planning", Impact.NONE));
        assertThat(score.score()).isEqualTo(1);
        assertThat(score.why()).isNotEmpty();
    }
}
