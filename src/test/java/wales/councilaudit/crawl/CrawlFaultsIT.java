package wales.councilaudit.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static wales.councilaudit.crawl.CrawlHarness.page;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wales.councilaudit.net.FailureKind;
import wales.councilaudit.registry.Council;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.StoreConfig;

/**
 * The crawl engine meets a faulty page: each fault is recorded in the ledger as what happened (the failure's kind,
 * the status that came, or the truncation) and the crawl goes on to the pages linked after it. One worker, so
 * the faulty page is fetched before the pages that follow it in the frontier.
 */
class CrawlFaultsIT {

    private static final String HOST = "www.faults.gov.wales";

    /**
     * The response timeout of these crawls: short, so that the slow page costs little, and long enough for a
     * loaded machine to start serving the 10 MB page in time.
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static final long MAX_BYTES = 1024 * 1024;

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @TempDir
    static Path storeDir;

    private static ResultStore store;

    @BeforeAll
    static void openStore() {
        store = ResultStore.open(StoreConfig.embedded(storeDir));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    private CrawlHarness harness() {
        return new CrawlHarness(site, store)
                .timeout(TIMEOUT)
                .limits(CrawlHarness.LIMITS.withThreads(1).withMaxBytesPerPage(MAX_BYTES));
    }

    private Council council(CrawlHarness h) {
        return h.council("faults", HOST, Optional.empty());
    }

    /** A fault served at {@code /fault}, and what its record must say. */
    record FaultCase(String name, ResponseDefinitionBuilder response, Consumer<PageRecord> recorded) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<FaultCase> faults() {
        return Stream.of(
                new FaultCase(
                        "connection reset",
                        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                        page -> assertFailed(page, FailureKind.CONNECT, 0)),
                new FaultCase(
                        "empty reply",
                        aResponse().withFault(Fault.EMPTY_RESPONSE),
                        page -> assertFailed(page, FailureKind.PROTOCOL, 0)),
                new FaultCase(
                        "malformed chunked encoding",
                        aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                        page -> assertFailed(page, FailureKind.PROTOCOL, 200)),
                new FaultCase(
                        "random data, then the connection closed",
                        aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
                        page -> assertFailed(page, FailureKind.PROTOCOL, 0)),
                new FaultCase(
                        "an answer slower than the response timeout",
                        page("Slow").withFixedDelay((int) TIMEOUT.toMillis() * 3),
                        page -> assertFailed(page, FailureKind.TIMEOUT, 0)));
    }

    private static void assertFailed(PageRecord page, FailureKind kind, int status) {
        assertThat(page.state()).isEqualTo(UrlState.DONE);
        assertThat(page.failure()).contains(kind);
        assertThat(page.failureDetail()).isNotBlank();
        assertThat(page.status()).isEqualTo(status);
        assertThat(page.format()).isEmpty();
        assertThat(page.title()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFaultIsRecordedAndThePagesLinkedAfterItAreStillFetched(FaultCase fault) throws Exception {
        CrawlHarness h = harness();
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        h.serve(HOST, "/", page("Home", "/fault", "/next"));
        h.serve(HOST, "/fault", fault.response());
        h.serve(HOST, "/next", page("Next", "/last"));
        h.serve(HOST, "/last", page("Last"));

        CrawlHarness.Crawled crawled = h.crawl(council(h));

        StoredPage faulty = crawled.at(h.url(HOST, "/fault"));
        fault.recorded().accept(faulty.record());
        assertThat(faulty.inLinks()).isEqualTo(1);
        assertThat(faulty.referrers()).containsExactly(h.url(HOST, "/"));
        for (String path : List.of("/", "/next", "/last")) {
            PageRecord page = crawled.at(h.url(HOST, path)).record();
            assertThat(page.state()).as(path).isEqualTo(UrlState.DONE);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.failure()).as(path).isEmpty();
        }
        List<String> asked = h.requested(HOST);
        assertThat(asked).containsSubsequence("/robots.txt", "/", "/fault", "/next", "/last");
        CrawlSummary summary = crawled.summary();
        assertThat(summary.status()).isEqualTo(CrawlStatus.COMPLETE);
        assertThat(summary.failures())
                .containsEntry(faulty.record().failure().orElseThrow().name(), 1L);
        assertThat(summary.statuses()).containsEntry("failed", 1L).containsEntry("200", 3L);
        assertThat(summary.brokenLinks()).isEqualTo(1);
        assertThat(summary.broken()).singleElement().satisfies(broken -> {
            assertThat(broken.url()).isEqualTo(h.url(HOST, "/fault"));
            assertThat(broken.failure())
                    .contains(faulty.record().failure().orElseThrow().name());
        });
        assertThat(summary.urls()).containsEntry(UrlState.DONE, 4L).doesNotContainKey(UrlState.QUEUED);
    }

    @Test
    void aTenMegabytePageIsCutAtTheByteLimitRecordedAsTruncatedAndItsFirstLinksFollowed() throws Exception {
        CrawlHarness h = harness();
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        h.serve(HOST, "/", page("Home", "/big", "/next"));
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        byte[] start = CrawlHarness.html("Big", "/inside-big")
                .replace("</body></html>", "")
                .getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, big, 0, start.length);
        h.serve(
                HOST,
                "/big",
                aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody(big));
        h.serve(HOST, "/inside-big", page("Inside big"));
        h.serve(HOST, "/next", page("Next", "/last"));
        h.serve(HOST, "/last", page("Last"));

        CrawlHarness.Crawled crawled = h.crawl(council(h));

        PageRecord bigPage = crawled.at(h.url(HOST, "/big")).record();
        assertThat(bigPage.state()).isEqualTo(UrlState.DONE);
        assertThat(bigPage.status()).isEqualTo(200);
        assertThat(bigPage.failure()).isEmpty();
        assertThat(bigPage.truncated()).isTrue();
        assertThat(bigPage.bytes()).isEqualTo(MAX_BYTES);
        assertThat(bigPage.reason()).contains("cut short").contains(Long.toString(MAX_BYTES));
        assertThat(bigPage.title()).isEqualTo("Big");
        assertThat(bigPage.outlinks()).isEqualTo(1);
        for (String path : List.of("/inside-big", "/next", "/last")) {
            assertThat(crawled.at(h.url(HOST, path)).record().status()).as(path).isEqualTo(200);
        }
        assertThat(crawled.summary().truncated()).isEqualTo(1);
        assertThat(crawled.summary().status()).isEqualTo(CrawlStatus.COMPLETE);
    }

