package wales.councilaudit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskScorerTest {

    private static final Scorer ANNEX_B = new Scorer(ScoringRulesLoader.bundled());

    /** {@code yes} yes answers, then {@code no} no answers, then {@code notApplicable}; none essential. */
    static List<QuestionAnswer> answers(int yes, int no, int notApplicable) {
        List<QuestionAnswer> answers = new ArrayList<>();
        for (int i = 0; i < yes; i++) {
            answers.add(QuestionAnswer.of("yes-" + i, Answer.YES, ""));
        }
        for (int i = 0; i < no; i++) {
            answers.add(QuestionAnswer.of("no-" + i, Answer.NO, "not seen"));
        }
        for (int i = 0; i < notApplicable; i++) {
            answers.add(QuestionAnswer.of("na-" + i, Answer.NOT_APPLICABLE, ""));
        }
        return answers;
    }

    @ParameterizedTest(name = "{0} yes, {1} no, {2} n/a: {3} stars")
    @CsvSource(delimiter = '|', textBlock = """
            # yes | no | n/a | stars | what it shows
              10  |  0 |  0  | 4     | every question yes
               9  |  1 |  0  | 4     | 0.9 exactly reaches 4
              18  |  2 |  0  | 4     | 0.9 exactly, another way
              90  | 10 |  0  | 4     | 0.9 exactly, a third way
              89  | 11 |  0  | 3     | 0.89 just below 0.9
              17  |  3 |  0  | 3     | 0.85
               7  |  3 |  0  | 3     | 0.7 exactly reaches 3
              14  |  6 |  0  | 3     | 0.7 exactly, another way
              70  | 30 |  0  | 3     | 0.7 exactly, a third way
              69  | 31 |  0  | 2     | 0.69 just below 0.7
              13  |  7 |  0  | 2     | 0.65
               0  |  5 |  0  | 2     | every applicable question no still gives 2
               9  |  1 |  5  | 4     | not applicable left out: 9 of 10, not 9 of 15
               7  |  3 |  4  | 3     | not applicable left out: 7 of 10
               3  |  0 |  1  | 4     | not applicable is not a no: 3 of 3, not 3 of 4 (0.75)
               1  |  0 |  9  | 4     | one applicable question, answered yes
            """)
    void starsFromTheShareOfApplicableYesAnswers(int yes, int no, int notApplicable, int stars) {
        TaskScore score = ANNEX_B.task("report-missed-bin", answers(yes, no, notApplicable));

        assertThat(score.stars()).isEqualTo(stars);
        assertThat(score.yes()).isEqualTo(yes);
        assertThat(score.applicable()).isEqualTo(yes + no);
        assertThat(score.share()).hasValue((double) yes / (yes + no));
    }

    @Test
    void anEssentialQuestionAnsweredNoGivesOneStarWhateverTheShare() {
        List<QuestionAnswer> answers = new ArrayList<>(answers(20, 0, 0));
        answers.add(QuestionAnswer.essential("online-form", Answer.NO, "no form and no start link on the task page"));

        TaskScore score = ANNEX_B.task("apply-blue-badge", answers);

        assertThat(score.stars()).isEqualTo(1);
        assertThat(score.share()).as("20 of 21").hasValue(20.0 / 21);
        assertThat(score.why())
                .containsExactly("1 star: essential question answered no:"
                        + " 'online-form' (no form and no start link on the task page)");
    }

    @Test
    void anEssentialQuestionAnsweredYesCountsLikeAnyOther() {
        List<QuestionAnswer> answers = new ArrayList<>(answers(8, 2, 0));
        answers.add(QuestionAnswer.essential("online-form", Answer.YES, "a form with 6 fields"));

        assertThat(ANNEX_B.task("t", answers).stars()).as("9 of 11 = 0.82").isEqualTo(3);
    }

    @Test
    void anEssentialQuestionNotApplicableIsLeftOutAndDoesNotFail() {
        List<QuestionAnswer> answers = new ArrayList<>(answers(9, 0, 0));
        answers.add(QuestionAnswer.essential("online-form", Answer.NOT_APPLICABLE, ""));

        TaskScore score = ANNEX_B.task("t", answers);

        assertThat(score.stars()).isEqualTo(4);
        assertThat(score.applicable()).isEqualTo(9);
    }

    @Test
    void noApplicableQuestionGivesTheNoneApplicableStarsAndNoShare() {
        TaskScore score = ANNEX_B.task("renew-library-book", answers(0, 0, 3));

        assertThat(score.stars()).as("annex-b: none-applicable 1").isEqualTo(1);
        assertThat(score.applicable()).isZero();
        assertThat(score.share()).isEqualTo(OptionalDouble.empty());
        assertThat(score.why())
                .containsExactly(
                        "1 star: none of the 3 questions applied, so nothing shows the task can be done",
                        "not applicable, left out: 'na-0'; 'na-1'; 'na-2'");
    }

    @Test
    void noApplicableQuestionFollowsTheRulesFile() throws RulesException {
        Scorer custom = new Scorer(ScoringRulesLoader.load(ScoringRulesLoaderTest.fixture("valid-custom.yaml")));

        assertThat(custom.task("t", answers(0, 0, 2)).stars()).isEqualTo(2);
    }

    @Test
    void whySaysWhichThresholdDecidedThenTheFailedQuestionsWithEvidence() {
        List<QuestionAnswer> answers = List.of(
                QuestionAnswer.essential("online-form", Answer.YES, "a form"),
                QuestionAnswer.of("navigation", Answer.YES, "3 clicks"),
                QuestionAnswer.of("site-search", Answer.NO, "not in the top five for 'missed bin'"),
                QuestionAnswer.of("a-z", Answer.NOT_APPLICABLE, "the site has no A–Z"),
                QuestionAnswer.of("welsh", Answer.YES, ""));

        TaskScore score = ANNEX_B.task("report-missed-bin", answers);

        assertThat(score.stars()).isEqualTo(3);
        assertThat(score.answers()).isEqualTo(answers);
        assertThat(score.why())
                .containsExactly(
                        "3 stars: 3 of 4 (0.75) applicable questions answered yes, at least 0.70; 4 stars need 0.90",
                        "failed: 'site-search' (not in the top five for 'missed bin')",
                        "not applicable, left out: 'a-z' (the site has no A–Z)");
    }

    @Test
    void whyBelowEveryBand() {
        assertThat(ANNEX_B.task("t", answers(1, 1, 0)).why().get(0))
                .isEqualTo("2 stars: 1 of 2 (0.50) applicable questions answered yes, below 0.70 (3 stars)");
    }

    @Test
    void aTaskWithNoQuestionsIsRefused() {
        assertThatThrownBy(() -> ANNEX_B.task("t", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no questions");
    }

    @Test
    void aQuestionAnsweredTwiceIsRefused() {
        List<QuestionAnswer> twice =
                List.of(QuestionAnswer.of("q", Answer.YES, ""), QuestionAnswer.of("q", Answer.NO, ""));

        assertThatThrownBy(() -> ANNEX_B.task("t", twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'q' twice");
    }
}
