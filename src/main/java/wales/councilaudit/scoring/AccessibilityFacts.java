package wales.councilaudit.scoring;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the accessibility stage found on one site, in Better Connected 2016-17's two stages.
 *
 * @param homeKeyboardTrap stage one: tabbing through the home page, focus got stuck (a keyboard trap)
 * @param homeFocusInvisible stage one: on the home page, focus moved to an element with no visible change
 * @param homeCriteria stage one: the distinct WCAG success criteria ({@code "1.1.1"}, {@code "1.4.3"}) with
 *     violations on the home page (kept sorted)
 * @param pages stage two: the worst impact on each task page and top page examined
 */
public record AccessibilityFacts(
        boolean homeKeyboardTrap, boolean homeFocusInvisible, Set<String> homeCriteria, List<PageImpact> pages) {

    public AccessibilityFacts {
        homeCriteria = Collections.unmodifiableSortedSet(new TreeSet<>(homeCriteria));
        pages = List.copyOf(pages);
    }
}
