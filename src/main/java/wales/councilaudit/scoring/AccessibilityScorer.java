package wales.councilaudit.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The accessibility score (0 to 3), in Better Connected 2016-17's two stages. Pure. */
final class AccessibilityScorer {

    private AccessibilityScorer() {}

    /**
     * Stage one, the home page: a keyboard trap, focus with no visible change, or violations across {@code
     * zeroFromDistinctCriteria} or more distinct WCAG success criteria give 0. Stage two, the task and top pages: the
     * score is {@link AccessibilityRules#BEST} capped by each impact in {@code impactCaps} that some page reaches
     * (a page whose worst impact is critical also reaches serious: a worse impact is never capped less).
     */
    static ComponentScore score(AccessibilityRules rules, AccessibilityFacts facts) {
        List<QuestionAnswer> stageOne = stageOne(rules, facts);
        List<QuestionAnswer> stageTwo = stageTwo(rules, facts);
        List<QuestionAnswer> checks = new ArrayList<>(stageOne);
        checks.addAll(stageTwo);
        List<String> why = new ArrayList<>();
        int score = AccessibilityRules.BEST;
        if (Checks.yes(stageOne) < stageOne.size()) {
            score = 0;
            why.add("0: stage one, the home page, failed");
        } else {
            for (Map.Entry<Impact, Integer> cap : rules.impactCaps().entrySet()) {
                if (!pagesReaching(facts, cap.getKey()).isEmpty()) {
                    score = Math.min(score, cap.getValue());
                }
            }
            why.add(score + ": " + stageTwoSentence(rules, facts, score));
        }
        why.addAll(Checks.failedAndLeftOut(checks, List.of()));
        return new ComponentScore(score, checks, why);
    }

    private static List<QuestionAnswer> stageOne(AccessibilityRules rules, AccessibilityFacts facts) {
        int distinct = facts.homeCriteria().size();
        return List.of(
                QuestionAnswer.check(
                        "home-no-keyboard-trap",
                        !facts.homeKeyboardTrap(),
                        facts.homeKeyboardTrap() ? "focus got stuck tabbing through the home page" : "no trap found"),
                QuestionAnswer.check(
                        "home-visible-focus",
                        !facts.homeFocusInvisible(),
                        facts.homeFocusInvisible()
                                ? "focus moved to an element with no visible change"
                                : "every focus stop changed visibly"),
                QuestionAnswer.check(
                        "home-distinct-criteria",
                        distinct < rules.zeroFromDistinctCriteria(),
                        "violations across " + distinct + " distinct WCAG success criteria"
                                + (distinct == 0 ? "" : " (" + String.join(", ", facts.homeCriteria()) + ")")
                                + "; " + rules.zeroFromDistinctCriteria() + " or more give 0"));
    }

    /** One check per capping impact, most severe first: no page reaches it. */
    private static List<QuestionAnswer> stageTwo(AccessibilityRules rules, AccessibilityFacts facts) {
        List<Impact> capped = new ArrayList<>(rules.impactCaps().keySet());
        Collections.reverse(capped);
        List<QuestionAnswer> checks = new ArrayList<>();
        for (Impact impact : capped) {
            String id = "no-" + impact.label() + "-violations";
            if (facts.pages().isEmpty()) {
                checks.add(QuestionAnswer.of(id, Answer.NOT_APPLICABLE, "no task or top page was examined"));
                continue;
            }
            List<PageImpact> reaching = pagesReaching(facts, impact);
            String evidence = reaching.isEmpty()
                    ? "none on the " + facts.pages().size() + " task and top pages examined"
                    : impact.label() + " or worse on " + describe(reaching) + "; caps the score at "
                            + rules.impactCaps().get(impact);
            checks.add(QuestionAnswer.check(id, reaching.isEmpty(), evidence));
        }
        return checks;
    }

    private static String stageTwoSentence(AccessibilityRules rules, AccessibilityFacts facts, int score) {
        if (score == AccessibilityRules.BEST) {
            return "stage one passed on the home page, and no violation that caps the score on the "
                    + facts.pages().size() + " task and top pages examined";
        }
        Impact decisive = rules.impactCaps().entrySet().stream()
                .filter(cap -> cap.getValue() == score
                        && !pagesReaching(facts, cap.getKey()).isEmpty())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        return "stage one passed on the home page; " + decisive.label()
                + " violations on a task or top page cap the score at " + score;
    }

    private static List<PageImpact> pagesReaching(AccessibilityFacts facts, Impact impact) {
        return facts.pages().stream()
                .filter(p -> p.worst().compareTo(impact) >= 0)
                .toList();
    }

    private static String describe(List<PageImpact> pages) {
        return pages.stream()
                .map(p -> p.page() + " (" + p.worst().label() + ")")
                .collect(Collectors.joining(", "));
    }
}
