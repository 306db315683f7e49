package wales.councilaudit.scoring;

import java.util.ArrayList;
import java.util.List;

/** The tools-for-accessing-content score (1 to 4). Pure. */
final class ToolsScorer {

    private ToolsScorer() {}

    /**
     * Turns the facts into yes/no checks and rates the share passed through the rules' bands. The checks: for each
     * item, found by navigation, found by search (no when the site has no search), found in the A–Z (not applicable
     * when the site has no A–Z, as Better Connected did not penalise a missing A–Z); then a search box on every page
     * (the share of pages with one at least {@code minSearchBoxShare}) and a helpful page for a search with no
     * results (not applicable without a search).
     */
    static ComponentScore score(ToolsRules rules, ToolsFacts facts) {
        return Checks.rate(rules.stars(), checks(rules, facts), "tools checks passed");
    }

    static List<QuestionAnswer> checks(ToolsRules rules, ToolsFacts facts) {
        List<QuestionAnswer> checks = new ArrayList<>();
        for (ContentLookup item : facts.lookups()) {
            String id = item.itemId();
            checks.add(QuestionAnswer.check(
                    id + "/navigation",
                    item.byNavigation(),
                    item.byNavigation()
                            ? "found within three clicks of the home page"
                            : "not found within three clicks"));
            checks.add(QuestionAnswer.check(id + "/search", item.bySearch(), searchEvidence(facts, item)));
            checks.add(
                    facts.atoZ()
                            ? QuestionAnswer.check(
                                    id + "/a-z", item.byAtoZ(), item.byAtoZ() ? "listed in the A–Z" : "not in the A–Z")
                            : QuestionAnswer.of(id + "/a-z", Answer.NOT_APPLICABLE, "the site has no A–Z"));
        }
        double boxShare = (double) facts.pagesWithSearchBox() / facts.pagesExamined();
        checks.add(QuestionAnswer.check(
                "search-box-on-every-page",
                boxShare >= rules.minSearchBoxShare(),
                Shares.ratio(facts.pagesWithSearchBox(), facts.pagesExamined())
                        + " pages examined have a search box; at least "
                        + Shares.format(rules.minSearchBoxShare()) + " needed"));
        checks.add(
                facts.siteSearch()
                        ? QuestionAnswer.check(
                                "helpful-no-results-page",
                                facts.helpfulNoResultsPage(),
                                facts.helpfulNoResultsPage()
                                        ? "a search with no results offers a way on"
                                        : "a search with no results is a dead end")
                        : QuestionAnswer.of(
                                "helpful-no-results-page", Answer.NOT_APPLICABLE, "the site has no search"));
        return checks;
    }

    private static String searchEvidence(ToolsFacts facts, ContentLookup item) {
        if (!facts.siteSearch()) {
            return "the site has no search";
        }
        return item.bySearch() ? "in the search's top five results" : "not in the search's top five results";
    }
}
