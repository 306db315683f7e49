package wales.councilaudit.domains;

/** A council's place in the move to the Welsh second-level domains (the Digital Baseline report's Annex F). */
public enum DomainStatus {
    /** The primary English address, after redirects, ends on {@code .gov.wales} or {@code .llyw.cymru}. */
    MIGRATED,
    /** A Welsh-domain name answers for the council (its Welsh site, a redirect) but the primary address is elsewhere. */
    PARTIAL,
    /** The primary address is elsewhere and no Welsh-domain name answered. */
    NOT_MIGRATED,
    /** The English homepage could not be loaded: no answer, a network or TLS failure, or an error status. */
    UNREACHABLE,
    /** The site refused our agent (401, 403, or 429 beyond our patience): recorded, never a failure of ours. */
    BLOCKED;

    /** Whether the council's site could be examined (so the other stages can run). */
    public boolean reached() {
        return this == MIGRATED || this == PARTIAL || this == NOT_MIGRATED;
    }
}
