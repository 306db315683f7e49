package wales.councilaudit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverallScorerTest {

    private static final Scorer ANNEX_B = new Scorer(ScoringRulesLoader.bundled());

    /** Annex B's table with every mobile minimum at 0, so that the mobile demotion can be seen on its own. */
    private static final Scorer LENIENT_MOBILE = new Scorer(new ScoringRules(
            "lenient-mobile",
            "test",
            new OverallRules(
                    4, List.of(new Band(4, 12, 3, 0, 2), new Band(3, 9, 2, 0, 0), new Band(2, 6, 1, 0, 0)), 1, 1, 1),
            ScoringRulesLoader.bundled().tasks(),
            ScoringRulesLoader.bundled().tools(),
            ScoringRulesLoader.bundled().mobile(),
            ScoringRulesLoader.bundled().accessibility()));

    @ParameterizedTest(name = "tasks {0}, tools {1}, mobile {2}, accessibility {3}: {4} stars")
    @CsvSource(delimiter = '|', textBlock = """
            # tasks | tools | mobile | accessibility | stars | what it shows
              16    | 4     | 4      | 3             | 4     | the best
              12    | 3     | 3      | 2             | 4     | four stars: every minimum exactly
              11    | 3     | 3      | 2             | 3     | four stars: tasks just below
              12    | 2     | 3      | 2             | 3     | four stars: tools just below
              12    | 3     | 2      | 2             | 3     | four stars: mobile just below
              12    | 3     | 3      | 1             | 3     | four stars: accessibility just below
               9    | 2     | 2      | 1             | 3     | three stars: every minimum exactly
               8    | 2     | 2      | 1             | 2     | three stars: tasks just below
               9    | 1     | 2      | 1             | 2     | three stars: tools just below
               9    | 2     | 1      | 1             | 2     | three stars: mobile just below
               6    | 1     | 1      | 1             | 2     | two stars: every minimum exactly
               5    | 1     | 1      | 1             | 1     | two stars: tasks just below
               6    | 1     | 0      | 1             | 1     | two stars: mobile just below
               4    | 1     | 1      | 1             | 1     | the least
               9    | 2     | 4      | 1             | 3     | mobile 4 does not block three stars (minimums)
               9    | 4     | 4      | 3             | 3     | tools 4 does not block three stars (minimums)
               6    | 4     | 4      | 3             | 2     | scores above two stars' ranges do not block it
              16    | 4     | 2      | 3             | 3     | a high total does not make up for mobile
            """)
    void everyBoundaryOfTheOverallTable(int tasks, int tools, int mobile, int accessibility, int stars) {
        Overall overall = ANNEX_B.overall(new Components(tasks, tools, mobile, accessibility), 4);

        assertThat(overall.stars()).isEqualTo(stars);
        assertThat(overall.beforeDemotion()).as("no demotion without a 0").isEqualTo(stars);
    }

    @ParameterizedTest(name = "tasks {0}, tools {1}, mobile {2}, accessibility {3}: {4} then {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # tasks | tools | mobile | accessibility | before | after | what it shows
              12    | 3     | 3      | 0             | 3      | 2     | accessibility 0 alone: four-star components, three-star band, then one off
               9    | 2     | 2      | 0             | 3      | 2     | accessibility 0 alone: from three stars
               6    | 1     | 1      | 0             | 2      | 1     | accessibility 0 alone: from two stars
               5    | 1     | 1      | 0             | 1      | 1     | accessibility 0 alone: never below 1
              16    | 4     | 0      | 3             | 1      | 1     | mobile 0 alone: every band asks mobile 1, so 1 star already
              16    | 4     | 0      | 0             | 1      | 1     | both: never below 1
            """)
    void demotionsUnderAnnexB(int tasks, int tools, int mobile, int accessibility, int before, int after) {
        Overall overall = ANNEX_B.overall(new Components(tasks, tools, mobile, accessibility), 4);

        assertThat(overall.beforeDemotion()).isEqualTo(before);
        assertThat(overall.stars()).isEqualTo(after);
    }

    @ParameterizedTest(name = "tasks {0}, tools {1}, mobile {2}, accessibility {3}: {4} then {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # tasks | tools | mobile | accessibility | before | after | what it shows
              12    | 3     | 0      | 2             | 4      | 3     | mobile 0 alone drops one star
               9    | 2     | 0      | 3             | 3      | 2     | mobile 0 alone, from three stars
               6    | 1     | 0      | 3             | 2      | 1     | mobile 0 alone, from two stars
               5    | 4     | 0      | 3             | 1      | 1     | mobile 0 alone: never below 1
              12    | 3     | 3      | 0             | 3      | 2     | accessibility 0 alone
               9    | 2     | 0      | 0             | 3      | 1     | both together drop two stars
               6    | 1     | 0      | 0             | 2      | 1     | both together: never below 1
              16    | 4     | 0      | 0             | 3      | 1     | both together, from the best tasks
            """)
    void demotionsWhereTheBandsLetMobileZeroThrough(
            int tasks, int tools, int mobile, int accessibility, int before, int after) {
        Overall overall = LENIENT_MOBILE.overall(new Components(tasks, tools, mobile, accessibility), 4);

        assertThat(overall.beforeDemotion()).isEqualTo(before);
        assertThat(overall.stars()).isEqualTo(after);
    }

    @ParameterizedTest(name = "{0} tasks: 4 stars from {1}, 3 from {2}, 2 from {3}")
    @CsvSource({
        // tasks, four, three, two: ceil(12n/4), ceil(9n/4), ceil(6n/4)
        "1, 3, 3, 2",
        "2, 6, 5, 3",
        "3, 9, 7, 5",
        "4, 12, 9, 6",
        "5, 15, 12, 8",
        "6, 18, 14, 9",
        "8, 24, 18, 12",
    })
    void taskMinimumsScaleByTasksOverFourRoundedUp(int taskCount, int four, int three, int two) {
        OverallRules rules = ANNEX_B.rules().overall();

        assertThat(rules.bands())
                .extracting(band -> rules.scaledTasks(band, taskCount))
                .containsExactly(four, three, two);
    }

    @ParameterizedTest(name = "{0} tasks, {1} task stars: {2} stars")
    @CsvSource({
        "3, 12, 4",
        "3, 9, 4",
        "3, 8, 3",
        "3, 7, 3",
        "3, 6, 2",
        "3, 5, 2",
        "3, 4, 1",
        "3, 3, 1",
        "5, 20, 4",
        "5, 15, 4",
        "5, 14, 3",
        "5, 12, 3",
        "5, 11, 2",
        "5, 8, 2",
        "5, 7, 1",
        "6, 24, 4",
        "6, 18, 4",
        "6, 17, 3",
        "6, 14, 3",
        "6, 13, 2",
        "6, 9, 2",
        "6, 8, 1",
    })
    void overallStarWithThreeFiveAndSixTasks(int taskCount, int taskStars, int stars) {
        Overall overall = ANNEX_B.overall(new Components(taskStars, 4, 4, 3), taskCount);

        assertThat(overall.stars()).isEqualTo(stars);
        assertThat(overall.why().get(0)).startsWith("task minimums are written for 4 tasks; for " + taskCount);
    }

    @Test
    void whyNamesTheBandReachedTheBandsMissedAndTheDemotion() {
        Overall overall = ANNEX_B.overall(new Components(10, 4, 4, 0), 4);

        assertThat(overall.why())
                .containsExactly(
                        "not 4 stars: tasks 10 below 12, accessibility 0 below 2",
                        "3 stars: tasks 10 (at least 9), tools 4 (at least 2), mobile 4 (at least 2)",
                        "accessibility scored 0: drops 1 star (3 stars to 2 stars)");
    }

    @Test
    void whyExplainsTheFloor() {
        Overall overall = ANNEX_B.overall(new Components(16, 4, 0, 3), 4);

        assertThat(overall.why())
                .containsExactly(
                        "not 4 stars: mobile 0 below 3",
                        "not 3 stars: mobile 0 below 2",
                        "not 2 stars: mobile 0 below 1",
                        "1 star: below every band",
                        "mobile scored 0, which drops 1 star, but 1 star is the floor");
    }

    @Test
    void whyWithScaledTasksShowsTheScaledMinimums() {
        Overall overall = ANNEX_B.overall(new Components(7, 2, 2, 1), 3);

        assertThat(overall.stars()).isEqualTo(3);
        assertThat(overall.why())
                .containsExactly(
                        "task minimums are written for 4 tasks; for 3 they are scaled by 3/4, rounded up:"
                                + " 4 stars 12 to 9, 3 stars 9 to 7, 2 stars 6 to 5",
                        "not 4 stars: tasks 7 below 9, tools 2 below 3, mobile 2 below 3, accessibility 1 below 2",
                        "3 stars: tasks 7 (at least 7), tools 2 (at least 2), mobile 2 (at least 2)");
    }

    @Test
    void overallFromScoredTasksSumsTheirStars() {
        TaskScore three = task("a", 3);
        TaskScore four = task("b", 4);
        ComponentScore score3 = new ComponentScore(3, List.of(), List.of());
        ComponentScore score2 = new ComponentScore(2, List.of(), List.of());

        Overall overall = ANNEX_B.overall(List.of(three, four, three, three), score3, score3, score2);

        assertThat(overall.stars())
                .as("13 task stars of 4 tasks, tools 3, mobile 3, accessibility 2")
                .isEqualTo(4);
        assertThat(Components.of(List.of(three, four), score3, score3, score2)).isEqualTo(new Components(7, 3, 3, 2));
    }

    @ParameterizedTest(name = "{0} task stars for {1} tasks")
    @CsvSource({"3, 4", "17, 4", "0, 0", "5, 1"})
    void taskStarsThatCannotBeTheSumOfTheTasksAreRefused(int taskStars, int taskCount) {
        assertThatThrownBy(() -> ANNEX_B.overall(new Components(taskStars, 2, 2, 2), taskCount))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "tools {0}, mobile {1}, accessibility {2}")
    @CsvSource({"0, 2, 2", "5, 2, 2", "2, -1, 2", "2, 5, 2", "2, 2, -1", "2, 2, 4"})
    void componentsOutsideTheirScalesAreRefused(int tools, int mobile, int accessibility) {
        assertThatThrownBy(() -> new Components(8, tools, mobile, accessibility))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static TaskScore task(String id, int stars) {
        return new TaskScore(id, stars, 0, 0, List.of(), List.of());
    }
}
