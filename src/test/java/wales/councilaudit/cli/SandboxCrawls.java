package wales.councilaudit.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import wales.councilaudit.crawl.CouncilCrawler;
import wales.councilaudit.crawl.CrawlLimits;
import wales.councilaudit.crawl.CrawlProgress;
import wales.councilaudit.crawl.CrawlSummary;
import wales.councilaudit.crawl.HostPoliteness;
import wales.councilaudit.crawl.PolitenessSettings;
import wales.councilaudit.crawl.RobotsPolicy;
import wales.councilaudit.crawl.SampleVocabulary;
import wales.councilaudit.net.AddressPolicy;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.HttpSettings;
import wales.councilaudit.net.ResolveRule;
import wales.councilaudit.net.Sleeper;
import wales.councilaudit.net.TrustMaterial;
import wales.councilaudit.registry.Council;
import wales.councilaudit.sandbox.SandboxWales;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.RunRecord;
import wales.councilaudit.store.RunStatus;
import wales.councilaudit.store.StoreConfig;

/**
 * Crawls every council of a running Sandbox Wales with the product's crawl engine and an embedded store, for the
 * tests that need what the crawl hands on (its summary and sample). The politeness gate's waits are skipped (the
 * sandbox is local; one council asks for a 1 s Crawl-delay, which would cost minutes), as in {@code SandboxCrawlIT}.
 */
final class SandboxCrawls {

    private static final String RUN = "sandbox-browser";

    private SandboxCrawls() {}

    /** The crawl summaries of the councils named, by registry id. */
    static Map<String, CrawlSummary> crawl(SandboxWales sandbox, Path storeDir, List<String> councils)
            throws Exception {
        Map<String, CrawlSummary> summaries = new ConcurrentHashMap<>();
        List<ResolveRule> rules = sandbox.hosts().stream()
                .map(h -> ResolveRule.parse(h + "=127.0.0.1"))
                .toList();
        HostResolver resolver = new HostResolver(rules, new AddressPolicy(true));
        HttpSettings http = HttpSettings.defaults("test").withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
        FakeTime time = new FakeTime();
        HostPoliteness politeness =
                new HostPoliteness(PolitenessSettings.defaults().withDelay(Duration.ZERO), time, time);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (ResultStore store = ResultStore.open(StoreConfig.embedded(storeDir));
                HttpFetcher fetcher = new HttpFetcher(
                        http, resolver, TrustMaterial.load(Optional.empty()), duration -> {}, Clock.systemUTC())) {
            store.startRun(new RunRecord(RUN, "crawl", Instant.now(), Optional.empty(), RunStatus.RUNNING, "test"));
            CouncilCrawler crawler = new CouncilCrawler(
                    fetcher,
                    politeness,
                    RobotsPolicy.forCouncilAudit(),
                    resolver.policy(),
                    CrawlLimits.DEFAULTS,
                    SampleVocabulary.bundled(),
                    Clock.systemUTC());
            List<Future<?>> crawls = new ArrayList<>();
            for (Council council : sandbox.registry().councils()) {
                if (!councils.contains(council.id())) {
                    continue;
                }
                crawls.add(threads.submit(() -> {
                    summaries.put(
                            council.id(),
                            crawler.crawl(council, store.crawlLedger(RUN, council.id()), CrawlProgress.NONE));
                    return null;
                }));
            }
            for (Future<?> crawl : crawls) {
                crawl.get(5, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        return Map.copyOf(summaries);
    }

    /** A clock that moves only when a wait is asked for, by that wait: the gate's waits cost no time. */
    private static final class FakeTime extends Clock implements Sleeper {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-02T09:00:00Z"));

        @Override
        public void sleep(Duration duration) {
            now.accumulateAndGet(null, (current, ignored) -> current.plus(duration));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
