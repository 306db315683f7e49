package wales.councilaudit.browser;

import java.net.URI;
import org.openqa.selenium.WebDriver;

/**
 * Work done on a page the pool has loaded; it may throw, the pool classifies the failure.
 *
 * <p>The driver is lent for the duration of the call only and must not be kept, quit or shared with another thread.
 * The work may be run twice for one page (once more on a new session after a crash), so it should not have effects
 * outside the browser that a second run would double.
 *
 * @param <T> what the work returns; never null
 */
@FunctionalInterface
public interface PageWork<T> {
    T apply(WebDriver driver, URI page) throws Exception;
}
