package wales.councilaudit.accessibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import wales.councilaudit.scoring.Impact;

/**
 * What tabbing through one page found.
 *
 * @param context the page, profile and view
 * @param focusable the tabbable elements the page had when the probe began (visible, enabled, not {@code
 *     tabindex=-1}), at least 0
 * @param tabs the Tab presses made, at least 0
 * @param reached the distinct elements focus reached, at least 0
 * @param trap a keyboard trap, when focus got stuck
 * @param invisibleFocus the elements whose focus made no visible change, each once, in the order reached
 * @param skipLink whether a skip link exists and works
 */
public record KeyboardReport(
        ScanContext context,
        int focusable,
        int tabs,
        int reached,
        Optional<KeyboardTrap> trap,
        List<FocusStop> invisibleFocus,
        SkipLink skipLink) {

    /** The probe's rule ids, named like axe-core's. */
    public static final String KEYBOARD_TRAP = "keyboard-trap";

    public static final String FOCUS_INVISIBLE = "focus-invisible";
    public static final String SKIP_LINK_BROKEN = "skip-link-broken";
    public static final String SKIP_LINK_MISSING = "skip-link-missing";

    public KeyboardReport {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(trap, "trap");
        Objects.requireNonNull(skipLink, "skipLink");
        invisibleFocus = List.copyOf(invisibleFocus);
        if (focusable < 0 || tabs < 0 || reached < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Whether focus got stuck outside a dialog: the keyboard trap of the score's stage one. */
    public boolean trapped() {
        return trap.filter(t -> !t.inDialog()).isPresent();
    }

    /**
     * The report as findings with the same fields as axe-core's: a trap (WCAG 2.1.2, critical; inside a dialog, for
     * review), each element with invisible focus (2.4.7, serious), a broken skip link (2.4.1, moderate) and a missing
     * one (2.4.1, for review: landmarks and headings may bypass blocks instead).
     */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        trap.ifPresent(t -> findings.add(finding(
                t.inDialog() ? Certainty.NEEDS_REVIEW : Certainty.VIOLATION,
                KEYBOARD_TRAP,
                Impact.CRITICAL,
                "2.1.2",
                "Focus must not get stuck: Tab kept focus among "
                        + t.selectors().size() + " element(s) while "
                        + t.unreached() + " focusable element(s) were never reached"
                        + (t.inDialog() ? " (inside a dialog, which may hold focus on purpose)" : ""),
                String.join(", ", t.selectors()),
                t.html())));
        for (FocusStop stop : invisibleFocus) {
            findings.add(finding(
                    Certainty.VIOLATION,
                    FOCUS_INVISIBLE,
                    Impact.SERIOUS,
                    "2.4.7",
                    "Keyboard focus must be visible: focusing this element changed nothing on screen",
                    stop.selector(),
                    stop.html()));
        }
        if (skipLink instanceof SkipLink.Broken broken) {
            findings.add(finding(
                    Certainty.VIOLATION,
                    SKIP_LINK_BROKEN,
                    Impact.MODERATE,
                    "2.4.1",
                    "The skip link must move keyboard focus past the blocks it skips: " + broken.reason(),
                    broken.selector(),
                    broken.html()));
        } else if (skipLink instanceof SkipLink.Missing) {
            findings.add(finding(
                    Certainty.NEEDS_REVIEW,
                    SKIP_LINK_MISSING,
                    Impact.MODERATE,
                    "2.4.1",
                    "No skip link among the first " + KeyboardProbe.SKIP_LINK_STOPS + " tab stops; check that"
                            + " landmarks or headings let keyboard users bypass repeated blocks",
                    "html",
                    ""));
        }
        return List.copyOf(findings);
    }

    private Finding finding(
            Certainty certainty,
            String rule,
            Impact impact,
            String criterion,
            String help,
            String selector,
            String html) {
        return new Finding(
                context.page(),
                context.profile(),
                context.view(),
                Source.KEYBOARD_PROBE,
                certainty,
                rule,
                impact,
                List.of(criterion),
                help,
                "https://www.w3.org/WAI/WCAG22/Understanding/" + understanding(criterion),
                selector,
                html);
    }

    private static String understanding(String criterion) {
        return switch (criterion) {
            case "2.1.2" -> "no-keyboard-trap";
            case "2.4.7" -> "focus-visible";
            default -> "bypass-blocks";
        };
    }
}
