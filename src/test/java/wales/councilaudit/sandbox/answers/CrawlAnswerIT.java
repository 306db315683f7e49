package wales.councilaudit.sandbox.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wales.councilaudit.json.Json;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.sandbox.SandboxWales;
import wales.councilaudit.sandbox.answers.CrawlAnswer.Address;
import wales.councilaudit.sandbox.profile.CrawlPlant;

/**
 * The answer key's crawl section agrees with Sandbox Wales served for real: over HTTP, with the Host header, as a
 * bot (our User-Agent) unless a test says otherwise.
 */
class CrawlAnswerIT {

    private static final String BOT_UA = "council-audit/test (+https://example.org/)";
    private static final String BROWSER_UA =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

    private static SandboxWales sandbox;
    private static AnswerKey key;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        sandbox = SandboxWales.start(RegistryLoader.bundled(), 0);
        key = AnswerKey.of(sandbox);
        client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    static Stream<String> councils() {
        return RegistryLoader.bundled().councils().stream().map(Council::id);
    }

    private static Optional<CrawlAnswer> crawl(String council) {
        return key.council(council).orElseThrow().crawl();
    }

    @Test
    void theKeyOfARunningSandboxIsTheKeyOfItsRegistryWhateverThePort() throws Exception {
        assertThat(Json.mapper().writeValueAsString(key))
                .isEqualTo(Json.mapper().writeValueAsString(AnswerKey.of(RegistryLoader.bundled())));
    }

