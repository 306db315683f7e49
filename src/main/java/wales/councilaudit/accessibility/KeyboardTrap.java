package wales.councilaudit.accessibility;

import java.util.List;
import java.util.Objects;

/**
 * Focus that stopped moving, or cycled among a few elements, while other focusable elements stayed unreached.
 *
 * @param selectors the elements focus was held among (one when it did not move), in the order visited; 1 to 3
 * @param html the first element's markup, cut
 * @param inDialog whether every one of them is inside a dialog: a modal dialog may hold focus on purpose, so that is
 *     reported for review rather than as a trap
 * @param unreached focusable elements never reached, at least 1
 */
public record KeyboardTrap(List<String> selectors, String html, boolean inDialog, int unreached) {

    public KeyboardTrap {
        selectors = List.copyOf(selectors);
        Objects.requireNonNull(html, "html");
        if (selectors.isEmpty() || selectors.size() > KeyboardProbe.MAX_TRAP_SIZE) {
            throw new IllegalArgumentException("a trap holds 1 to 3 elements, not " + selectors.size());
        }
        if (unreached < 1) {
            throw new IllegalArgumentException("a trap leaves some element unreached");
        }
    }
}
