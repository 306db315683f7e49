package wales.councilaudit.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.Chromium;

/** One local Chromium session for a test class, reset between tests: blank page, no cookies, no storage. */
final class BrowserSession implements AutoCloseable {

    private final Path home;
    private final ChromeDriver driver;

    BrowserSession(BrowserProfile profile) {
        try {
            home = Files.createTempDirectory("a11y-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver = Chromium.start(profile, List.of(), home, Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    /** Clears what one test could leave for the next: storage of {@code origin}, cookies, the page. */
    void reset(FixtureServer server) {
        driver.get(server.page("clean.html").toString());
        ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();");
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp folder left behind is not a test failure
            }
        }
    }
}
