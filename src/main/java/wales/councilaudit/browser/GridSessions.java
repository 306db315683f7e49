package wales.councilaudit.browser;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * Opens sessions on a Selenium Grid with {@link RemoteWebDriver}: the same flags, viewport and host-resolver rules as
 * a local session, without local paths (the nodes choose their own binary and profile folder). Nothing runs or is
 * downloaded locally. Stateless and thread-safe.
 */
final class GridSessions implements SessionFactory {

    /** Extra time the HTTP client waits for the Grid beyond the longest WebDriver timeout. */
    private static final Duration READ_MARGIN = Duration.ofSeconds(30);

    private final BrowserSettings settings;
    private final URL grid;

    /**
     * @throws IllegalArgumentException when the settings name no Grid
     */
    GridSessions(BrowserSettings settings) {
        this.settings = settings;
        URI uri = settings.grid().orElseThrow(() -> new IllegalArgumentException("the settings name no Grid"));
        try {
            this.grid = uri.toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a usable Grid URL: " + uri, e);
        }
    }

    /** The capabilities a new session asks the Grid for. */
    ChromeOptions capabilities(BrowserProfile profile) {
        ChromeOptions options = Chromium.gridOptions(profile, settings.resolve());
        options.setPageLoadTimeout(settings.pageLoadTimeout());
        options.setScriptTimeout(settings.scriptTimeout());
        return options;
    }

    @Override
    public BrowserSession start(BrowserProfile profile, int id) {
        Duration longest = max(max(settings.pageLoadTimeout(), settings.scriptTimeout()), settings.startTimeout());
        ClientConfig config = ClientConfig.defaultConfig()
                .baseUrl(grid)
                .connectionTimeout(settings.startTimeout())
                .readTimeout(longest.plus(READ_MARGIN));
        RemoteWebDriver driver = new RemoteWebDriver(grid, capabilities(profile), config);
        return new BrowserSession(id, profile, driver, Optional.empty());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
