package wales.councilaudit.browser;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quietens one piece of Selenium's java.util.logging noise: {@code CdpVersionFinder} warns "Unable to find CDP
 * implementation matching 156" at every session start, because no {@code selenium-devtools-v156} jar exists for
 * Debian's Chromium. The product does not use Selenium's typed DevTools API (it runs scripts through WebDriver and,
 * where needed, raw CDP commands through ChromeDriver), so the warning says nothing. Only that logger is raised to
 * SEVERE; everything else Selenium logs (including {@code ChromiumDriver}'s warning when a DevTools connection
 * fails) still reaches the console. Thread-safe and idempotent.
 */
final class SeleniumLogging {

    /** Kept: java.util.logging holds loggers weakly, and a collected logger forgets its level. */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private SeleniumLogging() {}

    /** Applies the levels (done once, when this class is first used). */
    static void quiet() {
        // the static initialiser does the work
    }
}
