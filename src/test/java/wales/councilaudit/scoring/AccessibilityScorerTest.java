package wales.councilaudit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessibilityScorerTest {

    private static final Scorer ANNEX_B = new Scorer(ScoringRulesLoader.bundled());

    private static final List<String> CRITERIA =
            List.of("1.1.1", "1.3.1", "1.4.3", "2.4.4", "2.4.7", "3.1.1", "4.1.2", "1.4.11");

    /** @param impacts the worst impact of each task or top page, space-separated; "-" for no page */
    static AccessibilityFacts facts(boolean trap, boolean invisibleFocus, int criteria, String impacts) {
        List<PageImpact> pages = new ArrayList<>();
        if (!impacts.equals("-")) {
            String[] worst = impacts.split(" ");
            for (int i = 0; i < worst.length; i++) {
                pages.add(new PageImpact("https://www.example.gov.wales/page-" + i, Impact.valueOf(worst[i])));
            }
        }
        Set<String> home = new TreeSet<>(CRITERIA.subList(0, criteria));
        return new AccessibilityFacts(trap, invisibleFocus, home, pages);
    }

    @ParameterizedTest(name = "{5}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # trap  | invisible focus | distinct criteria | worst impacts per page           | score | what it shows
              false | false           | 0                 | NONE NONE                        | 3     | clean
              false | false           | 6                 | NONE                             | 3     | six criteria on the home page: still stage two
              false | false           | 7                 | NONE                             | 0     | seven criteria: 0
              false | false           | 8                 | NONE                             | 0     | more than seven: 0
              true  | false           | 0                 | NONE                             | 0     | a keyboard trap: 0
              false | true            | 0                 | NONE                             | 0     | no visible focus: 0
              true  | true            | 7                 | CRITICAL                         | 0     | stage one decides before stage two
              false | false           | 2                 | MINOR MODERATE                   | 3     | minor and moderate do not cap
              false | false           | 2                 | NONE SERIOUS MINOR               | 2     | serious on one page caps at 2
              false | false           | 2                 | NONE CRITICAL                    | 1     | critical on one page caps at 1
              false | false           | 2                 | SERIOUS CRITICAL SERIOUS         | 1     | the worst cap wins
              false | false           | 0                 | -                                | 3     | no task or top page examined
            """)
    void accessibilityScore(boolean trap, boolean invisibleFocus, int criteria, String impacts, int score) {
        assertThat(ANNEX_B.accessibility(facts(trap, invisibleFocus, criteria, impacts.trim()))
                        .score())
                .isEqualTo(score);
    }

    @Test
    void aCustomCapOnModerateCapsSeriousAndCriticalPagesToo() {
        AccessibilityRules rules = new AccessibilityRules(7, Map.of(Impact.MODERATE, 2));
        Scorer scorer = new Scorer(withAccessibility(rules));

        assertThat(scorer.accessibility(facts(false, false, 0, "CRITICAL")).score())
                .as("a worse impact is never capped less")
                .isEqualTo(2);
        assertThat(scorer.accessibility(facts(false, false, 0, "MINOR")).score())
                .isEqualTo(3);
    }

    @Test
    void stageOneFailureSaysWhichCheckFailed() {
        ComponentScore score = ANNEX_B.accessibility(facts(true, false, 7, "NONE"));

        assertThat(score.why())
                .containsExactly(
                        "0: stage one, the home page, failed",
                        "failed: 'home-no-keyboard-trap' (focus got stuck tabbing through the home page)",
                        "failed: 'home-distinct-criteria' (violations across 7 distinct WCAG success criteria"
                                + " (1.1.1, 1.3.1, 1.4.3, 2.4.4, 2.4.7, 3.1.1, 4.1.2); 7 or more give 0)");
    }

    @Test
    void stageTwoCapSaysWhichPagesCappedIt() {
        ComponentScore score = ANNEX_B.accessibility(facts(false, false, 1, "NONE SERIOUS"));

        assertThat(score.score()).isEqualTo(2);
        assertThat(score.checks())
                .extracting(QuestionAnswer::questionId)
                .containsExactly(
                        "home-no-keyboard-trap",
                        "home-visible-focus",
                        "home-distinct-criteria",
                        "no-critical-violations",
                        "no-serious-violations");
        assertThat(score.why())
                .containsExactly(
                        "2: stage one passed on the home page; serious violations on a task or top page cap the"
                                + " score at 2",
                        "failed: 'no-serious-violations' (serious or worse on https://www.example.gov.wales/page-1"
                                + " (serious); caps the score at 2)");
    }

    @Test
    void noPagesExaminedLeavesStageTwoOut() {
        ComponentScore score = ANNEX_B.accessibility(facts(false, false, 0, "-"));

        assertThat(score.checks())
                .filteredOn(c -> c.questionId().startsWith("no-"))
                .extracting(QuestionAnswer::answer)
                .containsOnly(Answer.NOT_APPLICABLE);
    }

    private static ScoringRules withAccessibility(AccessibilityRules accessibility) {
        ScoringRules annexB = ScoringRulesLoader.bundled();
        return new ScoringRules(
                "test", "test", annexB.overall(), annexB.tasks(), annexB.tools(), annexB.mobile(), accessibility);
    }
}
