package wales.councilaudit.crawl;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static wales.councilaudit.crawl.CrawlHarness.page;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
 * The crawl's limits: the most pages, the deepest click, a calendar trap and a query explosion, and the time
 * limit. What a limit cuts is kept in the ledger as {@code CUT} with its reason and counted in the summary's
 * {@code cut} map by kind; nothing cut is requested.
 */
class CrawlLimitsIT {

    private static final String HOST = "www.limits.gov.wales";

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

    /** The page requests the server saw: everything but robots.txt and the sitemap. */
    private static List<String> pagesRequested(CrawlHarness h) {
        return h.requested(HOST).stream()
                .filter(u -> !u.equals("/robots.txt") && !u.equals("/sitemap.xml"))
                .toList();
    }

    @Test
    void maxPagesStopsTheCrawlAndCutsWhatIsStillQueued() throws Exception {
        CrawlHarness h = new CrawlHarness(site, store)
                .limits(CrawlHarness.LIMITS.withMaxPages(5).withThreads(2));
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        List<String> links = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            links.add("/p" + i);
            h.serve(HOST, "/p" + i, page("Tudalen " + i));
        }
        h.serve(HOST, "/", page("Hafan", links.toArray(String[]::new)));

        CrawlHarness.Crawled crawled = h.crawl(h.council("limits", HOST, Optional.empty()));

