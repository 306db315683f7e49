package wales.councilaudit.sandbox.answers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import wales.councilaudit.sandbox.profile.AxeRule;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.MobilePlant;
import wales.councilaudit.sandbox.profile.SiteFeatures;
import wales.councilaudit.sandbox.profile.TaskPlant;
import wales.councilaudit.scoring.AccessibilityFacts;
import wales.councilaudit.scoring.Answer;
import wales.councilaudit.scoring.ContentLookup;
import wales.councilaudit.scoring.Impact;
import wales.councilaudit.scoring.MobileFacts;
import wales.councilaudit.scoring.PageImpact;
import wales.councilaudit.scoring.QuestionAnswer;
import wales.councilaudit.scoring.ToolsFacts;

/**
 * What a correct audit must find on a simulated site, derived from its profile alone: the answer to every task
 * question and the facts behind the tools, mobile and accessibility scores. Pure.
 *
 * <p>The audit examines a canonical sample of {@value #SAMPLE_PAGES} pages per site: the home page, the four task
 * pages and five generated content pages; the mobile and tools facts below are counted on that sample.
 */
public final class ExpectedFacts {

    /** Pages in the canonical sample: home, four task pages, five content pages. */
    public static final int SAMPLE_PAGES = 10;

    private static final int CONTENT_IN_SAMPLE = 5;
    /** Clicks allowed for navigation (brief, section 4). */
    public static final int MAX_CLICKS = 3;
    /** The share of tap targets the planted small footer links make (4 of about 20 links a page). */
    private static final double SMALL_TARGET_SHARE = 0.2;

    private ExpectedFacts() {}

    /** The answers to a top task's questions, in the order of the brief. */
    public static List<QuestionAnswer> taskAnswers(CouncilProfile profile, String taskId) {
        TaskPlant plant = profile.tasks().get(taskId);
        SiteFeatures site = profile.features();
        List<QuestionAnswer> answers = new ArrayList<>();
        answers.add(QuestionAnswer.check(
                "navigation", plant.depth() <= MAX_CLICKS, "planted " + plant.depth() + " clicks from the home page"));
        answers.add(QuestionAnswer.check("site-search", findableBySearch(site, plant), searchEvidence(site, plant)));
        answers.add(
                site.atoz()
                        ? QuestionAnswer.check("a-to-z", plant.atoz(), plant.atoz() ? "listed" : "not listed")
                        : QuestionAnswer.of("a-to-z", Answer.NOT_APPLICABLE, "the site has no A–Z"));
        answers.add(QuestionAnswer.check(
                "landing-page-link",
                plant.landingLink(),
                plant.landingLink() ? "linked from the landing page" : "through an information page"));
        answers.add(QuestionAnswer.essential(
                "online", plant.online() == TaskPlant.Online.NONE ? Answer.NO : Answer.YES, online(plant)));
        Impact worst = taskPageImpact(profile, plant);
        boolean accessible = worst.compareTo(Impact.SERIOUS) < 0;
        answers.add(QuestionAnswer.check("accessible-form", accessible, "worst planted impact " + worst.label()));
        answers.add(QuestionAnswer.check("mobile-journey", plant.mobile(), plant.mobile() ? "" : "hidden on phones"));
        answers.add(QuestionAnswer.check("welsh", plant.welsh(), plant.welsh() ? "" : "no Welsh page"));
        answers.add(QuestionAnswer.check(
                "no-broken-step", !plant.broken(), plant.broken() ? "start link answers 500" : ""));
        return answers;
    }

    private static boolean findableBySearch(SiteFeatures site, TaskPlant plant) {
        return site.search() && site.searchWorks() && plant.search();
    }

    private static String searchEvidence(SiteFeatures site, TaskPlant plant) {
        if (!site.search()) {
            return "the site has no search";
        }
        if (!site.searchWorks()) {
            return "the search returns news whatever is asked";
        }
        return plant.search() ? "in the top five" : "not in the results";
    }

