package wales.councilaudit.mobile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The mobile checks of one page, as a function of a {@link WebDriver} on the mobile profile and the page's address
 * (the shape of the browser pool's {@code PageWork<MobilePage>}: {@code probe::apply}). One {@code executeScript}
 * measures the viewport tags, the overflow and the text sizes (see {@code mobile-probe.js}); the viewport is then
 * read by {@link ViewportParser}; a page that overflows is photographed into the folder given.
 *
 * <p>Immutable and thread-safe; each call uses only the driver it is given, which must not be used by anyone else
 * meanwhile. WebDriver failures (the page cannot be loaded, the script fails) propagate as {@link
 * org.openqa.selenium.WebDriverException}: the pool records them as the page's failure.
 */
public final class MobileProbe {

    /** The smallest computed font size counted as legible, CSS px (the brief's 12 px). */
    public static final int LEGIBLE_PX = 12;

    private static final String SCRIPT = script();

    private final Path screenshots;

    /** @param screenshots the folder overflow screenshots go to (the run's folder); created on first use */
    public MobileProbe(Path screenshots) {
        this.screenshots = Objects.requireNonNull(screenshots, "screenshots");
    }

    /** Loads {@code page} in {@code driver} (waiting for its load event), then {@linkplain #examine examines} it. */
    public MobilePage apply(WebDriver driver, URI page) {
        driver.get(page.toString());
        return examine(driver, page);
    }

    /**
     * Examines the document {@code driver} shows now, which the caller has loaded from {@code page}.
     *
     * @throws IllegalArgumentException when the driver cannot run scripts
     */
    public MobilePage examine(WebDriver driver, URI page) {
        if (!(driver instanceof JavascriptExecutor js)) {
            throw new IllegalArgumentException(
                    "the driver cannot run scripts: " + driver.getClass().getName());
        }
        Map<?, ?> result = (Map<?, ?>) js.executeScript(SCRIPT, LEGIBLE_PX);
        ViewportMeta viewport = viewport((List<?>) result.get("viewports"));
        Overflow overflow = overflow((Map<?, ?>) result.get("overflow"));
        Map<?, ?> text = (Map<?, ?>) result.get("text");
        TextSizes sizes = new TextSizes(number(text, "legible"), number(text, "total"));
        Screenshot screenshot =
                overflow.overflows() ? Screenshots.capture(driver, page, screenshots) : new Screenshot.NotTaken();
        return new MobilePage(page, viewport, overflow, sizes, screenshot);
    }

    /** The viewport the browser applies: the last tag in the document, as in Blink. */
    private static ViewportMeta viewport(List<?> tags) {
        if (tags.isEmpty()) {
            return ViewportParser.missing();
        }
        Map<?, ?> last = (Map<?, ?>) tags.get(tags.size() - 1);
        return ViewportParser.parse(String.valueOf(last.get("content")), String.valueOf(last.get("tag")));
    }

    private static Overflow overflow(Map<?, ?> measured) {
        Overflow.WidestElement widest = new Overflow.WidestElement(
                String.valueOf(measured.get("selector")), (int) number(measured, "elementWidth"), (int)
                        number(measured, "elementRight"));
        return Overflow.of((int) number(measured, "scrollWidth"), (int) number(measured, "viewportWidth"), widest);
    }

    private static long number(Map<?, ?> map, String key) {
        return Math.round(((Number) map.get(key)).doubleValue());
    }

    private static String script() {
        try (InputStream in = MobileProbe.class.getResourceAsStream("mobile-probe.js")) {
            if (in == null) {
                throw new IllegalStateException("mobile-probe.js is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mobile-probe.js", e);
        }
    }
}
