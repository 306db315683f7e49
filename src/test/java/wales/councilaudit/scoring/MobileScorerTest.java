package wales.councilaudit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MobileScorerTest {

    private static final Scorer ANNEX_B = new Scorer(ScoringRulesLoader.bundled());

    private static MobileFacts facts(
            boolean viewport,
            boolean zoomDisabled,
            boolean homeOverflows,
            int overflowing,
            double smallTargets,
            double legible,
            int journeysTried,
            int journeysWorking) {
        return new MobileFacts(
                viewport,
                zoomDisabled,
                homeOverflows,
                40,
                overflowing,
                smallTargets,
                legible,
                journeysTried,
                journeysWorking);
    }

    @ParameterizedTest(name = "{8}: {9}")
    @CsvSource(delimiter = '|', textBlock = """
            # viewport | zoom off | home overflows | pages overflowing | small targets | legible | tried | working | what it shows | score
              false    | false    | true           | 1                 | 0.0           | 1.0     | 4     | 4       | no usable viewport and the home page overflows: not adapted | 0
              false    | false    | true           | 40                | 0.9           | 0.1     | 4     | 0       | not adapted, everything else failing too | 0
              false    | false    | false          | 0                 | 0.0           | 1.0     | 4     | 4       | no viewport but no overflow: not 0 | 3
              true     | false    | true           | 1                 | 0.0           | 1.0     | 4     | 4       | a viewport but the home page overflows: not 0 | 3
              true     | false    | false          | 0                 | 0.0           | 1.0     | 4     | 4       | every check passed | 4
              true     | false    | false          | 0                 | 0.1           | 0.9     | 4     | 3       | every threshold exactly | 4
              true     | true     | false          | 0                 | 0.0           | 1.0     | 4     | 4       | zoom disabled fails the viewport check | 3
              true     | false    | false          | 1                 | 0.0           | 1.0     | 4     | 4       | one page of 40 overflowing fails | 3
              true     | false    | false          | 0                 | 0.11          | 1.0     | 4     | 4       | small targets just above 0.1 | 3
              true     | false    | false          | 0                 | 0.0           | 0.89    | 4     | 4       | legible text just below 0.9 | 3
              true     | false    | false          | 0                 | 0.0           | 1.0     | 4     | 2       | journeys 2 of 4, below 0.75 | 3
              true     | false    | false          | 0                 | 0.0           | 1.0     | 0     | 0       | no journey tried: 4 of 4 checks | 4
              true     | false    | false          | 0                 | 0.3           | 1.0     | 0     | 0       | no journey tried, one failed: 3 of 4 | 3
              true     | false    | false          | 2                 | 0.3           | 1.0     | 4     | 4       | 3 of 5 | 2
              true     | true     | false          | 2                 | 0.3           | 1.0     | 4     | 4       | 2 of 5 = 0.4 | 2
              true     | true     | false          | 2                 | 0.3           | 0.5     | 4     | 4       | 1 of 5 | 1
              true     | true     | false          | 2                 | 0.3           | 0.5     | 4     | 0       | 0 of 5, but a viewport: 1 not 0 | 1
              false    | false    | false          | 2                 | 0.3           | 0.5     | 0     | 0       | 0 of 4, no viewport, home page fits: 1 | 1
            """)
    void mobileScore(
            boolean viewport,
            boolean zoomDisabled,
            boolean homeOverflows,
            int overflowing,
            double smallTargets,
            double legible,
            int tried,
            int working,
            String whatItShows,
            int score) {
        MobileFacts facts =
                facts(viewport, zoomDisabled, homeOverflows, overflowing, smallTargets, legible, tried, working);

        assertThat(ANNEX_B.mobile(facts).score()).isEqualTo(score);
    }

    @Test
    void notAdaptedSaysWhyAndStillListsTheChecks() {
        ComponentScore mobile = ANNEX_B.mobile(facts(false, false, true, 3, 0.0, 1.0, 0, 0));

        assertThat(mobile.score()).isZero();
        assertThat(mobile.checks()).hasSize(5);
        assertThat(mobile.why())
                .containsExactly(
                        "0: not adapted to mobile at all: no meta viewport with width=device-width and the home page"
                                + " overflows sideways",
                        "failed: 'viewport' (no meta viewport with width=device-width)",
                        "failed: 'no-horizontal-overflow' (3 of 40 (0.08) pages examined overflow sideways, the home"
                                + " page among them; at most 0.00 allowed)",
                        "not applicable, left out: 'mobile-journeys' (no task journey that worked on desktop to try)");
    }

    @Test
    void whyNamesTheThresholdAndTheFailedCheck() {
        ComponentScore mobile = ANNEX_B.mobile(facts(true, false, false, 0, 0.25, 0.95, 4, 4));

        assertThat(mobile.why())
                .containsExactly(
                        "3 stars: 4 of 5 (0.80) mobile checks passed, at least 0.70; 4 stars need 0.90",
                        "failed: 'target-size' (0.25 of targets are below 24 by 24 px (WCAG 2.2 SC 2.5.8); at most"
                                + " 0.10 allowed)");
    }

    @Test
    void impossibleFactsAreRefused() {
        assertThatThrownBy(() -> facts(true, false, true, 0, 0, 1, 0, 0))
                .as("the home page overflows but no page does")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> facts(true, false, false, 41, 0, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> facts(true, false, false, 0, 1.5, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> facts(true, false, false, 0, 0, Double.NaN, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> facts(true, false, false, 0, 0, 1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
