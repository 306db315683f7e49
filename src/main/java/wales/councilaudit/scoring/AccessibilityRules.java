package wales.councilaudit.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the accessibility score (0 to 3) follows from the accessibility stage's facts. Stage one, the home page: a
 * keyboard trap, an invisible focus, or violations across {@code zeroFromDistinctCriteria} or more distinct WCAG
 * success criteria give 0. Stage two, the task and top pages: each impact found caps the score.
 *
 * @param zeroFromDistinctCriteria at least 1
 * @param impactCaps the highest score a site may get when a page has a violation of that impact; a more severe
 *     impact never has a higher cap; {@code NONE} has no cap
 */
public record AccessibilityRules(int zeroFromDistinctCriteria, Map<Impact, Integer> impactCaps) {

    /** The best accessibility score. */
    public static final int BEST = 3;

    public AccessibilityRules {
        if (zeroFromDistinctCriteria < 1) {
            throw new IllegalArgumentException(
                    "zero-from-distinct-criteria must be at least 1, not " + zeroFromDistinctCriteria);
        }
        EnumMap<Impact, Integer> caps = new EnumMap<>(Impact.class);
        caps.putAll(impactCaps);
        if (caps.containsKey(Impact.NONE)) {
            throw new IllegalArgumentException("impact-caps: 'none' is not an impact that can cap");
        }
        int lowest = BEST;
        for (Map.Entry<Impact, Integer> cap : caps.entrySet()) {
            if (cap.getValue() < 0 || cap.getValue() > BEST) {
                throw new IllegalArgumentException("impact-caps." + cap.getKey().label() + " must be from 0 to " + BEST
                        + ", not " + cap.getValue());
            }
            if (cap.getValue() > lowest) {
                throw new IllegalArgumentException("impact-caps." + cap.getKey().label() + " (" + cap.getValue()
                        + ") is above the cap of a less severe impact (" + lowest + ")");
            }
            lowest = cap.getValue();
        }
        impactCaps = Collections.unmodifiableMap(caps);
    }
}
