package wales.councilaudit.accessibility;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * Puts axe-core into the current document and, recursively through {@code switchTo().frame}, into every frame in it,
 * cross-origin frames included (ChromeDriver can enter out-of-process frames). Each copy is configured to answer
 * axe's frame messages from any origin, so that {@code axe.run} in the top document collects every frame's results,
 * with the frames' selectors first in each target: what Deque's AxeBuilder does in its legacy mode.
 *
 * <p>A document that already has this version of axe is not injected again. A frame that cannot be entered (it went
 * away, or its document is not ready) is skipped: axe then reports it as a frame it could not test. Leaves the
 * driver in the top document. Not thread-safe: one driver is one session.
 */
final class FrameInjector {

    /** Frames nested deeper than this are not entered. */
    static final int MAX_DEPTH = 5;

    /** At most this many frames are injected per page. */
    static final int MAX_FRAMES = 100;

    private static final String CONFIGURE = ";axe.configure({allowedOrigins:['<unsafe_all_origins>']});";

    private final String guardedSource;

    FrameInjector() {
        String version = AxeScript.version();
        this.guardedSource =
                "if(!(window.axe&&window.axe.version==='" + version + "')){" + AxeScript.source() + "\n}" + CONFIGURE;
    }

    /**
     * Injects axe into the top document and its frames.
     *
     * @return how many frames (besides the top document) received axe
     * @throws WebDriverException when the top document itself cannot be injected
     */
    int injectEverywhere(WebDriver driver) {
        driver.switchTo().defaultContent();
        try {
            return injectHere(driver, 0, new int[] {0});
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    private int injectHere(WebDriver driver, int depth, int[] injected) {
        ((JavascriptExecutor) driver).executeScript(guardedSource);
        if (depth >= MAX_DEPTH) {
            return injected[0];
        }
        List<WebElement> frames = driver.findElements(By.cssSelector("iframe, frame"));
        for (WebElement frame : frames) {
            if (injected[0] >= MAX_FRAMES) {
                break;
            }
            try {
                driver.switchTo().frame(frame);
            } catch (WebDriverException e) {
                continue; // the frame went away or cannot be entered; axe reports it untested
            }
            try {
                injected[0]++;
                injectHere(driver, depth + 1, injected);
            } catch (WebDriverException e) {
                injected[0]--; // its document refused the script; axe reports it untested
            } finally {
                driver.switchTo().parentFrame();
            }
        }
        return injected[0];
    }
}