    private static String online(TaskPlant plant) {
        if (plant.online() == TaskPlant.Online.NONE) {
            return "a phone number only";
        }
        String where = plant.thirdParty() ? "on a third-party host" : "on the council's host";
        return (plant.online() == TaskPlant.Online.FORM && !plant.thirdParty() ? "a form " : "a start link ") + where;
    }

    /** The worst axe impact planted on a task's pages (its task page and, when the council's own, its form). */
    static Impact taskPageImpact(CouncilProfile profile, TaskPlant plant) {
        Set<AxeRule> rules = EnumSet.noneOf(AxeRule.class);
        rules.addAll(profile.accessibility().taskPages());
        boolean ownForm = plant.online() != TaskPlant.Online.NONE && !plant.thirdParty();
        if (ownForm && !plant.labelled()) {
            rules.add(AxeRule.LABEL);
        }
        if (profile.mobile().viewport() == MobilePlant.Viewport.NO_ZOOM) {
            rules.add(AxeRule.META_VIEWPORT);
        }
        Impact worst = Impact.NONE;
        for (AxeRule rule : rules) {
            Impact impact = Impact.valueOf(rule.impact().name());
            worst = impact.compareTo(worst) > 0 ? impact : worst;
        }
        return worst;
    }

    public static ToolsFacts tools(CouncilProfile profile) {
        SiteFeatures site = profile.features();
        List<ContentLookup> lookups = new ArrayList<>();
        for (String id : CouncilProfile.TOOLS) {
            TaskPlant plant = profile.tools().get(id);
            lookups.add(new ContentLookup(
                    id, plant.depth() <= MAX_CLICKS, findableBySearch(site, plant), site.atoz() && plant.atoz()));
        }
        return new ToolsFacts(
                lookups,
                site.search(),
                site.atoz(),
                SAMPLE_PAGES,
                site.search() ? SAMPLE_PAGES : 0,
                site.search() && site.helpfulNoResults());
    }

    public static MobileFacts mobile(CouncilProfile profile) {
        MobilePlant m = profile.mobile();
        int overflowing = (m.homeOverflows() ? 1 : 0) + (m.contentOverflows() ? CONTENT_IN_SAMPLE : 0);
        int working = (int) CouncilProfile.TASKS.stream()
                .filter(t -> profile.tasks().get(t).mobile())
                .count();
        return new MobileFacts(
                m.viewport() != MobilePlant.Viewport.MISSING,
                m.viewport() == MobilePlant.Viewport.NO_ZOOM,
                m.homeOverflows(),
                SAMPLE_PAGES,
                overflowing,
                m.smallTargets() ? SMALL_TARGET_SHARE : 0.0,
                ExpectedPages.legibleShare(profile),
                CouncilProfile.TASKS.size(),
                working);
    }

    /** The share of tap targets below 24 by 24 px that the planted small footer links make. */
    public static double smallTargetShare(CouncilProfile profile) {
        return profile.mobile().smallTargets() ? SMALL_TARGET_SHARE : 0.0;
    }

    public static AccessibilityFacts accessibility(CouncilProfile profile) {
        Set<String> criteria = new TreeSet<>();
        profile.accessibility().home().forEach(r -> criteria.addAll(r.successCriteria()));
        if (profile.mobile().viewport() == MobilePlant.Viewport.NO_ZOOM) {
            criteria.addAll(AxeRule.META_VIEWPORT.successCriteria());
        }
        List<PageImpact> pages = new ArrayList<>();
        for (String id : CouncilProfile.TASKS) {
            pages.add(new PageImpact(
                    "task/" + id, taskPageImpact(profile, profile.tasks().get(id))));
        }
        return new AccessibilityFacts(
                profile.accessibility().keyboardTrap(), profile.accessibility().invisibleFocus(), criteria, pages);
    }
}
