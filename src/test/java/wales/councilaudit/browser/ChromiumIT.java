package wales.councilaudit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

class ChromiumIT {

    @TempDir
    Path home;

    @Test
    void desktopAndMobileProfilesGiveTheirViewports() {
        for (BrowserProfile profile : List.of(BrowserProfile.DESKTOP, BrowserProfile.MOBILE)) {
            ChromeDriver driver =
                    Chromium.start(profile, List.of(), home.resolve(profile.name()), Duration.ofSeconds(30));
            try {
                driver.get("data:text/html,<meta name=viewport content='width=device-width'><p>hi");
                JavascriptExecutor js = driver;
                Object width = js.executeScript("return window.innerWidth");
                Object ratio = js.executeScript("return window.devicePixelRatio");
                assertThat(((Number) width).intValue()).as(profile.name()).isEqualTo(profile.width());
                assertThat(((Number) ratio).doubleValue()).as(profile.name()).isEqualTo(profile.pixelRatio());
                Object touch = js.executeScript("return navigator.maxTouchPoints > 0");
                assertThat(touch).as(profile.name()).isEqualTo(profile.mobile());
            } finally {
                driver.quit();
            }
        }
    }
}
