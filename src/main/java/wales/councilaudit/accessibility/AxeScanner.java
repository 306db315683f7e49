package wales.councilaudit.accessibility;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Runs axe-core on the document a driver has loaded: injects the bundled {@code axe.min.js} into the document and
 * every frame ({@link FrameInjector}), runs {@code axe.run} once in the top document with {@code iframes: true}, and
 * reads the result with Jackson ({@link AxeResultParser}). All of axe-core's default rules run, as they do for Deque's
 * AxeBuilder and {@code @axe-core/cli}.
 *
 * <p>Injecting directly is about twice as fast as AxeBuilder on this machine (brief §7: ~235 against ~117 pages a
 * minute), because AxeBuilder opens a blank window per scan to merge frame results. One instance may serve many
 * sessions; each call uses only the driver it is given, which must not be used by another thread meanwhile.
 */
public final class AxeScanner {

    /** The longest markup kept per element, before {@link Finding#MAX_HTML}. */
    private static final int HTML_FROM_BROWSER = 1_000;

    /** The rule axe-core ships switched off that the mobile profile needs: WCAG 2.2 SC 2.5.8, target size. */
    public static final String TARGET_SIZE = "target-size";

    private final Duration timeout;
    private final List<String> enabled;
    private final FrameInjector injector = new FrameInjector();
    private final String runScript = AxeScript.packaged("axe-run.js");

    /**
     * @param timeout the longest one {@code axe.run} may take, frames included; at least one second
     */
    public AxeScanner(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("axe's timeout must be at least one second, not " + timeout);
        }
        this.timeout = timeout;
        this.enabled = List.of();
    }

    private AxeScanner(Duration timeout, List<String> enabled) {
        this.timeout = timeout;
        this.enabled = List.copyOf(enabled);
    }

    /**
     * This scanner, also running rules axe-core ships switched off (such as {@link #TARGET_SIZE}); with none, it
     * runs exactly axe-core's defaults.
     */
    public AxeScanner enabling(String... rules) {
        List<String> all = new java.util.ArrayList<>(enabled);
        for (String rule : rules) {
            if (!rule.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("not an axe-core rule id: " + rule);
            }
            if (!all.contains(rule)) {
                all.add(rule);
            }
        }
        return new AxeScanner(timeout, all);
    }

    /** The version of the bundled axe-core ({@code 4.11.1}), to record with a run. */
    public static String axeVersion() {
        return AxeScript.version();
    }

    /**
     * Analyses the document the driver shows now (it does not navigate).
     *
     * @param context the page, profile and view the findings are recorded under
     * @return the findings and tallies, or why axe could not run; never throws for a page's behaviour
     */
    public AxeOutcome analyse(WebDriver driver, ScanContext context) {
        Duration previous = driver.manage().timeouts().getScriptTimeout();
        try {
            int frames = injector.injectEverywhere(driver);
            driver.manage().timeouts().scriptTimeout(timeout);
            long frameWait = Math.max(1_000, timeout.toMillis() / 2);
            Object json =
                    ((JavascriptExecutor) driver).executeAsyncScript(runScript, HTML_FROM_BROWSER, frameWait, enabled);
            if (!(json instanceof String text)) {
                return new AxeOutcome.Failed(context, "axe-core returned no result");
            }
            return AxeResultParser.parse(text, context, frames);
        } catch (WebDriverException e) {
            return new AxeOutcome.Failed(context, "axe-core could not run: " + firstLine(e.getMessage()));
        } finally {
            driver.manage().timeouts().scriptTimeout(previous);
        }
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no message";
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
