package wales.councilaudit.sandbox.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.TaskPlant;

/**
 * The site search every style serves, whatever its mechanism: ranks pages by the query's words in their titles
 * and summaries, leaves out task pages planted as not findable, and returns news whatever was asked when the
 * site's search is planted as not working. Deterministic; thread-safe.
 */
public final class SearchEngine {

    private final SitePlan plan;

    public SearchEngine(SitePlan plan) {
        this.plan = plan;
    }

    /** Up to {@code limit} results, best first; empty when nothing matches. */
    public List<PlanPage> search(String query, Lang lang, int limit) {
        Set<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        if (!plan.profile().features().searchWorks()) {
            return plan.ofKind(PageKind.NEWS).stream().limit(limit).toList();
        }
        List<Scored> scored = new ArrayList<>();
        int order = 0;
        for (PlanPage page : plan.pages()) {
            order++;
            if (!page.exists(lang) || hidden(page)) {
                continue;
            }
            int score = 3 * overlap(words, page.title().in(lang))
                    + overlap(words, page.summary().in(lang));
            if (page.kind() == PageKind.TASK) {
                score += 5
                        * overlap(
                                words,
                                Vocabulary.task(page.task()).searchWords().in(lang));
            }
            if (score > 0) {
                scored.add(new Scored(page, score, order));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::order));
        return scored.stream().limit(limit).map(Scored::page).toList();
    }

    private record Scored(PlanPage page, int score, int order) {}

    /** Task pages (and their forms) planted as not findable by search. */
    private boolean hidden(PlanPage page) {
        if (page.task().isEmpty() || (page.kind() != PageKind.TASK && page.kind() != PageKind.FORM)) {
            return false;
        }
        CouncilProfile profile = plan.profile();
        TaskPlant plant = profile.tasks().containsKey(page.task())
                ? profile.tasks().get(page.task())
                : profile.tools().get(page.task());
        return !plant.search();
    }

    private static int overlap(Set<String> query, String text) {
        int n = 0;
        for (String word : words(text)) {
            if (query.contains(word)) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : Vocabulary.slug(text).split("-")) {
            if (w.length() > 2) {
                words.add(w);
            }
        }
        return words;
    }
}
