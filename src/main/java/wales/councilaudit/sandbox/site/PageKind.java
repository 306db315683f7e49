package wales.councilaudit.sandbox.site;

/** What a page of a simulated site is for. */
public enum PageKind {
    HOME,
    /** A service area linked from the main navigation ("Bins and recycling"). */
    SECTION,
    /** A page between a section and a deeper page. */
    SUBSECTION,
    /** A task's service landing page ("Bin collections"). */
    LANDING,
    /** A page between the landing page and the task when the landing page does not link straight to it. */
    INFORMATION,
    /** A top task's or navigation task's own page ("Report a missed bin collection"). */
    TASK,
    /** A form on the council's own host, reached from a task page's start link. */
    FORM,
    NEWS_INDEX,
    NEWS,
    COUNCILLOR,
    JOB,
    /** Generated guidance within a section. */
    CONTENT,
    /** The A–Z index. */
    ATOZ,
    /** A letter of the A–Z. */
    ATOZ_LETTER,
    /** A page served in windows-1252 (a crawling plant). */
    LEGACY_CHARSET
}
