package wales.councilaudit.sandbox;

import wales.councilaudit.domains.DomainStatus;

/**
 * How a simulated council's hosts behave for the domain check, and so which Annex F status the check must find.
 * The planted answer is the point: the demo and the tests compare what the check finds with it.
 */
public enum DomainScenario {
    /** The homepage is on a .gov.wales or .llyw.cymru name and answers 200. */
    ON_WELSH_DOMAIN(DomainStatus.MIGRATED),
    /** The old .gov.uk homepage redirects (301) to a .gov.wales name that answers 200. */
    REDIRECTS_TO_WELSH_DOMAIN(DomainStatus.MIGRATED),
    /** The homepage stays on .gov.uk; a listed .gov.wales name answers by redirecting to it. */
    WELSH_DOMAIN_REDIRECTS_HOME(DomainStatus.PARTIAL),
    /** The homepage is on .gov.uk and no Welsh-domain name is listed. */
    GOV_UK_ONLY(DomainStatus.NOT_MIGRATED),
    /** Every request from a bot (any User-Agent but a regular browser's) gets {@value #BOT_REFUSAL_STATUS}. */
    FORBIDS_BOTS(DomainStatus.BLOCKED),
    /** The homepage answers 503 with Retry-After: 1, every time. */
    ALWAYS_UNAVAILABLE(DomainStatus.UNREACHABLE),
    /** The homepage redirects to a page that redirects back. */
    REDIRECT_LOOP(DomainStatus.UNREACHABLE);

    /** What a site that forbids bots answers them, whatever the address. */
    public static final int BOT_REFUSAL_STATUS = 403;

    private final DomainStatus expectedStatus;

    DomainScenario(DomainStatus expectedStatus) {
        this.expectedStatus = expectedStatus;
    }

    /** The Annex F status the domain check must report. */
    public DomainStatus expectedStatus() {
        return expectedStatus;
    }
}
