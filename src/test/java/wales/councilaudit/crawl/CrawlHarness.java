package wales.councilaudit.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import wales.councilaudit.net.AddressPolicy;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.HttpSettings;
import wales.councilaudit.net.ResolveRule;
import wales.councilaudit.net.RetryPolicy;
import wales.councilaudit.net.Sleeper;
import wales.councilaudit.net.TrustMaterial;
import wales.councilaudit.registry.Council;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.RunRecord;
import wales.councilaudit.store.RunStatus;

/**
 * Runs the real crawl engine ({@link CouncilCrawler} with a real {@link HttpFetcher} and {@link HostPoliteness})
 * against WireMock on 127.0.0.1, into a real ledger in the results store, and reads back what the ledger holds.
 * Every {@code *.gov.wales}, {@code *.gov.uk} and {@code *.llyw.cymru} name resolves to the WireMock server, so a
 * test can serve several host names, in scope or not, from one server and tell them apart by the Host header.
 */
final class CrawlHarness {

    /** Fast enough for the tests, long enough that a loaded machine does not time out a normal answer. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** Politeness without a delay: the tests that measure politeness set their own. */
    static final PolitenessSettings NO_DELAY = PolitenessSettings.defaults().withDelay(Duration.ZERO);

    static final CrawlLimits LIMITS = CrawlLimits.DEFAULTS
            .withMaxPages(200)
            .withMaxTime(Duration.ofMinutes(2))
            .withSampleSize(10);

    /** A robots.txt that allows everything. */
    static final String ALLOW_ALL = "User-agent: *\nAllow: /\n";

    private final WireMockExtension site;
    private final ResultStore store;
    private CrawlLimits limits = LIMITS;
    private PolitenessSettings politeness = NO_DELAY;
    private Duration timeout = TIMEOUT;

    CrawlHarness(WireMockExtension site, ResultStore store) {
        this.site = site;
        this.store = store;
    }

    CrawlHarness limits(CrawlLimits newLimits) {
        this.limits = newLimits;
        return this;
    }

    CrawlHarness politeness(PolitenessSettings settings) {
        this.politeness = settings;
        return this;
    }

    CrawlHarness timeout(Duration newTimeout) {
        this.timeout = newTimeout;
        return this;
    }

    // --- the site ---------------------------------------------------------------------------------------------------

    URI url(String host, String path) {
        return URI.create("http://" + host + ":" + site.getPort() + path);
    }

    /** A council whose English homepage is {@code http://enHost:port/}, with its Welsh homepage's host if any. */
    Council council(String id, String enHost, Optional<String> cyHost, String... otherHosts) {
        return new Council(
                id,
                "W06000099",
                new Council.Names("Test " + id, "Prawf " + id),
                new Council.Homepages(url(enHost, "/"), cyHost.map(h -> url(h, "/"))),
                List.of(otherHosts));
    }

    /**
     * An HTML page with a title and links. In Welsh: a Welsh page outside {@code /cy/} gives the path convention
     * nothing to guess an English twin from, so the crawl fetches only the pages a test serves.
     */
    static String html(String title, String... links) {
        StringBuilder body = new StringBuilder("<!doctype html><html lang=\"cy\"><head><title>")
                .append(title)
                .append("</title></head><body><h1>")
                .append(title)
                .append("</h1><ul>");
        for (String link : links) {
            body.append("<li><a href=\"")
                    .append(link)
                    .append("\">")
                    .append(link)
                    .append("</a></li>");
        }
        return body.append("</ul></body></html>").toString();
    }

