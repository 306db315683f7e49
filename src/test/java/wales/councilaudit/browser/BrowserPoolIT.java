package wales.councilaudit.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import wales.councilaudit.browser.PageOutcome.Done;
import wales.councilaudit.browser.PageOutcome.Failed;
import wales.councilaudit.net.ResolveRule;

/** The pool against a local site: profiles, --resolve, timeouts, recycling and concurrency. Fresh pool per test. */
class BrowserPoolIT {

    private static final PageWork<String> TITLE = (driver, page) -> driver.getTitle();

    private TestPages site;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Chromium.installed(), "Chromium and ChromeDriver are not installed");
        site = new TestPages();
    }

    @AfterEach
    void stop() {
        if (site != null) {
            site.close();
        }
    }

    /** What a page sees of the browser. */
    record Seen(int width, int height, double ratio, boolean touch, String userAgent) {}

    @Test
    void theShippedProfilesGiveTheirViewportPixelRatioTouchAndUserAgent() throws Exception {
        PageWork<Seen> look = (driver, page) -> {
            Map<?, ?> m = (Map<?, ?>) ((JavascriptExecutor) driver)
                    .executeScript("return {w: window.innerWidth, h: window.innerHeight, r: window.devicePixelRatio,"
                            + " t: navigator.maxTouchPoints > 0, ua: navigator.userAgent}");
            return new Seen(
                    ((Number) m.get("w")).intValue(),
                    ((Number) m.get("h")).intValue(),
                    ((Number) m.get("r")).doubleValue(),
                    (Boolean) m.get("t"),
                    (String) m.get("ua"));
        };
        BrowserProfile desktop = BrowserProfiles.find(BrowserProfiles.DEFAULT_FOLDER, "desktop");
        BrowserProfile mobile = BrowserProfiles.find(BrowserProfiles.DEFAULT_FOLDER, "mobile");
        try (BrowserPool pool = BrowserPool.open(BrowserSettings.defaults().withSessions(1))) {
            Seen d = done(pool.visit(desktop, site.page("desktop"), look));
            Seen m = done(pool.visit(mobile, site.page("mobile"), look));

            assertThat(d.width()).isEqualTo(1366);
            assertThat(d.ratio()).isEqualTo(1.0);
            assertThat(d.touch()).isFalse();
            assertThat(m).isEqualTo(new Seen(390, 844, 3.0, true, mobile.userAgent()));
            assertThat(site.requests())
                    .filteredOn(r -> r.path().equals("/page/mobile"))
                    .extracting(TestPages.Request::userAgent)
                    .containsOnly(mobile.userAgent());
            assertThat(pool.stats().sessionsEvicted())
                    .as("one session allowed: the desktop one made room for mobile")
                    .isEqualTo(1);
            assertThat(pool.chromiumVersion())
                    .hasValueSatisfying(v -> assertThat(v).matches("\\d+\\.\\d+.*"));
        }
    }

    @Test
    void resolveRulesTakeChromiumToAMadeUpHostName() throws Exception {
        BrowserSettings settings = BrowserSettings.defaults()
                .withSessions(1)
                .withResolve(List.of(ResolveRule.parse("*.example-council.test=127.0.0.1")));
        URI page = URI.create("http://www.example-council.test:" + site.port() + "/page/resolved");
        try (BrowserPool pool = BrowserPool.open(settings)) {
            assertThat(done(pool.visit(BrowserProfile.DESKTOP, page, TITLE))).isEqualTo("resolved");
        }
        assertThat(site.requests())
                .extracting(TestPages.Request::host)
                .contains("www.example-council.test:" + site.port());
    }

    @Test
    void aPageThatNeverFinishesTimesOutAndTheNextPageStillLoads() {
        BrowserSettings settings =
                BrowserSettings.defaults().withSessions(1).withPageLoadTimeout(Duration.ofSeconds(2));
        try (BrowserPool pool = BrowserPool.open(settings)) {
            PageOutcome<String> slow = pool.visit(BrowserProfile.DESKTOP, site.slow(), TITLE);
            PageOutcome<String> next = pool.visit(BrowserProfile.DESKTOP, site.page("after"), TITLE);

            assertThat(slow).isInstanceOfSatisfying(Failed.class, f -> {
                assertThat(f.kind()).isEqualTo(FailureKind.PAGE_LOAD_TIMEOUT);
                assertThat(f.attempts()).isEqualTo(1);
            });
            assertThat(done(next)).isEqualTo("after");
            assertThat(pool.stats().sessionsStarted())
                    .as("a timeout keeps the session")
                    .isEqualTo(1);
        }
    }

    @Test
    void aNameThatDoesNotResolveIsANavigationErrorNotACrash() {
        URI nowhere = URI.create("http://no-such-host.invalid/");
        try (BrowserPool pool = BrowserPool.open(BrowserSettings.defaults().withSessions(1))) {
            PageOutcome<String> outcome = pool.visit(BrowserProfile.DESKTOP, nowhere, TITLE);

            assertThat(outcome).isInstanceOfSatisfying(Failed.class, f -> {
                assertThat(f.kind()).isEqualTo(FailureKind.NAVIGATION_ERROR);
                assertThat(f.attempts()).isEqualTo(1);
            });
            assertThat(done(pool.visit(BrowserProfile.DESKTOP, site.page("ok"), TITLE)))
                    .isEqualTo("ok");
        }
    }

    @Test
    void workThatThrowsIsWorkFailedAndTheSessionLivesOn() {
        try (BrowserPool pool = BrowserPool.open(BrowserSettings.defaults().withSessions(1))) {
            PageOutcome<String> outcome = pool.visit(BrowserProfile.DESKTOP, site.page("a"), (driver, page) -> {
                throw new IllegalStateException("the work's own bug");
            });
            assertThat(outcome).isInstanceOfSatisfying(Failed.class, f -> {
                assertThat(f.kind()).isEqualTo(FailureKind.WORK_FAILED);
                assertThat(f.message()).contains("the work's own bug");
            });
            assertThat(done(pool.visit(BrowserProfile.DESKTOP, site.page("b"), TITLE)))
                    .isEqualTo("b");
            assertThat(pool.stats().sessionsStarted()).isEqualTo(1);
        }
    }

    @Test
    void aSessionIsRecycledAfterItsPagesAndItsFolderDeleted() {
        List<Path> folders = new ArrayList<>();
        PageWork<String> titleAndFolder = (driver, page) -> {
            folders.add(BrowserProcesses.userDataDir(driver));
            return driver.getTitle();
        };
        try (BrowserPool pool =
                BrowserPool.open(BrowserSettings.defaults().withSessions(1).withRecycleAfter(2))) {
            for (int i = 1; i <= 5; i++) {
                assertThat(done(pool.visit(BrowserProfile.DESKTOP, site.page("p" + i), titleAndFolder)))
                        .isEqualTo("p" + i);
            }
            assertThat(pool.stats().sessionsStarted()).isEqualTo(3);
            assertThat(pool.stats().sessionsRecycled()).isEqualTo(2);
            assertThat(folders.stream().distinct()).hasSize(3);
        }
        assertThat(folders).allSatisfy(folder -> assertThat(folder.getParent()).doesNotExist());
    }

    @Test
    void twoSessionsServeFourThreadsAndEveryPageIsDone() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (BrowserPool pool = BrowserPool.open(BrowserSettings.defaults().withSessions(2))) {
            List<Future<PageOutcome<String>>> futures = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                URI page = site.page("c" + i);
                futures.add(threads.submit(() -> pool.visit(BrowserProfile.DESKTOP, page, TITLE)));
            }
            for (int i = 1; i <= 8; i++) {
                assertThat(done(futures.get(i - 1).get(2, TimeUnit.MINUTES))).isEqualTo("c" + i);
            }
            assertThat(pool.stats().sessionsStarted()).isBetween(1, 2);
        } finally {
            threads.shutdownNow();
        }
    }

    static <T> T done(PageOutcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Done.class);
        return ((Done<T>) outcome).value();
    }
}
