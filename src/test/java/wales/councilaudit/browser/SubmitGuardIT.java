package wales.councilaudit.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import wales.councilaudit.net.ResolveRule;

/**
 * The never-submit guard on a real Chromium: a page on an allow-listed host holds forms posting to a host off the
 * list; whatever the driver or the page's script asks (WebElement.submit, a click on the submit button, Enter in a
 * field, form.submit(), requestSubmit, a POST by fetch, XMLHttpRequest or sendBeacon), no POST reaches the other
 * host, while the same form posting to the allowed host goes through (so the test can see a submission at all).
 */
class SubmitGuardIT {

    private static final String ALLOWED = "council.test";
    private static final String ELSEWHERE = "thirdparty.test";

    private HttpServer server;
    private final List<String> posts = new CopyOnWriteArrayList<>();
    private BrowserPool pool;
    private int port;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String host = exchange.getRequestHeaders().getFirst("Host").replaceAll(":.*", "");
            if (!exchange.getRequestMethod().equals("GET")) {
                posts.add(host + " " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getPath());
            }
            byte[] body = page(exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
        List<ResolveRule> resolve = List.of(
                new ResolveRule(ALLOWED, InetAddress.getLoopbackAddress()),
                new ResolveRule(ELSEWHERE, InetAddress.getLoopbackAddress()));
        BrowserSettings settings = BrowserSettings.defaults()
                .withSessions(1)
                .withResolve(resolve)
                .withPageLoadTimeout(Duration.ofSeconds(20));
        pool = BrowserPool.open(settings, new SubmitGuard(Set.of(ALLOWED)));
    }

    @AfterEach
    void stop() {
        if (pool != null) {
            pool.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private String page(String path) {
        if (!path.equals("/form")) {
            return "<!doctype html><title>done</title><p>done</p>";
        }
        return "<!doctype html><html lang=en><title>form</title><body>"
                + "<form id=off method=post action=\"http://" + ELSEWHERE + ":" + port + "/post\">"
                + "<label for=name>Name</label><input id=name name=name><button id=go type=submit>Submit</button></form>"
                + "<form id=on method=post action=\"http://" + ALLOWED + ":" + port + "/post\">"
                + "<input id=name2 name=name><button id=go2 type=submit>Submit</button></form></body></html>";
    }

    private URI form() {
        return URI.create("http://" + ALLOWED + ":" + port + "/form");
    }

    @Test
    void refusesEveryWayOfSubmittingToAHostOffTheList() {
        PageOutcome<String> outcome = pool.visit(BrowserProfile.DESKTOP, form(), (driver, page) -> {
            assertThatThrownBy(() -> driver.findElement(By.id("off")).submit())
                    .isInstanceOf(SubmissionRefusedException.class)
                    .hasMessageContaining(ELSEWHERE);
            assertThatThrownBy(() -> driver.findElement(By.id("go")).click())
                    .isInstanceOf(SubmissionRefusedException.class);
            assertThatThrownBy(() -> driver.findElement(By.id("name")).sendKeys("x" + Keys.ENTER))
                    .isInstanceOf(SubmissionRefusedException.class);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            // the page's own script asks, bypassing WebDriver: the in-browser layer refuses
            js.executeScript("document.getElementById('off').submit();");
            js.executeScript("document.getElementById('off').requestSubmit();");
            js.executeScript("document.getElementById('go').click();");
            Object fetched = js.executeAsyncScript("var done=arguments[arguments.length-1];"
                    + "fetch('http://" + ELSEWHERE + ":" + port + "/post',{method:'POST',body:'a=1'})"
                    + ".then(function(){done('sent')},function(){done('refused')});");
            assertThat(fetched).isEqualTo("refused");
            Object xhr = js.executeScript("try{var x=new XMLHttpRequest();x.open('POST','http://" + ELSEWHERE + ":"
                    + port + "/post');x.send('a=1');return 'sent';}catch(e){return 'refused';}");
            assertThat(xhr).isEqualTo("refused");
            Object beacon =
                    js.executeScript("return navigator.sendBeacon('http://" + ELSEWHERE + ":" + port + "/b','a');");
            assertThat(beacon).isEqualTo(false);
            assertThat(SubmitGuard.refused(driver)).hasSizeGreaterThanOrEqualTo(5);
            assertThat(driver.getCurrentUrl()).isEqualTo(page.toString());
            // the same form posting to the allowed host goes through
            driver.findElement(By.id("go2")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith("/post"));
            return "ok";
        });
        assertThat(outcome).isInstanceOf(PageOutcome.Done.class);
        assertThat(posts).as("requests that reached the servers").containsExactly(ALLOWED + " POST /post");
    }

    @Test
    void theAllowListMatchesHostsAndWildcards() {
        SubmitGuard guard = new SubmitGuard(Set.of("www.cardiff.gov.uk", "*.sandbox.test"));
        assertThat(guard.allows("WWW.Cardiff.gov.uk")).isTrue();
        assertThat(guard.allows("a.sandbox.test")).isTrue();
        assertThat(guard.allows("sandbox.test")).isFalse();
        assertThat(guard.allows("www.gov.uk")).isFalse();
        assertThat(SubmitGuard.refuseAll().allows("www.cardiff.gov.uk")).isFalse();
    }
}
