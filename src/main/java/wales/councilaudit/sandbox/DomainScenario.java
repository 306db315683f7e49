package wales.councilaudit.sandbox;

import java.util.List;

/**
 * How a simulated council's hosts behave for the domain check, and so which Annex F status the check must find.
 * The planted answer is the point: the demo and the tests compare what the check finds with it.
 */
public enum DomainScenario {
    /** The homepage is on a .gov.wales or .llyw.cymru name and answers 200. */
    ON_WELSH_DOMAIN("MIGRATED"),
    /** The old .gov.uk homepage redirects (301) to a .gov.wales name that answers 200. */
    REDIRECTS_TO_WELSH_DOMAIN("MIGRATED"),
    /** The homepage stays on .gov.uk; a listed .gov.wales name answers by redirecting to it. */
    WELSH_DOMAIN_REDIRECTS_HOME("PARTIAL"),
    /** The homepage is on .gov.uk and no Welsh-domain name is listed. */
    GOV_UK_ONLY("NOT_MIGRATED"),
    /** Every request from a bot gets 403. */
    FORBIDS_BOTS("BLOCKED"),
    /** The homepage answers 503 with Retry-After: 1, every time. */
    ALWAYS_UNAVAILABLE("UNREACHABLE"),
    /** The homepage redirects to a page that redirects back. */
    REDIRECT_LOOP("UNREACHABLE");

    private final String expectedStatus;

    DomainScenario(String expectedStatus) {
        this.expectedStatus = expectedStatus;
    }

    /** The Annex F status the domain check must report (the name of a {@code DomainStatus}). */
    public String expectedStatus() {
        return expectedStatus;
    }

    /** The scenarios planted in the demo, by council id; councils not listed are {@link #GOV_UK_ONLY}. */
    static final List<String[]> PLANTED = List.of(
            new String[] {"gwynedd", "ON_WELSH_DOMAIN"},
            new String[] {"carmarthenshire", "ON_WELSH_DOMAIN"},
            new String[] {"isle-of-anglesey", "REDIRECTS_TO_WELSH_DOMAIN"},
            new String[] {"cardiff", "WELSH_DOMAIN_REDIRECTS_HOME"},
            new String[] {"swansea", "WELSH_DOMAIN_REDIRECTS_HOME"},
            new String[] {"conwy", "FORBIDS_BOTS"},
            new String[] {"powys", "FORBIDS_BOTS"},
            new String[] {"wrexham", "ALWAYS_UNAVAILABLE"},
            new String[] {"torfaen", "REDIRECT_LOOP"});
}
