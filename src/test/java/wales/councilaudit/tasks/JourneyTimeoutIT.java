package wales.councilaudit.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.accessibility.AxeScanner;
import wales.councilaudit.accessibility.ConsentStrategyLoader;
import wales.councilaudit.accessibility.KeyboardProbe;
import wales.councilaudit.accessibility.PageScanner;
import wales.councilaudit.browser.BrowserPool;
import wales.councilaudit.browser.BrowserProfile;
import wales.councilaudit.browser.BrowserSettings;
import wales.councilaudit.browser.Chromium;
import wales.councilaudit.browser.SubmitGuard;
import wales.councilaudit.net.ResolveRule;

/**
 * A site that stops answering mid-journey: the bins section never answers, so the missed-bin journey fails at that
 * step (recorded with its address and why), and the suite goes on to the next journey, which ends normally.
 */
class JourneyTimeoutIT {

    @TempDir
    Path evidence;

    private HttpServer server;
    private BrowserPool pool;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/bins")) {
                try {
                    release.await(60, TimeUnit.SECONDS); // a site that hangs until the test ends
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String body = "<!doctype html><html lang=en><title>Home</title><body><main><h1>Home</h1><ul>"
                    + "<li><a href=\"/bins\">Bins and recycling</a></li>"
                    + "<li><a href=\"/libraries\">Libraries</a></li></ul></main></body></html>";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        pool = BrowserPool.open(
                BrowserSettings.defaults()
                        .withSessions(1)
                        .withPageLoadTimeout(Duration.ofSeconds(3))
                        .withResolve(List.of(new ResolveRule("www.slow.test", InetAddress.getLoopbackAddress()))),
                SubmitGuard.refuseAll());
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (pool != null) {
            pool.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aPageThatTimesOutFailsTheJourneyAtThatStepAndTheSuiteGoesOn() {
        List<TaskScript> scripts = TaskScripts.bundled().stream()
                .filter(s -> Set.of("missed-bin", "library-renewal").contains(s.id()))
                .toList();
        PageScanner scanner = new PageScanner(
                new AxeScanner(Duration.ofSeconds(30)), KeyboardProbe.defaults(), ConsentStrategyLoader.bundled());
        URI home = URI.create("http://www.slow.test:" + server.getAddress().getPort() + "/");
        CouncilTasks result = new TaskSuite(pool, scripts, scanner, evidence)
                .run(home, List.of(), List.of(BrowserProfile.DESKTOP), Set.of(Lang.EN), j -> {});
        Map<String, Journey> byTask = result.journeys().stream().collect(Collectors.toMap(Journey::taskId, j -> j));
        Journey bins = byTask.get("missed-bin");
        assertThat(bins.outcome()).isEqualTo(Journey.Outcome.FAILED);
        JourneyStep last = bins.steps().get(bins.steps().size() - 1);
        assertThat(last.url()).endsWith("/bins");
        assertThat(last.failure()).hasValue("the page did not load in time (twice)");
        assertThat(byTask.get("library-renewal").outcome()).isNotEqualTo(Journey.Outcome.FAILED);
        assertThat(result.tasks().get(0).answers()).hasSize(9);
    }
}