    static ResponseDefinitionBuilder page(String title, String... links) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(html(title, links));
    }

    /** Serves {@code response} at {@code path} (query included, if any) on {@code host}. */
    void serve(String host, String path, ResponseDefinitionBuilder response) {
        site.stubFor(get(path).withHost(equalTo(host)).willReturn(response));
    }

    /** Serves {@code response} at {@code path}, whatever its query, on {@code host}. */
    void servePath(String host, String path, ResponseDefinitionBuilder response) {
        site.stubFor(get(urlPathEqualTo(path)).withHost(equalTo(host)).willReturn(response));
    }

    void robots(String host, String text) {
        serve(
                host,
                "/robots.txt",
                aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/plain")
                        .withBody(text));
    }

    // --- the crawl --------------------------------------------------------------------------------------------------

    /** What a crawl left: its summary and every URL the ledger holds, in frontier order. */
    record Crawled(String runId, CrawlSummary summary, CrawlLedger ledger, Map<URI, StoredPage> pages) {

        StoredPage at(URI url) {
            StoredPage page = pages.get(url);
            if (page == null) {
                throw new AssertionError("the ledger has no row for " + url + "; it has " + pages.keySet());
            }
            return page;
        }

        Optional<StoredPage> find(URI url) {
            return Optional.ofNullable(pages.get(url));
        }

        List<StoredPage> inState(UrlState state) {
            return pages.values().stream()
                    .filter(p -> p.record().state() == state)
                    .toList();
        }
    }

    /** Crawls {@code council} into a new run of the store and reads the ledger back. */
    Crawled crawl(Council council) throws IOException, InterruptedException {
        return crawl(council, newRun(), CrawlProgress.NONE);
    }

    /** Starts a new run in the store. */
    String newRun() {
        String runId = "crawl-test-" + UUID.randomUUID();
        store.startRun(new RunRecord(runId, "crawl", Instant.now(), Optional.empty(), RunStatus.RUNNING, "0.1.0-test"));
        return runId;
    }

    /** Crawls {@code council} into its ledger of run {@code runId} (resuming what it holds), and reads it back. */
    Crawled crawl(Council council, String runId, CrawlProgress progress) throws IOException, InterruptedException {
        CrawlLedger ledger = store.crawlLedger(runId, council.id());
        HostResolver resolver = resolver();
        HttpSettings http = new HttpSettings(
                "council-audit/test (+https://example.org/contact)",
                timeout,
                timeout,
                5,
                new RetryPolicy(1, Duration.ZERO, Duration.ZERO),
                Optional.empty());
        CrawlSummary summary;
        try (HttpFetcher fetcher = new HttpFetcher(
                http, resolver, TrustMaterial.load(Optional.empty()), Sleeper.SYSTEM, Clock.systemUTC())) {
            HostPoliteness gate = new HostPoliteness(politeness, Clock.systemUTC(), Sleeper.SYSTEM);
            CouncilCrawler crawler = new CouncilCrawler(
                    fetcher,
                    gate,
                    RobotsPolicy.forCouncilAudit(),
                    resolver.policy(),
                    limits,
                    SampleVocabulary.bundled(),
                    Clock.systemUTC());
            summary = crawler.crawl(council, ledger, progress);
        }
        Map<URI, StoredPage> pages = new LinkedHashMap<>();
        ledger.forEach(stored -> pages.put(stored.record().url(), stored));
        return new Crawled(runId, summary, ledger, pages);
    }

    /**
     * The test names on the loopback address (as {@code --resolve} would), and non-public addresses allowed (as
     * {@code --allow-private-addresses}); any other name does not resolve.
     */
    static HostResolver resolver() {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        return new HostResolver(
                List.of(
                        new ResolveRule("*.gov.uk", loopback),
                        new ResolveRule("*.gov.wales", loopback),
                        new ResolveRule("*.llyw.cymru", loopback)),
                new AddressPolicy(true),
                host -> {
                    throw new UnknownHostException(host + " (crawl test DNS)");
                });
    }

    // --- the server's journal ---------------------------------------------------------------------------------------

    /** The requests WireMock saw, oldest first. */
    List<ServeEvent> journal() {
        List<ServeEvent> events = new ArrayList<>(site.getAllServeEvents());
        events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        return events;
    }

    /** The requests WireMock saw for {@code host} (by the Host header), oldest first. */
    List<ServeEvent> journal(String host) {
        return journal().stream().filter(e -> host.equals(hostOf(e))).toList();
    }

    /** What was asked for ({@code /path?query}), in the order asked, for {@code host}. */
    List<String> requested(String host) {
        return journal(host).stream().map(e -> e.getRequest().getUrl()).toList();
    }

    /** The host name of a request's Host header, without the port. */
    static String hostOf(ServeEvent event) {
        String host = event.getRequest().getHeader("Host");
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    static long startMillis(ServeEvent event) {
        return event.getRequest().getLoggedDate().getTime();
    }

    /** When the server finished the response, in its whole milliseconds. */
    static long endMillis(ServeEvent event) {
        return startMillis(event) + event.getTiming().getTotalTime();
    }
}
