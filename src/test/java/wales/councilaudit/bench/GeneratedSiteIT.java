package wales.councilaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated site served on 127.0.0.1: pages, robots.txt, 404s and the request counts. */
class GeneratedSiteIT {

    private static GeneratedSite site;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        site = GeneratedSite.start(300);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(site.seed().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSamePageEveryTimeAsHtmlInUtf8() throws Exception {
        HttpResponse<String> first = get("/p/5.html");
        HttpResponse<String> second = get("/p/5.html");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(first.body())
                .isEqualTo(second.body())
                .isEqualTo(site.html(5))
                .contains("lang=\"en\"", "©");
        assertThat(get("/").body()).isEqualTo(site.html(0));
        assertThat(get("/p/299.html").statusCode()).isEqualTo(200);
    }

    @Test
    void anotherSiteOfTheSameSizeServesTheSameBytes() throws Exception {
        try (GeneratedSite other = GeneratedSite.start(300)) {
            HttpResponse<String> page = CLIENT.send(
                    HttpRequest.newBuilder(other.pageUri(123)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).isEqualTo(get("/p/123.html").body());
        }
    }

    @Test
    void robotsTxtAllowsEverything() throws Exception {
        HttpResponse<String> robots = get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(robots.body()).isEqualTo("User-agent: *\nAllow: /\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nope", "/p/300.html", "/p/0.html", "/p/007.html", "/p/5.html?x=1", "/favicon.ico"})
    void unknownPathsAre404(String path) throws Exception {
        long before = site.notFound();
        HttpResponse<String> answer = get(path);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(site.notFound()).isGreaterThan(before);
    }

    @Test
    void countsTheRequestsItServes() throws Exception {
        try (GeneratedSite counted = GeneratedSite.start(20)) {
            for (String path : new String[] {"/", "/p/1.html", "/p/19.html", "/robots.txt", "/p/20.html"}) {
                CLIENT.send(
                        HttpRequest.newBuilder(counted.seed().resolve(path)).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            assertThat(counted.requests()).isEqualTo(5);
            assertThat(counted.pageAnswers()).isEqualTo(3);
            assertThat(counted.notFound()).isEqualTo(1);
        }
    }

    @Test
    void namesItsPages() {
        assertThat(site.seed()).isEqualTo(URI.create("http://127.0.0.1:" + site.port() + "/"));
        assertThat(site.pageUri(7)).isEqualTo(site.seed().resolve("/p/7.html"));
        assertThat(site.pageNumber(site.pageUri(7))).contains(7);
        assertThat(site.pageNumber(site.seed())).contains(0);
        assertThat(site.pageNumber(URI.create("http://localhost:" + site.port() + "/p/7.html")))
                .isEmpty();
    }
}
