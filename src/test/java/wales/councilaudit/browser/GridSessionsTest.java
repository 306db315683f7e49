package wales.councilaudit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wales.councilaudit.browser.PageOutcome.Done;
import wales.councilaudit.browser.PageOutcome.Failed;
import wales.councilaudit.net.ResolveRule;

/** The Grid path against a fake Grid on 127.0.0.1 that records what the pool sends (no browser runs). */
class GridSessionsTest {

    private HttpServer grid;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String newSessionBody = "";

    @BeforeEach
    void start() throws IOException {
        grid = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        grid.createContext("/", this::answer);
        grid.start();
    }

    @AfterEach
    void stop() {
        grid.stop(0);
    }

    @Test
    void aGridSessionAsksForTheProfileFlagsAndRulesWithoutLocalPaths() {
        BrowserSettings settings = BrowserSettings.defaults()
                .withSessions(1)
                .withPageLoadTimeout(Duration.ofSeconds(12))
                .withGrid(Optional.of(
                        URI.create("http://127.0.0.1:" + grid.getAddress().getPort())))
                .withResolve(List.of(ResolveRule.parse("*.gov.wales=127.0.0.1")));
        try (BrowserPool pool = BrowserPool.open(settings)) {
            PageOutcome<String> outcome =
                    pool.visit(BrowserProfile.MOBILE, URI.create("https://www.cardiff.gov.wales/"), (d, p) -> "ok");

            assertThat(outcome).isInstanceOf(Done.class);
            assertThat(pool.chromiumVersion()).contains("156.0.1");
        }
        assertThat(newSessionBody)
                .contains("\"browserName\": \"chrome\"")
                .contains("--headless", "--no-sandbox", "--disable-quic")
                .contains("--host-resolver-rules=MAP *.gov.wales 127.0.0.1")
                .contains("\"mobileEmulation\"", "\"pixelRatio\": 3.0", "\"touch\": true", "Pixel 8")
                .contains("\"pageLoad\": 12000")
                .doesNotContain("--user-data-dir", "\"binary\"", "/usr/lib/chromium");
        // the never-submit guard's script is installed through the Grid's CDP endpoint before the first page
        assertThat(requests)
                .containsExactly(
                        "POST /session",
                        "POST /session/fake-1/goog/cdp/execute",
                        "POST /session/fake-1/url",
                        "DELETE /session/fake-1");
    }

    @Test
    void anUnreachableGridMakesThePageBrowserUnavailableAfterOneRetry() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        BrowserSettings settings =
                BrowserSettings.defaults().withGrid(Optional.of(URI.create("http://127.0.0.1:" + closedPort)));
        try (BrowserPool pool = BrowserPool.open(settings)) {
            PageOutcome<String> outcome =
                    pool.visit(BrowserProfile.DESKTOP, URI.create("http://a.test/"), (d, p) -> "");

            assertThat(outcome).isInstanceOfSatisfying(Failed.class, f -> {
                assertThat(f.kind()).isEqualTo(FailureKind.BROWSER_UNAVAILABLE);
                assertThat(f.attempts()).isEqualTo(2);
            });
            assertThat(pool.stats().sessionsStarted()).isZero();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        requests.add(method + " " + path);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String answer = "{\"value\": null}";
        if (method.equals("POST") && path.equals("/session")) {
            newSessionBody = body;
            answer = "{\"value\": {\"sessionId\": \"fake-1\", \"capabilities\": {\"browserName\": \"chrome\","
                    + " \"browserVersion\": \"156.0.1\", \"platformName\": \"linux\"}}}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
