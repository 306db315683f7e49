package wales.councilaudit.accessibility;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How many elements one axe-core rule examined on a page, by outcome. The mobile score needs the share of {@code
 * target-size} targets that fail.
 *
 * @param rule axe-core's rule id
 * @param passed elements that passed (axe-core's {@code passes} nodes), at least 0
 * @param failed elements that failed ({@code violations} nodes), at least 0
 * @param review elements axe-core asks a person to review ({@code incomplete} nodes), at least 0
 */
public record RuleTally(String rule, int passed, int failed, int review) {

    public RuleTally {
        Objects.requireNonNull(rule, "rule");
        if (passed < 0 || failed < 0 || review < 0) {
            throw new IllegalArgumentException(
                    "node counts cannot be negative: " + passed + "/" + failed + "/" + review);
        }
    }

    /** failed / (passed + failed); empty when the rule examined no element it could decide. */
    public OptionalDouble failingShare() {
        int decided = passed + failed;
        return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) failed / decided);
    }

    RuleTally plus(RuleTally other) {
        return new RuleTally(rule, passed + other.passed, failed + other.failed, review + other.review);
    }
}
