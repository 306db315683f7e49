package wales.councilaudit.accessibility;

/** Which view of a page a finding came from: the cookie banner covers content until it is dismissed. */
public enum View {
    /** The home page as a first visitor sees it: no cookies, the cookie banner (if any) still showing. */
    FIRST_VISIT,
    /** The same document after the cookie banner was dismissed with the consent strategy. */
    BANNER_DISMISSED,
    /** A page scanned once, in whatever consent state the session had. */
    PAGE;

    /** The lower-case, hyphenated name reports use ({@code first-visit}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
