package wales.councilaudit.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** What a session can tell of the document it shows, beyond what WebDriver itself reports. */
public final class DocumentStatus {

    private DocumentStatus() {}

    /**
     * The HTTP status of the document the session shows, from its Navigation Timing entry ({@code responseStatus},
     * Chromium 109 and later); 0 when the browser does not say (an older browser, a {@code data:} page).
     */
    public static int httpStatus(WebDriver driver) {
        Object status = ((JavascriptExecutor) driver)
                .executeScript("var e = performance.getEntriesByType('navigation')[0];"
                        + " return e && e.responseStatus ? e.responseStatus : 0;");
        return status instanceof Number n ? n.intValue() : 0;
    }
}
