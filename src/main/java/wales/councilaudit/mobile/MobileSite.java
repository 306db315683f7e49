package wales.councilaudit.mobile;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import wales.councilaudit.scoring.MobileFacts;

/**
 * A site's mobile facts from the pages examined on the mobile profile: the input of the pure mobile score ({@link
 * wales.councilaudit.scoring.Scorer#mobile(MobileFacts)}). Pure, no I/O.
 *
 * <p>Rules: the viewport (usable, zoom disabled) is the home page's; overflow counts every page examined, the home
 * page reported apart; the legible share is over all characters of visible text on all pages, a page without a
 * usable viewport counting none of its text as legible ({@link MobilePage#legibleChars()}); the small-target share
 * is axe-core's {@code target-size} failing nodes over all its nodes on all pages (0 when none). The mobile task
 * journeys are not measured here yet: 0 tried, so that check is not applicable.
 *
 * @param facts the facts for the scorer
 * @param evidence one sentence per finding, for the report next to the score's reasons: the home page's viewport,
 *     every overflowing page with its widest element and screenshot, the text and target totals
 */
public record MobileSite(MobileFacts facts, List<String> evidence) {

    public MobileSite {
        Objects.requireNonNull(facts, "facts");
        evidence = List.copyOf(evidence);
    }

    /**
     * Aggregates a site's pages.
     *
     * @param pages the pages examined, the home page first, each address once; at least one
     * @param targets axe-core's {@code target-size} counts, one per page scanned (any number, any order)
     * @throws IllegalArgumentException when {@code pages} is empty or repeats an address
     */
    public static MobileSite of(List<MobilePage> pages, List<TargetSizeCount> targets) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("at least the home page must have been examined");
        }
        requireDistinct(pages);
        MobilePage home = pages.get(0);
        int overflowing =
                (int) pages.stream().filter(p -> p.overflow().overflows()).count();
        long legible = pages.stream().mapToLong(MobilePage::legibleChars).sum();
        long total = pages.stream().mapToLong(p -> p.text().totalChars()).sum();
        TargetSizeCount allTargets = targets.stream().reduce(TargetSizeCount.NONE, TargetSizeCount::plus);
        MobileFacts facts = new MobileFacts(
                home.viewport().mobileViewport(),
                home.viewport().zoomDisabled(),
                home.overflow().overflows(),
                pages.size(),
                overflowing,
                allTargets.smallShare(),
                total == 0 ? 1.0 : (double) legible / total,
                0,
                0);
        return new MobileSite(facts, evidence(pages, legible, total, allTargets));
    }

    private static List<String> evidence(List<MobilePage> pages, long legible, long total, TargetSizeCount targets) {
        MobilePage home = pages.get(0);
        List<String> lines = new ArrayList<>();
        lines.add("home page " + home.page() + ": viewport: " + home.viewport().evidence());
        for (MobilePage page : pages) {
            if (page.overflow().overflows()) {
                lines.add(page.evidence().get(1));
            }
        }
        long zoomedOut = pages.stream()
                .filter(p -> !p.viewport().mobileViewport() && p.text().totalChars() > 0)
                .count();
        lines.add(legible + " of " + total + " characters of visible text legible (" + MobileProbe.LEGIBLE_PX
                + " px or more) on " + pages.size() + " pages"
                + (zoomedOut == 0 ? "" : "; " + zoomedOut + " pages without a usable viewport count as illegible"));
        lines.add(
                targets.total() == 0
                        ? "target size: no target examined by axe-core's target-size rule"
                        : "target size (axe-core target-size, WCAG 2.2 SC 2.5.8): " + targets.failing() + " of "
                                + targets.total() + " targets below 24 by 24 px");
        return lines;
    }

    private static void requireDistinct(List<MobilePage> pages) {
        Set<URI> seen = new HashSet<>();
        for (MobilePage page : pages) {
            if (!seen.add(page.page())) {
                throw new IllegalArgumentException("page examined twice: " + page.page());
            }
        }
    }
}
