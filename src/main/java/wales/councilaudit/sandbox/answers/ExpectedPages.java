package wales.councilaudit.sandbox.answers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import wales.councilaudit.sandbox.profile.AxeRule;
import wales.councilaudit.sandbox.profile.CouncilProfile;
import wales.councilaudit.sandbox.profile.MobilePlant;
import wales.councilaudit.sandbox.profile.TaskPlant;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.scoring.AccessibilityFacts;
import wales.councilaudit.scoring.Impact;
import wales.councilaudit.scoring.MobileFacts;
import wales.councilaudit.scoring.PageImpact;

/**
 * What a correct browser scan of given pages of a simulated site finds, page by page, from the profile and the
 * pages' kinds alone: the planted axe faults, horizontal overflow, legible text and small targets. Whichever pages
 * the audit chooses to scan (its rule is the product's, {@code docs/browser-sample.md}), this says what it must find
 * on them; {@link ExpectedFacts} applies it to the key's canonical sample. Pure.
 */
public final class ExpectedPages {

    private ExpectedPages() {}

    /**
     * The axe rules planted on a page, in either language: the home page's list on the home page; the task pages'
     * list on a top task's page and on the council's own form page; {@code label} where the council's own form is
     * planted unlabelled (on the task page when the form is there, else on the form page); {@code meta-viewport}
     * everywhere when zoom is disabled.
     */
    public static Set<AxeRule> faults(CouncilProfile profile, PlanPage page) {
        Set<AxeRule> rules = EnumSet.noneOf(AxeRule.class);
        boolean topTask = CouncilProfile.TASKS.contains(page.task());
        if (page.kind() == PageKind.HOME) {
            rules.addAll(profile.accessibility().home());
        } else if (page.kind() == PageKind.FORM || (page.kind() == PageKind.TASK && topTask)) {
            rules.addAll(profile.accessibility().taskPages());
            if (carriesForm(profile, page) && !profile.tasks().get(page.task()).labelled()) {
                rules.add(AxeRule.LABEL);
            }
        }
        if (profile.mobile().viewport() == MobilePlant.Viewport.NO_ZOOM) {
            rules.add(AxeRule.META_VIEWPORT);
        }
        return rules;
    }

    /** Whether the page shows the council's own online form: its form page, or a task page whose form is on it. */
    private static boolean carriesForm(CouncilProfile profile, PlanPage page) {
        if (page.kind() == PageKind.FORM) {
            return true;
        }
        TaskPlant plant = profile.tasks().get(page.task());
        return plant.online() == TaskPlant.Online.FORM && !plant.thirdParty();
    }

    /**
     * The most severe impact axe-core finds on the page: its planted faults', or {@code moderate} on a legacy-style
     * site without worse: the legacy table layout has no landmarks, so axe's best-practice rule {@code region}
     * ("all page content should be contained by landmarks", moderate, no WCAG criterion) fails on every page. It
     * caps no score and adds no criterion to the home page's.
     */
    public static Impact worst(CouncilProfile profile, PlanPage page) {
        Impact planted = worst(faults(profile, page));
        boolean noLandmarks = profile.style() == CouncilProfile.SiteStyle.LEGACY;
        return noLandmarks && planted.compareTo(Impact.MODERATE) < 0 ? Impact.MODERATE : planted;
    }

    static Impact worst(Set<AxeRule> rules) {
        Impact worst = Impact.NONE;
        for (AxeRule rule : rules) {
            Impact impact = Impact.valueOf(rule.impact().name());
            worst = impact.compareTo(worst) > 0 ? impact : worst;
        }
        return worst;
    }

    /**
     * The accessibility facts of a scan of {@code home} and {@code others} (task and top pages), each page named by
     * its plan key.
     */
    public static AccessibilityFacts accessibility(CouncilProfile profile, PlanPage home, List<PlanPage> others) {
        Set<String> criteria = new TreeSet<>();
        faults(profile, home).forEach(r -> criteria.addAll(r.successCriteria()));
        List<PageImpact> pages = others.stream()
                .map(p -> new PageImpact(p.key(), worst(profile, p)))
                .toList();
        return new AccessibilityFacts(
                profile.accessibility().keyboardTrap(), profile.accessibility().invisibleFocus(), criteria, pages);
    }

    /**
     * Whether the page scrolls sideways on a 390 px phone: the home page with a fixed-width layout, a content page
     * with the wide table. Both are wider than the 980 px a page without a viewport is laid out at, so they overflow
     * whatever the viewport.
     */
    public static boolean overflows(CouncilProfile profile, PlanPage page) {
        MobilePlant m = profile.mobile();
        return (page.kind() == PageKind.HOME && m.homeOverflows())
                || (page.kind() == PageKind.CONTENT && m.contentOverflows());
    }

    /**
     * The share of text legible on a phone: none with tiny text (every element at 10 px) or without a usable
     * viewport (the page is laid out 980 px wide and shrunk, so 16 px shows as about 6 px), else all of it.
     */
    public static double legibleShare(CouncilProfile profile) {
        MobilePlant m = profile.mobile();
        return m.tinyText() || m.viewport() == MobilePlant.Viewport.MISSING ? 0.0 : 1.0;
    }

    /**
     * The mobile page checks' facts of a scan of {@code pages} on the phone profile, the home page first; the task
     * journeys are left out (0 tried), as the browser stage does not run them.
     *
     * @param smallTargetShare the small-target share (see {@link ExpectedFacts#smallTargetShare})
     */
    public static MobileFacts mobilePages(CouncilProfile profile, List<PlanPage> pages, double smallTargetShare) {
        MobilePlant m = profile.mobile();
        int overflowing =
                (int) pages.stream().filter(p -> overflows(profile, p)).count();
        return new MobileFacts(
                m.viewport() != MobilePlant.Viewport.MISSING,
                m.viewport() == MobilePlant.Viewport.NO_ZOOM,
                overflows(profile, pages.get(0)),
                pages.size(),
                overflowing,
                smallTargetShare,
                legibleShare(profile),
                0,
                0);
    }
}
