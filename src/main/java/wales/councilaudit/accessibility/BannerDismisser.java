package wales.councilaudit.accessibility;

import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dismisses a cookie banner with a {@link ConsentStrategy}: finds the first visible control it names (selectors first,
 * then button texts, each in order), clicks it as a user would (a script click when something covers it), and waits,
 * up to the strategy's timeout, for the control to be removed or hidden. Only the top document is searched: a banner
 * inside a frame is reported as {@link BannerOutcome.NoBanner}. Thread-safe for different drivers.
 */
public final class BannerDismisser {

    private static final String FIND = AxeScript.packaged("consent-find.js");

    private final ConsentStrategy strategy;

    public BannerDismisser(ConsentStrategy strategy) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    /** Dismisses the banner of the document the driver shows now. */
    public BannerOutcome dismiss(WebDriver driver) {
        driver.switchTo().defaultContent();
        Object found = ((JavascriptExecutor) driver).executeScript(FIND, strategy.selectors(), strategy.buttonTexts());
        if (!(found instanceof Map<?, ?> match) || !(match.get("element") instanceof WebElement control)) {
            return new BannerOutcome.NoBanner();
        }
        String how = String.valueOf(match.get("how"));
        try {
            click(driver, control);
            new WebDriverWait(driver, strategy.timeout()).until(ExpectedConditions.invisibilityOf(control));
            return new BannerOutcome.Dismissed(how);
        } catch (TimeoutException e) {
            return new BannerOutcome.StillShown(
                    how, "the control was still visible " + strategy.timeout().toSeconds() + " s after the click");
        } catch (WebDriverException e) {
            return new BannerOutcome.StillShown(how, "the click failed: " + AxeScanner.firstLine(e.getMessage()));
        }
    }

    private static void click(WebDriver driver, WebElement control) {
        try {
            control.click();
        } catch (ElementNotInteractableException e) { // covered (click intercepted) or not interactable {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", control);
        }
    }
}
