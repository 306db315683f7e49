package wales.councilaudit.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import wales.councilaudit.crawl.CouncilCrawler;
import wales.councilaudit.crawl.CrawlLedger;
import wales.councilaudit.crawl.CrawlLimits;
import wales.councilaudit.crawl.CrawlProgress;
import wales.councilaudit.crawl.CrawlSummary;
import wales.councilaudit.crawl.HostPoliteness;
import wales.councilaudit.crawl.PolitenessSettings;
import wales.councilaudit.crawl.RobotsPolicy;
import wales.councilaudit.crawl.SampleVocabulary;
import wales.councilaudit.crawl.UrlState;
import wales.councilaudit.net.AddressPolicy;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.HttpSettings;
import wales.councilaudit.net.Sleeper;
import wales.councilaudit.net.TrustMaterial;
import wales.councilaudit.registry.Council;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.RunRecord;
import wales.councilaudit.store.RunStatus;
import wales.councilaudit.store.StoreConfig;

/**
 * The product's crawl engine as the benchmark runs it: the same {@link CouncilCrawler}, HTTP fetcher and
 * store-backed ledger as {@code council-audit crawl}, with politeness off (no delay, and as many requests at once to the
 * host as there are threads, see below), private addresses allowed (the site is on 127.0.0.1), and a
 * fresh embedded H2 store in the work folder. Every page is recorded in the store, the summary and sample computed,
 * exactly as in a real crawl: the benchmark times all of it.
 *
 * <p>The per-host limit of one request at a time is raised to the thread count: the generated site is one host, and
 * the floor fetches it with all its threads, so the comparison is of the same concurrency.
 */
public final class ProductCrawl implements CrawlUnderTest {

    private static final String RUN = "bench";

    private ProductCrawl() {}

    /** The product, as the {@code bench crawl} command gets it. */
    public static CrawlUnderTest create() {
        return new ProductCrawl();
    }

    @Override
    public CrawlUnderTestResult crawl(URI seed, int threads, Path workDir) throws Exception {
        HostResolver resolver = new HostResolver(List.of(), new AddressPolicy(true));
        HttpSettings http = HttpSettings.defaults("bench").withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));
        HostPoliteness politeness = new HostPoliteness(
                PolitenessSettings.defaults().withDelay(Duration.ZERO).withMaxConcurrentPerHost(threads),
                Clock.systemUTC(),
                Sleeper.SYSTEM);
        Council site = new Council(
                "bench",
                "bench",
                new Council.Names("Generated site", "Safle"),
                new Council.Homepages(seed, Optional.empty()),
                List.of());
        CrawlLimits limits = CrawlLimits.DEFAULTS
                .withMaxPages(1_000_000)
                .withMaxDepth(100)
                .withMaxTime(Duration.ofHours(2))
                .withThreads(threads);
        try (ResultStore store = ResultStore.open(StoreConfig.embedded(workDir.resolve("results")));
                HttpFetcher fetcher = new HttpFetcher(
                        http, resolver, TrustMaterial.load(Optional.empty()), Sleeper.SYSTEM, Clock.systemUTC())) {
            store.startRun(new RunRecord(RUN, "bench", Instant.now(), Optional.empty(), RunStatus.RUNNING, "bench"));
            CouncilCrawler crawler = new CouncilCrawler(
                    fetcher,
                    politeness,
                    RobotsPolicy.forCouncilAudit(),
                    resolver.policy(),
                    limits,
                    SampleVocabulary.bundled(),
                    Clock.systemUTC());
            CrawlLedger ledger = store.crawlLedger(RUN, site.id());
            CrawlSummary summary = crawler.crawl(site, ledger, CrawlProgress.NONE);
            long failed = summary.failures().values().stream()
                            .mapToLong(Long::longValue)
                            .sum()
                    + summary.statuses().entrySet().stream()
                            .filter(e ->
                                    !e.getKey().equals("failed") && e.getKey().compareTo("400") >= 0)
                            .mapToLong(Map.Entry::getValue)
                            .sum();
            return CrawlUnderTestResult.fetched(summary.htmlPages())
                    .withPagesStored(summary.urls().values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .withFailures(failed)
                    .withDetail("status", summary.status().name())
                    .withDetail("cut", summary.cutTotal())
                    .withDetail("queuedLeft", summary.urls().getOrDefault(UrlState.QUEUED, 0L));
        }
    }
}
