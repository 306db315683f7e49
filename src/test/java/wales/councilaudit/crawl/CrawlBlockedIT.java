package wales.councilaudit.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static wales.councilaudit.crawl.CrawlHarness.page;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.StoreConfig;

/** A council that refuses our agent is recorded {@code BLOCKED}, with the refusal as evidence, and left alone. */
class CrawlBlockedIT {

    private static final String HOST = "www.blocked.gov.wales";

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
    void a403OnRobotsTxtBlocksTheCouncilWithTheRefusalAsEvidence() throws Exception {
        CrawlHarness h = new CrawlHarness(site, store);
        h.serve(HOST, "/robots.txt", aResponse().withStatus(403));
        h.serve(HOST, "/", page("Hafan", "/a"));

        CrawlHarness.Crawled crawled = h.crawl(h.council("blocked", HOST, Optional.empty()));

        assertThat(h.requested(HOST)).containsExactly("/robots.txt");
        assertThat(crawled.summary().status()).isEqualTo(CrawlStatus.BLOCKED);
        assertThat(crawled.summary().evidence()).isEqualTo(h.url(HOST, "/robots.txt") + " answered 403 to our agent");
        assertThat(crawled.ledger().status()).contains(CrawlStatus.BLOCKED);
        PageRecord home = crawled.at(h.url(HOST, "/")).record();
        assertThat(home.state()).isEqualTo(UrlState.NOT_FETCHED);
        assertThat(home.reason()).isEqualTo("host blocked: robots.txt refused our agent");
        assertThat(crawled.summary().urls()).containsEntry(UrlState.NOT_FETCHED, 1L);
    }

    @Test
    void a401OnRobotsTxtBlocksTheCouncilToo() throws Exception {
        CrawlHarness h = new CrawlHarness(site, store);
        h.serve(HOST, "/robots.txt", aResponse().withStatus(401));
        h.serve(HOST, "/", page("Hafan"));

        CrawlHarness.Crawled crawled = h.crawl(h.council("blocked", HOST, Optional.empty()));

        assertThat(h.requested(HOST)).containsExactly("/robots.txt");
        assertThat(crawled.summary().status()).isEqualTo(CrawlStatus.BLOCKED);
        assertThat(crawled.summary().evidence()).contains("answered 401");
    }

    @Test
    void a403OnTheHomePageAfterARobotsTxt200BlocksTheCouncil() throws Exception {
        CrawlHarness h = new CrawlHarness(site, store);
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        h.serve(HOST, "/", aResponse().withStatus(403).withBody("<html><title>Forbidden</title><a href=/a>a</a>"));
        h.serve(HOST, "/a", page("A"));

        CrawlHarness.Crawled crawled = h.crawl(h.council("blocked", HOST, Optional.empty()));

        assertThat(h.requested(HOST)).containsExactly("/robots.txt", "/sitemap.xml", "/");
        PageRecord home = crawled.at(h.url(HOST, "/")).record();
        assertThat(home.state()).isEqualTo(UrlState.DONE);
        assertThat(home.status()).isEqualTo(403);
        assertThat(crawled.summary().status()).isEqualTo(CrawlStatus.BLOCKED);
        assertThat(crawled.summary().evidence()).isEqualTo(h.url(HOST, "/") + " answered 403");
        assertThat(crawled.ledger().status()).contains(CrawlStatus.BLOCKED);
    }

    @Test
    void a403OnTheWelshHomePageBlocksOnlyItsHost() throws Exception {
        String welsh = "www.blocked.llyw.cymru";
        CrawlHarness h = new CrawlHarness(site, store).limits(CrawlHarness.LIMITS.withThreads(1));
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        h.robots(welsh, CrawlHarness.ALLOW_ALL);
        h.serve(HOST, "/", page("Home", "/a", h.url(welsh, "/b").toString()));
        h.serve(HOST, "/a", page("A"));
        h.serve(welsh, "/", aResponse().withStatus(403));
        h.serve(welsh, "/b", page("B"));

        CrawlHarness.Crawled crawled = h.crawl(h.council("blocked", HOST, Optional.of(welsh)));

        assertThat(h.requested(welsh)).doesNotContain("/b");
        assertThat(crawled.at(h.url(welsh, "/b")).record().state()).isEqualTo(UrlState.NOT_FETCHED);
        assertThat(crawled.at(h.url(HOST, "/a")).record().status()).isEqualTo(200);
        assertThat(crawled.summary().status()).isEqualTo(CrawlStatus.COMPLETE);
    }

    /**
     * The evidence lists the first three refusals; the fourth must not count as an answer either. Between the
     * 403s, 500s keep the host's gate from blocking it (any other status ends a run of 403s).
     */
    @Test
    void refusalsBeyondTheThreeListedAsEvidenceStillDoNotCountAsAnswers() throws Exception {
        CrawlHarness h = new CrawlHarness(site, store).limits(CrawlHarness.LIMITS.withThreads(1));
        h.robots(HOST, CrawlHarness.ALLOW_ALL + "Sitemap: " + h.url(HOST, "/sitemap.xml") + "\n");
        StringBuilder sitemap = new StringBuilder(
                "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        String[] paths = {"/a", "/b", "/c", "/d", "/e", "/f", "/g"};
        for (int i = 0; i < paths.length; i++) {
            sitemap.append("<url><loc>").append(h.url(HOST, paths[i])).append("</loc></url>");
            h.serve(HOST, paths[i], aResponse().withStatus(i % 2 == 0 ? 403 : 500));
        }
        h.serve(
                HOST,
                "/sitemap.xml",
                aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/xml")
                        .withBody(sitemap.append("</urlset>").toString()));
        h.serve(HOST, "/", aResponse().withStatus(500));

        CrawlHarness.Crawled crawled = h.crawl(h.council("blocked", HOST, Optional.empty()));

        assertThat(crawled.summary().statuses()).containsEntry("403", 4L).containsEntry("500", 4L);
        assertThat(crawled.summary().status()).isEqualTo(CrawlStatus.UNREACHABLE);
    }

    @Test
    void a403OnAPageAfterTheSiteHasAnsweredIsABrokenLinkNotABlock() throws Exception {
        CrawlHarness h = new CrawlHarness(site, store).limits(CrawlHarness.LIMITS.withThreads(1));
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        h.serve(HOST, "/", page("Hafan", "/staff-only", "/a"));
        h.serve(HOST, "/staff-only", aResponse().withStatus(403));
        h.serve(HOST, "/a", page("A"));

        CrawlHarness.Crawled crawled = h.crawl(h.council("blocked", HOST, Optional.empty()));

        assertThat(crawled.at(h.url(HOST, "/staff-only")).record().status()).isEqualTo(403);
        assertThat(crawled.at(h.url(HOST, "/a")).record().status()).isEqualTo(200);
        assertThat(crawled.summary().status()).isEqualTo(CrawlStatus.COMPLETE);
        assertThat(crawled.summary().brokenLinks()).isEqualTo(1);
    }
}
