package wales.councilaudit.browser;

/** Why the {@link BrowserPool} could not finish a page. */
public enum FailureKind {
    /** The navigation did not finish within the page-load timeout; the session lives on. */
    PAGE_LOAD_TIMEOUT,
    /** Chromium could not load the page (a name that does not resolve, a refused connection, a bad URL...). */
    NAVIGATION_ERROR,
    /** The page loaded but the work threw; the session lives on. */
    WORK_FAILED,
    /** The browser or its driver died on both attempts (the page was retried once on a new session). */
    BROWSER_CRASHED,
    /** No session could be started (ChromeDriver or the Grid refused or failed), on both attempts. */
    BROWSER_UNAVAILABLE,
    /** The pool was closed, or the calling thread interrupted, before the page could be loaded. */
    CANCELLED
}
