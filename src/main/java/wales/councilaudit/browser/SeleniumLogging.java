package wales.councilaudit.browser;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quietens Selenium's java.util.logging noise: {@code CdpVersionFinder} warns "Unable to find CDP
 * implementation matching 156" at every session start, because no {@code selenium-devtools-v156} jar exists for
 * Debian's Chromium. The product does not use Selenium's typed DevTools API (it runs scripts through WebDriver and,
 * where needed, raw CDP commands through ChromeDriver), so the warning says nothing: that logger is raised to SEVERE.
 * On a Grid, two INFO messages per session or run are raised to WARNING ({@link #GRID_CHATTER}). Everything else
 * Selenium logs (including {@code ChromiumDriver}'s warning when a DevTools connection fails) still reaches the
 * console. Thread-safe and idempotent.
 */
final class SeleniumLogging {

    /** Kept: java.util.logging holds loggers weakly, and a collected logger forgets its level. */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    /**
     * On a Grid, each session's driver is augmented for CDP (the submit guard's script): {@code DevToolsProvider}
     * says so at INFO every time, and {@code OpenTelemetryTracer} announces itself once. Their warnings still show.
     */
    private static final List<Logger> GRID_CHATTER = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.DevToolsProvider"),
            Logger.getLogger("org.openqa.selenium.remote.tracing.opentelemetry.OpenTelemetryTracer"));

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        GRID_CHATTER.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    private SeleniumLogging() {}

    /** Applies the levels (done once, when this class is first used). */
    static void quiet() {
        // the static initialiser does the work
    }
}