    @Test
    void aRedirectLoopIsRecordedAndTheCrawlGoesOn() throws Exception {
        CrawlHarness h = harness();
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        h.serve(HOST, "/", page("Home", "/ping", "/next"));
        h.serve(HOST, "/ping", aResponse().withStatus(302).withHeader("Location", "/pong"));
        h.serve(HOST, "/pong", aResponse().withStatus(302).withHeader("Location", "/ping"));
        h.serve(HOST, "/next", page("Next", "/last"));
        h.serve(HOST, "/last", page("Last"));

        CrawlHarness.Crawled crawled = h.crawl(council(h));

        PageRecord loop = crawled.at(h.url(HOST, "/ping")).record();
        assertThat(loop.state()).isEqualTo(UrlState.DONE);
        assertThat(loop.failure()).contains(FailureKind.REDIRECT_LOOP);
        assertThat(loop.failureDetail()).contains("/ping");
        assertThat(loop.status()).isEqualTo(302);
        for (String path : List.of("/next", "/last")) {
            assertThat(crawled.at(h.url(HOST, path)).record().status()).as(path).isEqualTo(200);
        }
        // /next may be fetched between the loop's two requests (two workers): only each chain's order is fixed
        assertThat(h.requested(HOST)).containsSubsequence("/ping", "/pong").containsSubsequence("/next", "/last");
        assertThat(crawled.summary().failures()).containsEntry("REDIRECT_LOOP", 1L);
        assertThat(crawled.summary().status()).isEqualTo(CrawlStatus.COMPLETE);
    }

    /** A page declared ISO-8859-1 in its header, holding â and ô as bytes and ŵ and ŷ as character references. */
    @Test
    void aPageDeclaredIso88591KeepsItsWelshLettersInTheStoredTitle() throws Exception {
        CrawlHarness h = harness();
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        h.serve(HOST, "/", page("Home", "/hen-dudalen", "/next"));
        String title = "Gŵyl y Bala: ŷd, bîn, ôl";
        String html = "<!doctype html><html lang=\"cy\"><head><title>G&#373;yl y Bala: &#375;d, b\u00een, \u00f4l"
                + "</title></head><body><a href=\"/next\">nesaf</a></body></html>";
        h.serve(
                HOST,
                "/hen-dudalen",
                aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html; charset=ISO-8859-1")
                        .withBody(html.getBytes(StandardCharsets.ISO_8859_1)));
        h.serve(HOST, "/next", page("Next"));

        CrawlHarness.Crawled crawled = h.crawl(council(h));

        PageRecord legacy = crawled.at(h.url(HOST, "/hen-dudalen")).record();
        assertThat(legacy.status()).isEqualTo(200);
        assertThat(legacy.title()).isEqualTo(title);
        assertThat(legacy.lang()).isEqualTo("cy");
        assertThat(legacy.contentType()).isEqualTo("text/html");
        assertThat(crawled.at(h.url(HOST, "/next")).inLinks()).isEqualTo(2);
    }

