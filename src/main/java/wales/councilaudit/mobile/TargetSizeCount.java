package wales.councilaudit.mobile;

/**
 * axe-core's {@code target-size} rule (WCAG 2.2 SC 2.5.8, Target Size (Minimum): 24 by 24 CSS px, after the
 * criterion's spacing, inline, equivalent and essential exceptions) on one or more pages, as node counts: the
 * accessibility stage's scanner reports them per rule. The mobile stage does not measure targets itself. Note that
 * Lighthouse's tap-target audit (48 px and overlap) is a different, stricter rule.
 *
 * @param failing nodes in the rule's violations, at least 0
 * @param passing nodes in the rule's passes, at least 0
 */
public record TargetSizeCount(int failing, int passing) {

    /** No target measured. */
    public static final TargetSizeCount NONE = new TargetSizeCount(0, 0);

    public TargetSizeCount {
        if (failing < 0 || passing < 0) {
            throw new IllegalArgumentException(
                    "negative target count: " + failing + " failing, " + passing + " passing");
        }
    }

    /** All targets the rule examined. */
    public int total() {
        return failing + passing;
    }

    /** The share of targets too small, 0 to 1; 0 when none was examined (as {@code MobileFacts} wants it). */
    public double smallShare() {
        return total() == 0 ? 0.0 : (double) failing / total();
    }

    /** The counts of two sets of pages together. */
    public TargetSizeCount plus(TargetSizeCount other) {
        return new TargetSizeCount(Math.addExact(failing, other.failing), Math.addExact(passing, other.passing));
    }
}
