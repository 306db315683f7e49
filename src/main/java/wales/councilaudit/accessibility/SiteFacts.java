package wales.councilaudit.accessibility;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import wales.councilaudit.scoring.AccessibilityFacts;
import wales.councilaudit.scoring.Impact;
import wales.councilaudit.scoring.PageImpact;

/**
 * Turns a site's findings into the facts {@code scoring} scores accessibility from (Better Connected 2016-17's two
 * stages). Pure; the rules stay in the scoring rules file, this only counts.
 *
 * <ul>
 *   <li>Stage one, the home page: a keyboard trap or invisible focus is a probe <em>violation</em> of {@value
 *       KeyboardReport#KEYBOARD_TRAP} or {@value KeyboardReport#FOCUS_INVISIBLE} in any view (a banner that traps
 *       focus traps every first visitor); the distinct WCAG success criteria are those of axe-core's violations in
 *       the scored view (after the banner, when it was dismissed). Review items never count.
 *   <li>Stage two, the task and top pages: each loaded page's worst impact among its violations, axe-core's and the
 *       probe's; a page that did not load is not a page examined.
 * </ul>
 */
public final class SiteFacts {

    private SiteFacts() {}

    /** The facts of a site from its home page's views and its task and top pages' scans. */
    public static AccessibilityFacts of(HomePageScan home, List<PageScan> taskAndTopPages) {
        Map<URI, List<Finding>> pages = new LinkedHashMap<>();
        for (PageScan scan : taskAndTopPages) {
            if (scan instanceof PageScan.Scanned) {
                pages.computeIfAbsent(scan.context().page(), p -> new ArrayList<>())
                        .addAll(scan.findings());
            }
        }
        return of(home.findings(), home.scored().findings(), pages);
    }

    /**
     * The facts from findings.
     *
     * @param homeAllViews the home page's findings in every view (for the trap and focus)
     * @param homeScoredView the home page's findings in the view it is scored on (for the criteria)
     * @param pages each task or top page examined, with its findings (empty when it had none)
     */
    public static AccessibilityFacts of(
            List<Finding> homeAllViews, List<Finding> homeScoredView, Map<URI, List<Finding>> pages) {
        boolean trap = homeAllViews.stream().anyMatch(f -> probeViolation(f, KeyboardReport.KEYBOARD_TRAP));
        boolean invisible = homeAllViews.stream().anyMatch(f -> probeViolation(f, KeyboardReport.FOCUS_INVISIBLE));
        TreeSet<String> criteria = new TreeSet<>();
        homeScoredView.stream()
                .filter(f -> f.source() == Source.AXE && f.certainty() == Certainty.VIOLATION)
                .forEach(f -> criteria.addAll(f.criteria()));
        List<PageImpact> impacts = new ArrayList<>();
        pages.forEach((page, findings) -> impacts.add(new PageImpact(page.toString(), worst(findings))));
        return new AccessibilityFacts(trap, invisible, criteria, impacts);
    }

    /** The most severe impact among the violations; {@code NONE} when there are none. */
    static Impact worst(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.certainty() == Certainty.VIOLATION)
                .map(Finding::impact)
                .max(Impact::compareTo)
                .orElse(Impact.NONE);
    }

    private static boolean probeViolation(Finding finding, String rule) {
        return finding.source() == Source.KEYBOARD_PROBE
                && finding.certainty() == Certainty.VIOLATION
                && finding.rule().equals(rule);
    }
}
