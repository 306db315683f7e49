package wales.councilaudit.scoring;

/** The worst axe-core impact of the violations on a page, in rising order of severity. */
public enum Impact {
    /** No violation found. */
    NONE,
    MINOR,
    MODERATE,
    SERIOUS,
    CRITICAL;

    /** The lower-case name axe-core uses and the rules file writes ({@code critical}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
