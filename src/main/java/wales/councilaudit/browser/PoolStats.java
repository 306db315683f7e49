package wales.councilaudit.browser;

/**
 * Counts kept by a {@link BrowserPool} since it opened, for the run record and the tests.
 *
 * @param sessionsStarted sessions started, including replacements
 * @param sessionsRecycled sessions quit because they had loaded {@code recycleAfter} pages
 * @param sessionsReplaced sessions quit because their browser or driver had died
 * @param sessionsEvicted idle sessions quit to make room for a session of another profile
 * @param pagesLoaded navigations started, including retries
 * @param retries pages tried a second time after a crash
 */
public record PoolStats(
        int sessionsStarted,
        int sessionsRecycled,
        int sessionsReplaced,
        int sessionsEvicted,
        int pagesLoaded,
        int retries) {}
