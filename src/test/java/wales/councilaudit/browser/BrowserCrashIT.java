package wales.councilaudit.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import wales.councilaudit.browser.PageOutcome.Done;

/**
 * The done-when: killing the browser (or ChromeDriver) in the middle of a scan costs one retried page, not
 * the run. The processes are found among this JVM's descendants by the session's {@code --user-data-dir}.
 */
class BrowserCrashIT {

    private static final int PAGES = 6;

    private TestPages site;
    private BrowserPool pool;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Chromium.installed(), "Chromium and ChromeDriver are not installed");
        site = new TestPages();
        pool = BrowserPool.open(BrowserSettings.defaults().withSessions(1));
    }

    @AfterEach
    void stop() {
        if (pool != null) {
            pool.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void killingTheBrowserWhileAPageIsWorkedOnCostsOneRetriedPage() throws Exception {
        List<Path> folders = new ArrayList<>();
        List<PageOutcome<String>> outcomes = scan((driver, page, first) -> {
            folders.add(BrowserProcesses.userDataDir(driver));
            if (page.getPath().endsWith("/p3") && first) {
                kill(BrowserProcesses.browser(driver));
            }
            return driver.getTitle(); // fails on the dead browser
        });

        assertEveryPageDoneAndOnlyP3Retried(outcomes);
        assertThat(pool.stats().sessionsReplaced()).isEqualTo(1);
        pool.close();
        assertThat(folders.stream().distinct()).hasSize(2);
        assertThat(folders).allSatisfy(folder -> assertThat(folder.getParent()).doesNotExist());
    }

    @Test
    void killingChromeDriverBetweenPagesCostsOneRetriedPage() throws Exception {
        List<Path> killed = new ArrayList<>();
        List<PageOutcome<String>> outcomes = scan((driver, page, first) -> {
            String title = driver.getTitle();
            if (page.getPath().endsWith("/p2") && first) {
                killed.add(BrowserProcesses.userDataDir(driver).getParent());
                kill(BrowserProcesses.chromedriver(driver)); // the next page's navigation finds it dead
            }
            return title;
        });

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Done.class));
        assertThat(outcomes.stream().filter(o -> o.attempts() == 2)).hasSize(1);
        assertThat(outcomes.get(2).attempts()).as("p3, the page after the kill").isEqualTo(2);
        assertThat(pool.stats().sessionsStarted()).isEqualTo(2);
        assertThat(processesUsing(killed.get(0)))
                .as("the orphaned browser and its helpers were ended")
                .isEmpty();
        assertThat(killed.get(0)).doesNotExist();
    }

    /** Work that knows whether this is the page's first attempt. */
    interface Step {
        String apply(WebDriver driver, URI page, boolean firstAttempt) throws Exception;
    }

    /** Visits p1..p6 in order, telling the work whether it has seen the page before. */
    private List<PageOutcome<String>> scan(Step step) {
        List<URI> seen = new ArrayList<>();
        List<PageOutcome<String>> outcomes = new ArrayList<>();
        for (int i = 1; i <= PAGES; i++) {
            outcomes.add(pool.visit(BrowserProfile.DESKTOP, site.page("p" + i), (driver, page) -> {
                boolean first = !seen.contains(page);
                seen.add(page);
                return step.apply(driver, page, first);
            }));
        }
        return outcomes;
    }

    private void assertEveryPageDoneAndOnlyP3Retried(List<PageOutcome<String>> outcomes) {
        for (int i = 0; i < PAGES; i++) {
            PageOutcome<String> outcome = outcomes.get(i);
            assertThat(outcome).as("p" + (i + 1)).isInstanceOf(Done.class);
            assertThat(((Done<String>) outcome).value()).isEqualTo("p" + (i + 1));
            assertThat(outcome.attempts()).as("attempts of p" + (i + 1)).isEqualTo(i == 2 ? 2 : 1);
        }
        assertThat(pool.stats().retries()).isEqualTo(1);
        assertThat(pool.stats().sessionsStarted()).isEqualTo(2);
    }

    /** Kills the process and waits (with a timeout) until it is gone. */
    private static void kill(ProcessHandle process) throws Exception {
        assertThat(process.destroyForcibly()).isTrue();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Processes whose arguments name a path inside {@code folder}. */
    private static List<String> processesUsing(Path folder) {
        String inside = folder + "/";
        return ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .filter(line -> line.contains(inside))
                .toList();
    }
}
