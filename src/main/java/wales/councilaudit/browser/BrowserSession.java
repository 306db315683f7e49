package wales.councilaudit.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live browser session of the pool: its driver, the profile it presents, how many pages it has loaded and, for a
 * local session, the temporary folder holding its HOME, TMPDIR and Chromium profile. Used by one thread at a time
 * (the pool hands it out); {@link #quit()} may be called once, by the pool.
 */
final class BrowserSession {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserSession.class);
    private static final Duration EXIT_WAIT = Duration.ofSeconds(5);

    private final int id;
    private final BrowserProfile profile;
    private final WebDriver driver;
    private final Optional<Path> home;
    private int pages;

    /**
     * @param id the pool's number for the session, from 1, for logs
     * @param home the local session's temporary folder, deleted by {@link #quit()}; empty for a Grid session
     */
    BrowserSession(int id, BrowserProfile profile, WebDriver driver, Optional<Path> home) {
        this.id = id;
        this.profile = profile;
        this.driver = driver;
        this.home = home;
    }

    /** The same session driven through another driver (the guarded decoration of this one's). */
    BrowserSession withDriver(WebDriver decorated) {
        return new BrowserSession(id, profile, decorated, home);
    }

    int id() {
        return id;
    }

    BrowserProfile profile() {
        return profile;
    }

    WebDriver driver() {
        return driver;
    }

    /** Pages loaded (navigations started) so far. */
    int pages() {
        return pages;
    }

    void countPage() {
        pages++;
    }

    /** The browser's version from the session's capabilities, such as {@code 156.0.7435.2}; empty if unknown. */
    String browserVersion() {
        if (driver instanceof HasCapabilities c) {
            String version = c.getCapabilities().getBrowserVersion();
            return version == null ? "" : version;
        }
        return "";
    }

    /**
     * Whether the browser and driver still answer: asks for the current window's handle. A crashed browser, a
     * deleted session or a dead driver all throw, whatever their message says.
     */
    boolean alive() {
        try {
            driver.getWindowHandle();
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    /**
     * Quits the session, whatever state it is in, then (for a local session) ends any Chromium process still using
     * its profile folder (a browser orphaned by a dead ChromeDriver) and deletes the folder. Never throws.
     */
    void quit() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            LOG.debug("session {} ({}) did not quit cleanly: {}", id, profile.name(), e.toString());
        }
        home.ifPresent(folder -> cleanUp(id, folder));
    }

    /**
     * Ends any process still using a local session's folder and deletes the folder. Never throws.
     *
     * @param id the session's number, for logs
     * @param folder the session's temporary folder
     */
    static void cleanUp(int id, Path folder) {
        endProcessesUsing(id, folder);
        deleteTree(id, folder);
    }

    /**
     * Ends, by process id, the processes started with this session's {@code --user-data-dir} (a browser, and its
     * helpers, orphaned by a dead ChromeDriver). The folder is unique to the session, so no other process matches.
     */
    private static void endProcessesUsing(int id, Path folder) {
        String marker = "--user-data-dir=" + Chromium.userDataDir(folder);
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> List.of(a).contains(marker))
                        .orElse(false))
                .toList();
        for (ProcessHandle process : leftovers) {
            LOG.debug("session {}: ending leftover process {}", id, process.pid());
            process.destroyForcibly();
        }
        for (ProcessHandle process : leftovers) {
            try {
                process.onExit().get(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("session {}: process {} did not end within {}", id, process.pid(), EXIT_WAIT);
            }
        }
    }

    private static void deleteTree(int id, Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException | RuntimeException e) {
            LOG.warn("session {}: could not delete its temporary folder {}: {}", id, folder, e.toString());
        }
    }
}
