package wales.councilaudit.browser;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;

/** Finds a local session's processes among this JVM's descendants, for the tests that kill them. */
final class BrowserProcesses {

    private BrowserProcesses() {}

    /** The Chromium profile folder ChromeDriver reports for the session ({@code chrome.userDataDir}). */
    static Path userDataDir(WebDriver driver) {
        Object chrome = ((HasCapabilities) driver).getCapabilities().getCapability("chrome");
        return Path.of((String) ((Map<?, ?>) chrome).get("userDataDir"));
    }

    /** The session's browser process: started with its {@code --user-data-dir}, with no {@code --type=}. */
    static ProcessHandle browser(WebDriver driver) {
        String marker = "--user-data-dir=" + userDataDir(driver);
        List<ProcessHandle> found = ProcessHandle.current()
                .descendants()
                .filter(p -> p.info()
                        .arguments()
                        .map(Arrays::asList)
                        .map(args -> args.contains(marker) && args.stream().noneMatch(a -> a.startsWith("--type=")))
                        .orElse(false))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one browser process with " + marker + ", found " + found);
        }
        return found.get(0);
    }

    /** The ChromeDriver that started the session's browser: the browser's parent. */
    static ProcessHandle chromedriver(WebDriver driver) {
        ProcessHandle parent = browser(driver).parent().orElseThrow();
        if (!parent.info().command().orElse("").contains("chromedriver")) {
            throw new AssertionError("the browser's parent is not ChromeDriver: " + parent.info());
        }
        return parent;
    }
}
