package wales.councilaudit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToolsScorerTest {

    private static final Scorer ANNEX_B = new Scorer(ScoringRulesLoader.bundled());

    private static final ContentLookup FOUND_EVERYWHERE = new ContentLookup("council-tax", true, true, true);

    /**
     * Three items and the two search checks: eleven checks. The first {@code navigationMisses} items are not found by
     * navigation, the first {@code searchMisses} not by search.
     */
    static ToolsFacts facts(int navigationMisses, int searchMisses, int pagesWithSearchBox, boolean helpful) {
        List<String> items = List.of("find-councillor", "job-vacancies", "council-tax");
        List<ContentLookup> lookups = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lookups.add(new ContentLookup(items.get(i), i >= navigationMisses, i >= searchMisses, true));
        }
        return new ToolsFacts(lookups, true, true, 40, pagesWithSearchBox, helpful);
    }

    @ParameterizedTest(name = "{0} navigation and {1} search misses, box on {2} of 40, helpful {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # nav misses | search misses | pages with box | helpful | score | what it shows
              0          | 0             | 40             | true    | 4     | 11 of 11
              1          | 0             | 40             | true    | 4     | 10 of 11 = 0.91
              0          | 0             | 39             | true    | 4     | a page without a search box fails one check: 10 of 11
              1          | 1             | 40             | true    | 3     | 9 of 11 = 0.82
              1          | 1             | 40             | false   | 3     | 8 of 11 = 0.73
              2          | 2             | 40             | true    | 2     | 7 of 11 = 0.64
              3          | 2             | 40             | true    | 2     | 6 of 11 = 0.55
              3          | 3             | 40             | false   | 1     | 5 of 11 = 0.45
              3          | 3             | 0              | false   | 1     | 3 of 11
            """)
    void scoreFromTheShareOfChecksPassed(
            int navigationMisses, int searchMisses, int pagesWithSearchBox, boolean helpful, int score) {
        ComponentScore tools = ANNEX_B.tools(facts(navigationMisses, searchMisses, pagesWithSearchBox, helpful));

        assertThat(tools.score()).isEqualTo(score);
        assertThat(tools.checks()).hasSize(11);
    }

    @Test
    void aSiteWithNoAtoZIsNotPenalised() {
        ToolsFacts facts =
                new ToolsFacts(List.of(new ContentLookup("council-tax", true, true, false)), true, false, 10, 10, true);

        ComponentScore tools = ANNEX_B.tools(facts);

        assertThat(tools.score()).isEqualTo(4);
        assertThat(tools.checks())
                .filteredOn(c -> c.questionId().equals("council-tax/a-z"))
                .extracting(QuestionAnswer::answer)
                .containsExactly(Answer.NOT_APPLICABLE);
        assertThat(tools.why()).contains("not applicable, left out: 'council-tax/a-z' (the site has no A–Z)");
    }

    @Test
    void aSiteWithNoSearchFailsTheSearchChecksAndSkipsTheNoResultsPage() {
        ToolsFacts facts =
                new ToolsFacts(List.of(new ContentLookup("council-tax", true, false, true)), false, true, 10, 0, false);

        ComponentScore tools = ANNEX_B.tools(facts);

        assertThat(tools.checks())
                .extracting(QuestionAnswer::questionId, QuestionAnswer::answer)
                .containsExactly(
                        tuple("council-tax/navigation", Answer.YES),
                        tuple("council-tax/search", Answer.NO),
                        tuple("council-tax/a-z", Answer.YES),
                        tuple("search-box-on-every-page", Answer.NO),
                        tuple("helpful-no-results-page", Answer.NOT_APPLICABLE));
        assertThat(tools.score()).as("2 of 4").isEqualTo(2);
        assertThat(tools.why())
                .containsExactly(
                        "2 stars: 2 of 4 (0.50) tools checks passed, at least 0.50; 3 stars need 0.70",
                        "failed: 'council-tax/search' (the site has no search)",
                        "failed: 'search-box-on-every-page' (0 of 10 (0.00) pages examined have a search box;"
                                + " at least 1.00 needed)",
                        "not applicable, left out: 'helpful-no-results-page' (the site has no search)");
    }

    @Test
    void impossibleFactsAreRefused() {
        assertThatThrownBy(() -> new ToolsFacts(List.of(FOUND_EVERYWHERE), false, true, 1, 1, true))
                .as("found by search without a search")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ToolsFacts(List.of(FOUND_EVERYWHERE), true, false, 1, 1, true))
                .as("found in an A–Z without one")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ToolsFacts(List.of(FOUND_EVERYWHERE, FOUND_EVERYWHERE), true, true, 1, 1, true))
                .as("an item twice")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ToolsFacts(List.of(), true, true, 1, 1, true))
                .as("no items")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ToolsFacts(List.of(FOUND_EVERYWHERE), true, true, 1, 2, true))
                .as("more pages with a box than examined")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
