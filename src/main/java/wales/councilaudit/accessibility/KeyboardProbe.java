package wales.councilaudit.accessibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * What axe-core cannot find, found with real Tab presses through Selenium's Actions: a keyboard trap, focus that
 * moves with no visible change, and whether a skip link exists and works.
 *
 * <p>The probe records how every tabbable element looks unfocused (computed outline, box-shadow, borders,
 * background, colour, text decoration, position and size of the element, its {@code ::before}/{@code ::after}, its
 * parent and first children), then tabs from the start of the page, at most {@code focusable + margin} times and
 * never more than {@code maxTabs}. After each press it finishes running CSS transitions and compares how the focused
 * element looks now. It stops when focus has gone once round the page (back to the document or to an element already
 * visited with more than {@value #MAX_TRAP_SIZE} elements in between). A trap is focus that returns to the same
 * element, or cycles among at most {@value #MAX_TRAP_SIZE} elements, three times while focusable elements elsewhere
 * remain unreached. Focus inside a cross-origin frame cannot be seen and never counts towards a trap.
 *
 * <p>It then starts again from the top, looks for an in-page link among the first {@value #SKIP_LINK_STOPS} stops,
 * presses Enter on it and Tab once: focus must land in or after the link's target. The probe changes the page's focus
 * and fragment, so run axe-core first. Thread-safe for different drivers; a driver must not be shared meanwhile.
 */
public final class KeyboardProbe {

    /** A cycle among more elements than this is not a trap. */
    public static final int MAX_TRAP_SIZE = 3;

    /** How many first tab stops may hold the skip link. */
    public static final int SKIP_LINK_STOPS = 3;

    private static final String SCRIPT = AxeScript.packaged("focus-probe.js");

    private final int maxTabs;
    private final int margin;

    /**
     * @param maxTabs the most Tab presses on one page, at least 1
     * @param margin presses beyond the page's count of tabbable elements, at least 1 (to see the walk wrap round)
     */
    public KeyboardProbe(int maxTabs, int margin) {
        if (maxTabs < 1 || margin < 1) {
            throw new IllegalArgumentException("maxTabs and margin must be at least 1: " + maxTabs + ", " + margin);
        }
        this.maxTabs = maxTabs;
        this.margin = margin;
    }

    /** 300 presses at most, 10 beyond the tabbable elements. */
    public static KeyboardProbe defaults() {
        return new KeyboardProbe(300, 10);
    }

    /** Probes the document the driver shows now (it does not navigate). */
    public KeyboardReport probe(WebDriver driver, ScanContext context) {
        Objects.requireNonNull(context, "context");
        driver.switchTo().defaultContent();
        int focusable = ((Number) run(driver, "snapshot")).intValue();
        Walk walk = walk(driver, focusable);
        List<FocusStop> invisible = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (FocusStop stop : walk.stops) {
            if (stop.visibleChange().equals(Optional.of(false)) && seen.add(stop.selector())) {
                invisible.add(stop);
            }
        }
        SkipLink skip = skipLink(driver);
        return new KeyboardReport(
                context, focusable, walk.stops.size(), walk.reached.size(), walk.trap, invisible, skip);
    }

    private static final class Walk {
        final List<FocusStop> stops = new ArrayList<>();
        final Map<String, FocusStop> reached = new LinkedHashMap<>();
        Optional<KeyboardTrap> trap = Optional.empty();
    }

    private Walk walk(WebDriver driver, int focusable) {
        Walk walk = new Walk();
        int budget = Math.min(maxTabs, focusable + margin);
        run(driver, "start");
        for (int i = 0; i < budget; i++) {
            FocusStop stop = tab(driver);
            walk.stops.add(stop);
            if (stop.isElement()) {
                walk.reached.putIfAbsent(stop.selector(), stop);
            }
            Verdict verdict = TrapRule.judge(walk.stops, focusable - walk.reached.size());
            if (verdict instanceof Verdict.Trapped trapped) {
                walk.trap = Optional.of(trapped.trap());
                break;
            }
            if (verdict instanceof Verdict.WentRound) {
                break;
            }
        }
        return walk;
    }

    private SkipLink skipLink(WebDriver driver) {
        run(driver, "start");
        for (int i = 0; i < SKIP_LINK_STOPS; i++) {
            tab(driver);
            if (!(run(driver, "skip") instanceof Map<?, ?> link) || !Boolean.TRUE.equals(link.get("skipLink"))) {
                continue;
            }
            String selector = String.valueOf(link.get("selector"));
            String html = String.valueOf(link.get("html"));
            String fragment = String.valueOf(link.get("fragment"));
            if (!Boolean.TRUE.equals(link.get("targetExists"))) {
                return new SkipLink.Broken(selector, html, "its target " + fragment + " is not on the page");
            }
            String before = driver.getCurrentUrl();
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            if (!samePage(before, driver.getCurrentUrl())) {
                return new SkipLink.Broken(selector, html, "following it loaded another page");
            }
            tab(driver);
            if (!Boolean.TRUE.equals(run(driver, "skipped", fragment))) {
                return new SkipLink.Broken(
                        selector, html, "after following it, Tab did not move focus into or past " + fragment);
            }
            return new SkipLink.Works(selector, fragment);
        }
        return new SkipLink.Missing();
    }

    private static boolean samePage(String before, String after) {
        return withoutFragment(before).equals(withoutFragment(after));
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static FocusStop tab(WebDriver driver) {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        return FocusStop.of(run(driver, "state"));
    }

    private static Object run(WebDriver driver, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(SCRIPT, args);
    }
}
