package wales.councilaudit.crawl;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wales.councilaudit.crawl.CrawlHarness.page;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import wales.councilaudit.registry.Council;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.StoreConfig;

/**
 * A crawl that dies after a commit (as under {@code kill -9}: nothing after the commit reaches the ledger)
 * resumes from the ledger: pages committed are not fetched again, the rest are, and the crawl keeps its first
 * start time.
 */
class CrawlRestartIT {

    private static final String HOST = "www.resume.gov.wales";

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

    /** Stops the crawl, as a crash would, at the first commit that brings the pages done to {@code after}. */
    private static final class Crash extends RuntimeException {
        Crash() {
            super("the crawl dies here");
        }
    }

    @Test
    void aCrawlStoppedAfterACommitResumesWithoutFetchingCommittedPagesAgain() throws Exception {
        CrawlHarness h = new CrawlHarness(site, store).limits(CrawlHarness.LIMITS.withThreads(1));
        h.robots(HOST, CrawlHarness.ALLOW_ALL);
        List<String> links = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            links.add("/p" + i);
            h.serve(HOST, "/p" + i, page("Tudalen " + i, "/q" + i));
            h.serve(HOST, "/q" + i, page("Is-dudalen " + i));
        }
        h.serve(HOST, "/", page("Hafan", links.toArray(String[]::new)));
        Council council = h.council("resume", HOST, Optional.empty());
        String runId = h.newRun();
        CrawlLedger ledger = store.crawlLedger(runId, council.id());

        assertThatThrownBy(() -> h.crawl(council, runId, (id, counts) -> {
                    if (counts.fetched() >= 3) {
                        throw new Crash();
                    }
                }))
                .isInstanceOf(Crash.class);

        Set<URI> doneBefore = new HashSet<>();
        ledger.forEach(p -> {
            if (p.record().state() == UrlState.DONE) {
                doneBefore.add(p.record().url());
            }
        });
        assertThat(doneBefore).hasSizeGreaterThanOrEqualTo(3).contains(h.url(HOST, "/"));
        assertThat(ledger.status()).contains(CrawlStatus.RUNNING);
        Instant firstStart = ledger.begin(Instant.now()); // what a resume reads back as the start
        long requestsBefore = h.journal(HOST).size();
        site.resetRequests();

        CrawlHarness.Crawled resumed = h.crawl(council, runId, CrawlProgress.NONE);

        List<String> askedAgain = h.requested(HOST);
        System.out.println("CrawlResumeIT: " + doneBefore.size() + " pages done before the crash, " + requestsBefore
                + " requests; after it " + askedAgain);
        assertThat(askedAgain).doesNotHaveDuplicates().contains("/robots.txt").doesNotContain("/sitemap.xml");
        for (URI done : doneBefore) {
            assertThat(askedAgain).doesNotContain(done.getRawPath());
        }
        assertThat(resumed.inState(UrlState.DONE)).hasSize(17);
        assertThat(resumed.pages()).hasSize(17);
        assertThat(resumed.summary().status()).isEqualTo(CrawlStatus.COMPLETE);
        assertThat(resumed.summary().started()).isEqualTo(firstStart);
        assertThat(resumed.summary().statuses()).containsEntry("200", 17L);
        assertThat(resumed.ledger().status()).contains(CrawlStatus.COMPLETE);
    }
}