    @Test
    void theJsonHoldsTheCrawlSection() {
        JsonNode json = Json.mapper().valueToTree(key);
        for (JsonNode council : json.get("councils")) {
            String id = council.get("council").asText();
            if (council.get("status").asText().equals("UNREACHABLE")) {
                assertThat(council.has("crawl")).as(id).isFalse();
            } else {
                JsonNode crawl = council.get("crawl");
                assertThat(crawl).as(id).isNotNull();
                assertThat(crawl.get("blocked").asBoolean())
                        .isEqualTo(council.get("status").asText().equals("BLOCKED"));
                assertThat(crawl.get("homeHost").asText()).isNotEmpty();
                assertThat(crawl.get("welshTwins").get("englishPages").isInt()).isTrue();
                for (String list :
                        List.of("hosts", "brokenLinks", "pdfs", "calendars", "redirects", "robotsDisallow")) {
                    assertThat(crawl.get(list).isArray()).as(id + " " + list).isTrue();
                }
            }
        }
        JsonNode cardiff = json.get("councils").get(13);
        assertThat(cardiff.get("council").asText()).isEqualTo("cardiff");
        assertThat(cardiff.get("crawl")
                        .get("brokenLinks")
                        .get(0)
                        .get("target")
                        .get("path")
                        .asText())
                .isEqualTo("/archive/retired-page-0");
        assertThat(cardiff.get("crawl").get("sitemap").asText()).isEqualTo("INDEX");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("councils")
    void theHomePageIsWhereTheRegistrysHomepageLands(String council) throws Exception {
        Optional<CrawlAnswer> crawl = crawl(council);
        URI start = sandbox.registry().find(council).orElseThrow().homepage().en();
        Address at = new Address(start.getHost(), start.getRawPath());
        HttpResponse<byte[]> response = get(at, BOT_UA);
        for (int hops = 0; hops < 3 && response.statusCode() == 301; hops++) {
            at = resolve(at, response.headers().firstValue("Location").orElseThrow());
            response = get(at, BOT_UA);
        }
        if (crawl.isEmpty()) {
            assertThat(response.statusCode()).as(council).isNotEqualTo(200);
            return;
        }
        assertThat(at).isEqualTo(new Address(crawl.get().homeHost(), crawl.get().homePath()));
        assertThat(crawl.get().hosts()).startsWith(crawl.get().homeHost());
        if (crawl.get().blocked()) {
            CrawlAnswer.Refusal refusal = crawl.get().refusal().orElseThrow();
            assertThat(refusal.address()).isEqualTo(at);
            assertThat(response.statusCode()).isEqualTo(refusal.status()).isEqualTo(403);
            assertThat(get(refusal.address(), BROWSER_UA).statusCode())
                    .as("a regular browser still sees it")
                    .isEqualTo(200);
            assertThat(get(new Address(refusal.address().host(), "/robots.txt"), BOT_UA)
                            .statusCode())
                    .isEqualTo(403);
        } else {
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("councils")
    void everyBrokenLinkAnswersItsErrorAndEveryListedPageLinksToIt(String council) throws Exception {
        for (CrawlAnswer.BrokenLink broken :
                crawl(council).map(CrawlAnswer::brokenLinks).orElse(List.of())) {
            assertThat(get(broken.target(), BOT_UA).statusCode())
                    .as(broken.target().toString())
                    .isEqualTo(broken.status());
            assertThat(broken.linkedFrom()).isNotEmpty();
            for (Address page : broken.linkedFrom()) {
                assertThat(links(page)).as("links on " + page).contains(broken.target());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("councils")
    void everyPdfIsAPdfAndEveryRedirectLeadsWhereTheKeySays(String council) throws Exception {
        Optional<CrawlAnswer> crawl = crawl(council);
        for (Address pdf : crawl.map(CrawlAnswer::pdfs).orElse(List.of())) {
            HttpResponse<byte[]> response = get(pdf, BOT_UA);
            assertThat(response.statusCode()).as(pdf.toString()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(response.body(), StandardCharsets.US_ASCII)).startsWith("%PDF-");
        }
        for (CrawlAnswer.Redirect redirect : crawl.map(CrawlAnswer::redirects).orElse(List.of())) {
            HttpResponse<byte[]> response = get(redirect.from(), BOT_UA);
            assertThat(response.statusCode()).as(redirect.from().toString()).isEqualTo(redirect.status());
            String location = response.headers().firstValue("Location").orElseThrow();
            assertThat(resolve(redirect.from(), location)).isEqualTo(redirect.to());
            assertThat(get(redirect.to(), BOT_UA).statusCode()).isEqualTo(200);
            for (Address page : redirect.linkedFrom()) {
                assertThat(links(page)).as("links on " + page).contains(redirect.from());
            }
        }
        for (Address calendar : crawl.map(CrawlAnswer::calendars).orElse(List.of())) {
            assertThat(links(calendar)).as("the calendar goes on").anySatisfy(a -> assertThat(a.path())
                    .startsWith("/events?month="));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("councils")
    void robotsSitemapsLegacyCharsetAndWelshTwinsAreAsTheKeySays(String council) throws Exception {
        Optional<CrawlAnswer> found = crawl(council).filter(c -> !c.blocked());
        if (found.isEmpty()) {
            return;
        }
        CrawlAnswer crawl = found.get();
        for (String host : crawl.hosts()) {
            String robots = text(get(new Address(host, "/robots.txt"), BOT_UA));
            crawl.robotsDisallow().forEach(path -> assertThat(robots).contains("Disallow: " + path + "\n"));
            assertThat(robots.contains("Crawl-delay: " + crawl.crawlDelaySeconds() + "\n"))
                    .isEqualTo(crawl.crawlDelaySeconds() > 0);
            assertThat(robots.contains("Sitemap: ")).isEqualTo(crawl.sitemap() != CrawlPlant.Sitemap.NONE);
            crawl.sitemapPath().ifPresent(path -> assertThat(robots)
                    .contains("Sitemap: http://" + host + ":" + sandbox.port() + path + "\n"));
        }
        CrawlAnswer.WelshTwins twins = crawl.welshTwins();
        String home = crawl.homeHost();
        switch (crawl.sitemap()) {
            case PLAIN ->
                assertThat(urls(new Address(home, "/sitemap.xml")))
                        .isEqualTo(twins.englishPages() + twins.withWelshTwin());
            case INDEX -> {
                assertThat(urls(new Address(home, "/sitemap-en.xml"))).isEqualTo(twins.englishPages());
                assertThat(urls(new Address(home, "/sitemap-cy.xml"))).isEqualTo(twins.withWelshTwin());
            }
            case NONE ->
                assertThat(get(new Address(home, "/sitemap.xml"), BOT_UA).statusCode())
                        .isEqualTo(404);
        }
        for (Address missing : twins.missingTwins()) {
            assertThat(text(get(missing, BOT_UA))).doesNotContain("<link rel=\"alternate\" hreflang=\"cy\"");
        }
        if (twins.example().isPresent()) {
            CrawlAnswer.Twin twin = twins.example().get();
            assertThat(text(get(twin.english(), BOT_UA)))
                    .contains("<link rel=\"alternate\" hreflang=\"cy\" href=\"http://"
                            + twin.welsh().host() + ":" + sandbox.port()
                            + twin.welsh().path().replace("&", "&amp;") + "\"");
            assertThat(get(twin.welsh(), BOT_UA).statusCode()).isEqualTo(200);
        }
        if (crawl.legacyCharsetPage().isPresent()) {
            CrawlAnswer.LegacyPage legacy = crawl.legacyCharsetPage().get();
            HttpResponse<byte[]> response = get(legacy.address(), BOT_UA);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("text/html; charset=" + legacy.charset());
            assertThat(new String(response.body(), java.nio.charset.Charset.forName(legacy.charset())))
                    .contains(legacy.text());
        }
    }

    private static int urls(Address sitemap) throws Exception {
        HttpResponse<byte[]> response = get(sitemap, BOT_UA);
        assertThat(response.statusCode()).as(sitemap.toString()).isEqualTo(200);
        return text(response).split("<url>", -1).length - 1;
    }

    /** The addresses a page links to ({@code a href}) on any host, resolved. */
    private static Set<Address> links(Address page) throws Exception {
        HttpResponse<byte[]> response = get(page, BOT_UA);
        assertThat(response.statusCode()).as(page.toString()).isEqualTo(200);
        String base = "http://" + page.host() + ":" + sandbox.port() + page.path();
        return Jsoup.parse(text(response), base).select("a[href]").stream()
                .map(a -> a.absUrl("href"))
                .filter(url -> url.startsWith("http://"))
                .map(url -> resolve(page, url))
                .collect(Collectors.toSet());
    }

    private static Address resolve(Address from, String location) {
        URI uri = URI.create("http://" + from.host() + ":" + sandbox.port() + from.path())
                .resolve(location);
        return new Address(
                uri.getHost(), uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private static String text(HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        return new String(response.body(), SiteWalk.charset(type));
    }

    private static HttpResponse<byte[]> get(Address address, String userAgent) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sandbox.port() + address.path()))
                .header("Host", address.host())
                .header("User-Agent", userAgent)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
