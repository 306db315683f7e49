package wales.councilaudit.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import wales.councilaudit.net.FetchResult;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.Sleeper;
import wales.councilaudit.testing.LocalSites;
import wales.councilaudit.testing.RecordingSleeper;

/**
 * {@link HostPoliteness} with {@link HttpFetcher#fetchPage} on real time against WireMock, proved from the
 * server's request journal: the gaps the server saw between requests. Only lower bounds are asserted (a loaded
 * machine makes gaps longer, never shorter).
 */
class HostPolitenessIT {

    private static final String HOST = "www.polite.gov.wales";
    private static final Duration DELAY = Duration.ofMillis(300);
    private static final long MAX_BYTES = 1024 * 1024;

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final HostPoliteness politeness =
            new HostPoliteness(PolitenessSettings.defaults().withDelay(DELAY), Clock.systemUTC(), Sleeper.SYSTEM);
    private final List<FetchResult> results = new CopyOnWriteArrayList<>();
    private HttpFetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        fetcher = LocalSites.fetcher(
                LocalSites.resolver(Map.of()),
                LocalSites.settings(Duration.ofSeconds(5), Optional.empty()),
                new RecordingSleeper());
    }

    @AfterEach
    void tearDown() throws Exception {
        fetcher.close();
    }

    private static URI url(String path) {
        return URI.create("http://" + HOST + ":" + site.getPort() + path);
    }

    /** Workers taking URLs from a shared queue, as the crawl will; a 429 or 503 puts its URL back. */
    private void crawl(List<URI> urls, int workers) throws Exception {
        Queue<URI> frontier = new ConcurrentLinkedQueue<>(urls);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            done.add(pool.submit(() -> {
                for (URI next = frontier.poll(); next != null; next = frontier.poll()) {
                    fetchPolitely(next, frontier);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    private void fetchPolitely(URI url, Queue<URI> frontier) throws InterruptedException {
        Optional<Permit> permit = politeness.acquire(url.getHost());
        if (permit.isEmpty()) {
            return; // blocked: the crawl records it and fetches no more from the host
        }
        try (Permit p = permit.get()) {
            FetchResult result = fetcher.fetchPage(url, MAX_BYTES, p);
            p.report(result);
            results.add(result);
            if (result instanceof FetchResult.Answered a && (a.status() == 429 || a.status() == 503)) {
                frontier.add(url);
            }
        }
    }

    /** The journal, oldest first. */
    private static List<ServeEvent> journal() {
        List<ServeEvent> events = new ArrayList<>(site.getAllServeEvents());
        events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        return events;
    }

    /** Milliseconds between the starts of consecutive requests, as the server logged them. */
    private static List<Long> startGaps(List<ServeEvent> events) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < events.size(); i++) {
            gaps.add(events.get(i).getRequest().getLoggedDate().getTime()
                    - events.get(i - 1).getRequest().getLoggedDate().getTime());
        }
        return gaps;
    }

    /** Milliseconds from the server's end of each response to the start of the next request. */
    private static List<Long> endToStartGaps(List<ServeEvent> events) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < events.size(); i++) {
            ServeEvent previous = events.get(i - 1);
            long end = previous.getRequest().getLoggedDate().getTime()
                    + previous.getTiming().getTotalTime();
            gaps.add(events.get(i).getRequest().getLoggedDate().getTime() - end);
        }
        return gaps;
    }

    @Test
    void sixPagesFromTwoWorkersReachTheHostOneAtATimeAtLeastTheDelayApart() throws Exception {
        site.stubFor(get(urlPathMatching("/page/.*"))
                .willReturn(aResponse().withStatus(200).withBody("<html>tudalen</html>")));
        List<URI> pages = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            pages.add(url("/page/" + i));
        }

        crawl(pages, 2);

        List<ServeEvent> events = journal();
        assertThat(events).hasSize(6);
        assertThat(results).hasSize(6).allSatisfy(r -> assertThat(r).isInstanceOf(FetchResult.Answered.class));
        System.out.println("HostPolitenessIT: start-to-start gaps (ms) " + startGaps(events)
                + ", end-to-start gaps (ms) " + endToStartGaps(events));
        assertThat(startGaps(events)).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(DELAY.toMillis()));
        // the server's end is no later than the client's, and its start no earlier: these gaps are at least the
        // client's, less a millisecond for each of the two whole-millisecond times
        assertThat(endToStartGaps(events))
                .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(DELAY.toMillis() - 2));
    }

    @Test
    void a429WithRetryAfterOneSecondHoldsTheNextRequestBackAtLeastASecond() throws Exception {
        site.stubFor(get("/busy")
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("ready"));
        site.stubFor(get("/busy")
                .inScenario("busy")
                .whenScenarioStateIs("ready")
                .willReturn(aResponse().withStatus(200).withBody("ready")));

        crawl(List.of(url("/busy")), 2);

        List<ServeEvent> events = journal();
        assertThat(events).extracting(e -> e.getResponse().getStatus()).containsExactly(429, 200);
        System.out.println("HostPolitenessIT: after 429 with Retry-After: 1, start-to-start gap (ms) "
                + startGaps(events) + ", end-to-start gap (ms) " + endToStartGaps(events));
        assertThat(startGaps(events)).singleElement().satisfies(gap -> assertThat(gap)
                .isGreaterThanOrEqualTo(1_000));
    }

    @Test
    void aHostThatAnswers403FirstIsNotAskedAgain() throws Exception {
        site.stubFor(get(urlPathMatching("/.*")).willReturn(aResponse().withStatus(403)));

        crawl(List.of(url("/"), url("/a"), url("/b"), url("/c")), 2);

        assertThat(journal()).hasSize(1);
        assertThat(politeness.isBlocked(HOST)).isTrue();
    }
}
