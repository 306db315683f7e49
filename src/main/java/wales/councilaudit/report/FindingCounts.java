package wales.councilaudit.report;

/**
 * How many accessibility findings a council's scanned pages gave.
 *
 * @param total every finding: pages × profiles × views × elements
 * @param distinct after de-duplication by template fingerprint: one fault in a template counts once
 * @param violations distinct findings that are violations (the rest need a person to review them)
 */
public record FindingCounts(int total, int distinct, int violations) {

    public static final FindingCounts NONE = new FindingCounts(0, 0, 0);

    public FindingCounts {
        if (total < 0 || distinct < 0 || violations < 0 || distinct > total || violations > distinct) {
            throw new IllegalArgumentException("inconsistent counts: " + total + " total, " + distinct + " distinct, "
                    + violations + " violations");
        }
    }
}
