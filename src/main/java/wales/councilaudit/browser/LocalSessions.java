package wales.councilaudit.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts local headless Chromium sessions through ChromeDriver ({@link Chromium}), each in a fresh temporary folder
 * that the session deletes when it quits. Stateless and thread-safe.
 */
final class LocalSessions implements SessionFactory {

    private final BrowserSettings settings;

    LocalSessions(BrowserSettings settings) {
        this.settings = settings;
    }

    @Override
    public BrowserSession start(BrowserProfile profile, int id) {
        Path home;
        try {
            home = Files.createTempDirectory("council-audit-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for a browser session", e);
        }
        ChromeOptions options = Chromium.options(profile, settings.resolve(), Chromium.userDataDir(home));
        options.setPageLoadTimeout(settings.pageLoadTimeout());
        options.setScriptTimeout(settings.scriptTimeout());
        ChromeDriver driver;
        try {
            driver = Chromium.start(options, home, settings.startTimeout());
        } catch (RuntimeException e) {
            BrowserSession.cleanUp(id, home);
            throw e;
        }
        return new BrowserSession(id, profile, driver, Optional.of(home));
    }
}
