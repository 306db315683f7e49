package wales.councilaudit.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static wales.councilaudit.crawl.CrawlHarness.endMillis;
import static wales.councilaudit.crawl.CrawlHarness.page;
import static wales.councilaudit.crawl.CrawlHarness.startMillis;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.StoreConfig;

/**
 * The crawl engine's politeness, proved from WireMock's request journal: a 429's {@code Retry-After}, robots.txt
 * {@code Disallow} and {@code Crawl-delay}. Only lower bounds on the gaps are asserted: a loaded machine makes gaps
 * longer, never shorter. The server's times are whole milliseconds, so a gap measured from the end of a response
 * may read up to 2 ms short of the client's.
 */
class CrawlPolitenessIT {

    private static final String HOST = "www.polite.gov.wales";

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

    @Test
    void a429WithRetryAfterOneSecondHoldsTheHostBackASecondAndTheUrlEndsDone200() throws Exception {
        CrawlHarness h = new CrawlHarness(site, store).limits(CrawlHarness.LIMITS.withThreads(2));
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        h.serve(HOST, "/", page("Hafan", "/busy", "/a", "/b"));
        site.stubFor(get("/busy")
                .withHost(equalTo(HOST))
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("ready"));
        site.stubFor(get("/busy")
                .withHost(equalTo(HOST))
                .inScenario("busy")
                .whenScenarioStateIs("ready")
                .willReturn(page("Ready")));
        h.serve(HOST, "/a", page("A"));
        h.serve(HOST, "/b", page("B"));

        CrawlHarness.Crawled crawled = h.crawl(h.council("polite", HOST, Optional.empty()));

        List<ServeEvent> events = h.journal(HOST);
        int throttled = indexOf(events, "/busy", 429);
        ServeEvent tooMany = events.get(throttled);
        List<ServeEvent> after = events.subList(throttled + 1, events.size());
        assertThat(after).extracting(e -> e.getRequest().getUrl()).contains("/busy");
        List<Long> startGaps = new ArrayList<>();
        List<Long> endGaps = new ArrayList<>();
        for (ServeEvent next : after) {
            startGaps.add(startMillis(next) - startMillis(tooMany));
            endGaps.add(startMillis(next) - endMillis(tooMany));
        }
        System.out.println("CrawlPolitenessIT: after the 429 with Retry-After: 1, the host's next requests "
                + after.stream().map(e -> e.getRequest().getUrl()).toList() + " came (ms after its start) "
                + startGaps + ", (ms after its end) " + endGaps);
        // no request to the host within the second asked for, the retry of /busy included
        assertThat(startGaps).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(1_000));
        assertThat(endGaps).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(998));
        ServeEvent retry = events.get(indexOf(events, "/busy", 200));
        assertThat(startMillis(retry) - endMillis(tooMany)).isGreaterThanOrEqualTo(998);

        StoredPage busy = crawled.at(h.url(HOST, "/busy"));
        assertThat(busy.record().state()).isEqualTo(UrlState.DONE);
        assertThat(busy.record().status()).isEqualTo(200);
        assertThat(busy.record().title()).isEqualTo("Ready");
        assertThat(busy.attempts()).isEqualTo(1);
        assertThat(crawled.summary().statuses()).containsEntry("200", 4L).doesNotContainKey("429");
    }

    @Test
    void a429OnEveryAttemptIsRecordedAs429AfterTheLastAttempt() throws Exception {
        CrawlHarness h = new CrawlHarness(site, store)
                .politeness(CrawlHarness.NO_DELAY.withBackoff(
                        java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(200)));
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        h.serve(HOST, "/", page("Hafan", "/busy", "/a"));
        h.serve(HOST, "/busy", aResponse().withStatus(429));
        h.serve(HOST, "/a", page("A"));

        CrawlHarness.Crawled crawled = h.crawl(h.council("polite", HOST, Optional.empty()));

        StoredPage busy = crawled.at(h.url(HOST, "/busy"));
        assertThat(busy.record().state()).isEqualTo(UrlState.DONE);
        assertThat(busy.record().status()).isEqualTo(429);
        assertThat(busy.attempts()).isEqualTo(CrawlHarness.LIMITS.maxAttempts() - 1);
        assertThat(h.requested(HOST).stream().filter("/busy"::equals)).hasSize(CrawlHarness.LIMITS.maxAttempts());
        assertThat(crawled.at(h.url(HOST, "/a")).record().status()).isEqualTo(200);
    }

    @Test
    void robotsTxtDisallowedUrlsAreNeverRequestedAndAreRecordedDisallowed() throws Exception {
        CrawlHarness h = new CrawlHarness(site, store);
        h.robots(HOST, "User-agent: *\nDisallow: /private\nDisallow: /search\n");
        h.serve(HOST, "/", page("Hafan", "/private", "/private/report.html", "/search?q=bins", "/public"));
        h.serve(HOST, "/public", page("Public", "/search", "/searching", "/private-eye"));
        site.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/(private|search).*"))
                .willReturn(page("Should not be fetched")));

        CrawlHarness.Crawled crawled = h.crawl(h.council("polite", HOST, Optional.empty()));

        List<String> asked = h.requested(HOST);
        assertThat(asked).contains("/robots.txt", "/", "/public");
        assertThat(asked).noneMatch(u -> u.startsWith("/private") || u.startsWith("/search"));
        for (String path : List.of(
                "/private", "/private/report.html", "/search?q=bins", "/search", "/searching", "/private-eye")) {
            PageRecord page = crawled.at(h.url(HOST, path)).record();
            assertThat(page.state()).as(path).isEqualTo(UrlState.DISALLOWED);
            assertThat(page.reason()).as(path).isEqualTo("robots.txt disallows it");
            assertThat(page.status()).as(path).isZero();
        }
        assertThat(crawled.summary().notFetched()).containsEntry("robots.txt disallows it", 6L);
        assertThat(crawled.summary().urls()).containsEntry(UrlState.DISALLOWED, 6L);
        assertThat(crawled.summary().status()).isEqualTo(CrawlStatus.COMPLETE);
    }

    @Test
    void robotsTxtCrawlDelayKeepsEveryRequestToTheHostAtLeastThatFarApart() throws Exception {
        CrawlHarness h = new CrawlHarness(site, store).limits(CrawlHarness.LIMITS.withThreads(2));
        h.robots(HOST, "User-agent: *\nCrawl-delay: 1\nAllow: /\n");
        h.serve(HOST, "/", page("Hafan", "/a", "/b"));
        h.serve(HOST, "/a", page("A"));
        h.serve(HOST, "/b", page("B"));

        CrawlHarness.Crawled crawled = h.crawl(h.council("polite", HOST, Optional.empty()));

        List<ServeEvent> events = h.journal(HOST);
        assertThat(events)
                .extracting(e -> e.getRequest().getUrl())
                .containsExactlyInAnyOrder("/robots.txt", "/sitemap.xml", "/", "/a", "/b");
        List<Long> startGaps = new ArrayList<>();
        List<Long> endGaps = new ArrayList<>();
        for (int i = 1; i < events.size(); i++) {
            startGaps.add(startMillis(events.get(i)) - startMillis(events.get(i - 1)));
            endGaps.add(startMillis(events.get(i)) - endMillis(events.get(i - 1)));
        }
        System.out.println("CrawlPolitenessIT: Crawl-delay: 1, start-to-start gaps (ms) " + startGaps
                + ", end-to-start gaps (ms) " + endGaps);
        assertThat(startGaps).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(1_000));
        assertThat(endGaps).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(998));
        assertThat(crawled.summary().statuses()).containsEntry("200", 3L);
    }

    private static int indexOf(List<ServeEvent> events, String url, int status) {
        for (int i = 0; i < events.size(); i++) {
            ServeEvent e = events.get(i);
            if (e.getRequest().getUrl().equals(url) && e.getResponse().getStatus() == status) {
                return i;
            }
        }
        throw new AssertionError("no request for " + url + " answered " + status + " in "
                + events.stream()
                        .map(e ->
                                e.getRequest().getUrl() + " " + e.getResponse().getStatus())
                        .toList());
    }
}
