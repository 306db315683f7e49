package wales.councilaudit.browser;

/** Starts the pool's sessions: locally ({@link LocalSessions}) or on a Selenium Grid ({@link GridSessions}). */
interface SessionFactory {

    /**
     * Starts a session presenting {@code profile}, with the settings' page-load and script timeouts.
     *
     * @param id the pool's number for the session, for logs
     * @throws RuntimeException (usually a {@code WebDriverException}) when no session can be started
     */
    BrowserSession start(BrowserProfile profile, int id);
}