        assertThat(pagesRequested(h)).hasSize(5).startsWith("/");
        assertThat(crawled.inState(UrlState.DONE)).hasSize(5);
        assertThat(crawled.inState(UrlState.CUT))
                .hasSize(16)
                .allSatisfy(p -> assertThat(p.record().reason()).isEqualTo("MAX_PAGES: 5 fetched"));
        assertThat(crawled.inState(UrlState.QUEUED)).isEmpty();
        assertThat(crawled.summary().cut()).containsExactly(java.util.Map.entry("MAX_PAGES", 16L));
        assertThat(crawled.summary().cutTotal()).isEqualTo(16);
        assertThat(crawled.summary().status()).isEqualTo(CrawlStatus.COMPLETE);
    }

    @Test
    void linksBeyondTheMaxDepthAreCutAndNeverRequested() throws Exception {
        CrawlHarness h = new CrawlHarness(site, store).limits(CrawlHarness.LIMITS.withMaxDepth(2));
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        h.serve(HOST, "/", page("Hafan", "/d1"));
        h.serve(HOST, "/d1", page("Un", "/d2"));
        h.serve(HOST, "/d2", page("Dau", "/d3", "/d1"));
        h.serve(HOST, "/d3", page("Tri", "/d4"));

        CrawlHarness.Crawled crawled = h.crawl(h.council("limits", HOST, Optional.empty()));

        assertThat(pagesRequested(h)).containsExactly("/", "/d1", "/d2");
        StoredPage deep = crawled.at(h.url(HOST, "/d3"));
        assertThat(deep.depth()).isEqualTo(3);
        assertThat(deep.record().state()).isEqualTo(UrlState.CUT);
        assertThat(deep.record().reason()).isEqualTo("DEPTH: more than 2");
        assertThat(deep.referrers()).containsExactly(h.url(HOST, "/d2"));
        assertThat(crawled.find(h.url(HOST, "/d4"))).isEmpty();
        assertThat(crawled.at(h.url(HOST, "/d2")).depth()).isEqualTo(2);
        assertThat(crawled.at(h.url(HOST, "/d1")).inLinks()).isEqualTo(2);
        assertThat(crawled.summary().cut()).containsExactly(java.util.Map.entry("DEPTH", 1L));
    }

    @Test
    void anEndlessCalendarIsCutAfterAYearAhead() throws Exception {
        // each month is a click deeper than the one before: the depth limit is set out of the way
        CrawlHarness h = new CrawlHarness(site, store).limits(CrawlHarness.LIMITS.withMaxDepth(30));
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        YearMonth thisMonth = YearMonth.from(LocalDate.now(ZoneOffset.UTC));
        h.serve(HOST, "/", page("Hafan", "/events?month=" + thisMonth));
        for (int i = 0; i <= 16; i++) {
            YearMonth month = thisMonth.plusMonths(i);
            h.serve(
                    HOST,
                    "/events?month=" + month,
                    page("Digwyddiadau " + month, "/events?month=" + month.plusMonths(1)));
        }

        CrawlHarness.Crawled crawled = h.crawl(h.council("limits", HOST, Optional.empty()));

        // months this one to twelve ahead are fetched; the thirteenth is the first to start after the horizon
        List<String> months = pagesRequested(h).stream()
                .filter(u -> u.startsWith("/events"))
                .sorted() // the journal's order of requests logged in the same millisecond is not theirs
                .toList();
        assertThat(months).hasSize(13).last().isEqualTo("/events?month=" + thisMonth.plusMonths(12));
        StoredPage cut = crawled.at(h.url(HOST, "/events?month=" + thisMonth.plusMonths(13)));
        assertThat(cut.record().state()).isEqualTo(UrlState.CUT);
        assertThat(cut.record().reason()).startsWith("CALENDAR: ");
        assertThat(crawled.summary().cut()).containsExactly(java.util.Map.entry("CALENDAR", 1L));
    }

    /** Facets, not page numbers: numeric values count as one query (a numeric chain is the depth limit's). */
    @Test
    void aQueryExplosionIsCutAndCountedBesideMaxPages() throws Exception {
        CrawlHarness h = new CrawlHarness(site, store).limits(CrawlHarness.LIMITS.withMaxPages(30));
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        List<String> links = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            links.add("/news?topic=t" + i);
        }
        h.serve(HOST, "/", page("Hafan", links.toArray(String[]::new)));
        h.servePath(HOST, "/news", page("Newyddion"));

        CrawlHarness.Crawled crawled = h.crawl(h.council("limits", HOST, Optional.empty()));

        int limit = TrapLimits.DEFAULTS.maxQueriesPerPath();
        assertThat(crawled.at(h.url(HOST, "/news?topic=t" + (limit + 1)))
                        .record()
                        .reason())
                .startsWith("QUERY_EXPLOSION: ");
        assertThat(pagesRequested(h)).hasSize(30).noneMatch(u -> u.equals("/news?topic=t" + (limit + 1)));
        assertThat(crawled.summary().cut())
                .containsEntry("QUERY_EXPLOSION", 60L - limit)
                .containsEntry("MAX_PAGES", limit - 29L)
                .hasSize(2);
        assertThat(crawled.summary().cutTotal()).isEqualTo(60 - 29);
    }

    @Test
    void theTimeLimitStopsTheCrawlAndCutsWhatIsStillQueued() throws Exception {
        CrawlHarness h = new CrawlHarness(site, store)
                .limits(CrawlHarness.LIMITS.withThreads(1).withMaxTime(Duration.ofMillis(600)));
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        List<String> links = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            links.add("/slow" + i);
            h.serve(HOST, "/slow" + i, page("Araf " + i).withFixedDelay(100));
        }
        h.serve(HOST, "/", page("Hafan", links.toArray(String[]::new)));

        CrawlHarness.Crawled crawled = h.crawl(h.council("limits", HOST, Optional.empty()));

        assertThat(crawled.summary().cut()).containsOnlyKeys("TIME");
        long cut = crawled.summary().cut().get("TIME");
        assertThat(cut).isPositive();
        assertThat(crawled.inState(UrlState.DONE)).hasSize((int) (21 - cut));
        assertThat(crawled.inState(UrlState.CUT))
                .allSatisfy(p -> assertThat(p.record().reason()).startsWith("TIME: the crawl ran for"));
        assertThat(pagesRequested(h)).hasSize((int) (21 - cut));
    }
}
