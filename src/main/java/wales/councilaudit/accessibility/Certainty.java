package wales.councilaudit.accessibility;

/** How sure the check was: axe-core's {@code violations} against its {@code incomplete} results. */
public enum Certainty {
    /** The rule failed: axe-core's {@code violations}, or a keyboard probe that observed the fault. */
    VIOLATION,
    /** The rule could not decide and asks a person to review: axe-core's {@code incomplete}. */
    NEEDS_REVIEW
}