    /** windows-1252 declared only in a {@code <meta>}, no charset in the header. */
    @Test
    void aPageDeclaredWindows1252InItsMetaKeepsItsWelshLettersInTheStoredTitle() throws Exception {
        CrawlHarness h = harness();
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        h.serve(HOST, "/", page("Home", "/hen-dudalen"));
        String html = "<!doctype html><html lang=\"cy\"><head><meta charset=\"windows-1252\">"
                + "<title>\u2018Ffordd Tŷ\u2019 &#8211; Tŵr â</title></head><body></body></html>";
        h.serve(
                HOST,
                "/hen-dudalen",
                aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody(html.replace("ŷ", "&#375;")
                                .replace("ŵ", "&#373;")
                                .getBytes(Charset.forName("windows-1252"))));

        CrawlHarness.Crawled crawled = h.crawl(council(h));

        assertThat(crawled.at(h.url(HOST, "/hen-dudalen")).record().title())
                .isEqualTo("\u2018Ffordd Tŷ\u2019 \u2013 Tŵr â");
    }

    /**
     * A page that says ISO-8859-1 but holds UTF-8 bytes is read as a browser reads it: the header wins, and
     * ISO-8859-1 means windows-1252 (WHATWG). The stored title shows what a reader of the site sees.
     */
    @Test
    void aPageMisdeclaredIso88591IsReadAsABrowserReadsIt() throws Exception {
        CrawlHarness h = harness();
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        h.serve(HOST, "/", page("Home", "/camgyhoeddi"));
        String title = "Tŷ ŵyn";
        h.serve(
                HOST,
                "/camgyhoeddi",
                aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html; charset=ISO-8859-1")
                        .withBody(("<html><title>" + title + "</title></html>").getBytes(StandardCharsets.UTF_8)));

        CrawlHarness.Crawled crawled = h.crawl(council(h));

        String asBrowsersShowIt = new String(title.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(crawled.at(h.url(HOST, "/camgyhoeddi")).record().title()).isEqualTo(asBrowsersShowIt);
    }

    @Test
    void aRobotsTxt5xxLeavesItsHostUnfetchedAndRecordedWhileTheCouncilsOtherHostIsCrawled() throws Exception {
        String welsh = "www.faults.llyw.cymru";
        CrawlHarness h = harness();
        h.serve(HOST, "/robots.txt", aResponse().withStatus(503).withBody("down for maintenance"));
        h.serve(HOST, "/", page("Home", "/a"));
        h.robots(welsh, CrawlHarness.ALLOW_ALL);
        h.serve(welsh, "/", page("Hafan", "/tudalen"));
        h.serve(welsh, "/tudalen", page("Tudalen"));
        Council council = h.council("faults", HOST, Optional.of(welsh));

        CrawlHarness.Crawled crawled = h.crawl(council);

        PageRecord home = crawled.at(h.url(HOST, "/")).record();
        assertThat(home.state()).isEqualTo(UrlState.NOT_FETCHED);
        assertThat(home.reason()).isEqualTo("robots.txt unavailable: HTTP 503");
        assertThat(h.requested(HOST)).containsExactly("/robots.txt");
        assertThat(crawled.at(h.url(welsh, "/tudalen")).record().status()).isEqualTo(200);
        assertThat(h.requested(welsh)).contains("/robots.txt", "/", "/tudalen");
        assertThat(crawled.summary().notFetched()).containsEntry("robots.txt unavailable: HTTP 503", 1L);
        assertThat(crawled.summary().urls()).doesNotContainKey(UrlState.QUEUED);
    }

    @Test
    void aRobotsTxt5xxOnTheOnlyHostEndsTheCrawlUnreachable() throws Exception {
        CrawlHarness h = harness();
        h.serve(HOST, "/robots.txt", aResponse().withStatus(500));
        h.serve(HOST, "/", page("Home", "/a"));

        CrawlHarness.Crawled crawled = h.crawl(council(h));

        assertThat(h.requested(HOST)).containsExactly("/robots.txt");
        assertThat(crawled.at(h.url(HOST, "/")).record().state()).isEqualTo(UrlState.NOT_FETCHED);
        assertThat(crawled.summary().status()).isEqualTo(CrawlStatus.UNREACHABLE);
        assertThat(crawled.summary().evidence()).isEqualTo("robots.txt unavailable: HTTP 500");
        assertThat(crawled.ledger().status()).contains(CrawlStatus.UNREACHABLE);
    }
}
