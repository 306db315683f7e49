package wales.councilaudit.accessibility;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What running axe-core on one page gave: its findings, or why it could not run. */
public sealed interface AxeOutcome permits AxeOutcome.Analysed, AxeOutcome.Failed {

    ScanContext context();

    /**
     * axe-core ran.
     *
     * @param axeVersion the version axe-core reported ({@code 4.11.1})
     * @param frames the frames axe-core was injected into, besides the top document, at least 0
     * @param findings violations and review items, one per element, in axe-core's order
     * @param tallies per rule id, the elements that passed, failed or need review, sorted by rule id
     */
    record Analysed(
            ScanContext context, String axeVersion, int frames, List<Finding> findings, Map<String, RuleTally> tallies)
            implements AxeOutcome {
        public Analysed {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(axeVersion, "axeVersion");
            if (frames < 0) {
                throw new IllegalArgumentException("frames cannot be negative: " + frames);
            }
            findings = List.copyOf(findings);
            tallies = java.util.Collections.unmodifiableMap(new TreeMap<>(tallies));
        }

        /** The findings axe-core was certain of. */
        public List<Finding> violations() {
            return findings.stream()
                    .filter(f -> f.certainty() == Certainty.VIOLATION)
                    .toList();
        }

        /** The findings axe-core asks a person to review. */
        public List<Finding> reviews() {
            return findings.stream()
                    .filter(f -> f.certainty() == Certainty.NEEDS_REVIEW)
                    .toList();
        }
    }

    /**
     * axe-core could not run or gave no result (a script error, a timeout, a page that navigated away).
     *
     * @param reason one sentence for the report
     */
    record Failed(ScanContext context, String reason) implements AxeOutcome {
        public Failed {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
