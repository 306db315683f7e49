package wales.councilaudit.scoring;

/** The answer to one yes/no question about a site. */
public enum Answer {
    YES,
    NO,
    /** The question does not apply to this site (for example: the A–Z lists it, on a site with no A–Z). */
    NOT_APPLICABLE
}
