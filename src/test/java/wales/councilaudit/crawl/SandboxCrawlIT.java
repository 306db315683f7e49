package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wales.councilaudit.net.AddressPolicy;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.HttpSettings;
import wales.councilaudit.net.ResolveRule;
import wales.councilaudit.net.Sleeper;
import wales.councilaudit.net.TrustMaterial;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.sandbox.SandboxWales;
import wales.councilaudit.sandbox.answers.AnswerKey;
import wales.councilaudit.sandbox.answers.CrawlAnswer;
import wales.councilaudit.store.ResultStore;
import wales.councilaudit.store.RunRecord;
import wales.councilaudit.store.RunStatus;
import wales.councilaudit.store.StoreConfig;

/**
 * The crawl's acceptance test: every council of Sandbox Wales crawled with the product's engine and store, and what
 * it found compared with the sandbox's answer key: blocked and unreachable councils, broken links with the pages
 * linking to them, PDFs, calendar traps cut off, redirects, the windows-1252 page's letters, robots.txt obeyed and
 * Welsh-twin coverage. The politeness gate runs on fake time (one council asks for a 1 s Crawl-delay, which would
 * make this test take minutes); the gate's real-time behaviour is measured in {@code HostPolitenessIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxCrawlIT {

    private static final String RUN = "sandbox-crawl";

    @TempDir
    static Path storeDir;

    private SandboxWales sandbox;
    private AnswerKey key;
    private ResultStore store;
    private final Map<String, CrawlSummary> summaries = new ConcurrentHashMap<>();
    private final Map<String, List<StoredPage>> pages = new ConcurrentHashMap<>();

    @BeforeAll
    void crawlEverySandboxCouncil() throws Exception {
        sandbox = SandboxWales.start(RegistryLoader.bundled(), 0);
        key = AnswerKey.of(sandbox);
        store = ResultStore.open(StoreConfig.embedded(storeDir));
        store.startRun(new RunRecord(RUN, "crawl", Instant.now(), Optional.empty(), RunStatus.RUNNING, "test"));
        List<ResolveRule> rules = sandbox.hosts().stream()
                .map(h -> ResolveRule.parse(h + "=127.0.0.1"))
                .toList();
        HostResolver resolver = new HostResolver(rules, new AddressPolicy(true));
        HttpSettings http = HttpSettings.defaults("test").withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
        PolitenessFakeTime fakeTime = new PolitenessFakeTime();
        HostPoliteness politeness =
                new HostPoliteness(PolitenessSettings.defaults().withDelay(Duration.ZERO), fakeTime, fakeTime);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (HttpFetcher fetcher = new HttpFetcher(
                http, resolver, TrustMaterial.load(Optional.empty()), Sleeper.SYSTEM, Clock.systemUTC())) {
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
                crawls.add(pool.submit(() -> {
                    CrawlLedger ledger = store.crawlLedger(RUN, council.id());
                    summaries.put(council.id(), crawler.crawl(council, ledger, CrawlProgress.NONE));
                    List<StoredPage> all = new ArrayList<>();
                    ledger.forEach(all::add);
                    pages.put(council.id(), all);
                    return null;
                }));
            }
            for (Future<?> crawl : crawls) {
                crawl.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterAll
    void stop() {
        if (store != null) {
            store.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    List<String> councils() {
        return RegistryLoader.bundled().councils().stream().map(Council::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("councils")
    void theCouncilsStatusIsTheOnePlanted(String council) {
        AnswerKey.CouncilAnswer answer = key.council(council).orElseThrow();
        CrawlSummary summary = summaries.get(council);
        if (answer.crawl().isEmpty()) {
            assertThat(summary.status()).as("an unreachable site").isEqualTo(CrawlStatus.UNREACHABLE);
            assertThat(summary.evidence()).isNotEmpty();
        } else if (answer.crawl().get().blocked()) {
            assertThat(summary.status()).isEqualTo(CrawlStatus.BLOCKED);
            assertThat(summary.evidence()).contains("403");
            assertThat(summary.statuses()).doesNotContainKey("200");
        } else {
            assertThat(summary.status()).isEqualTo(CrawlStatus.COMPLETE);
            assertThat(summary.htmlPages()).isGreaterThan(100);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("councils")
    void findsThePlantedBrokenLinksWithThePagesLinkingToThem(String council) {
        Optional<CrawlAnswer> crawl = crawlable(council);
        if (crawl.isEmpty()) {
            return;
        }
        Map<CrawlAnswer.Address, Set<CrawlAnswer.Address>> expected = new HashMap<>();
        crawl.get().brokenLinks().forEach(b -> expected.put(b.target(), new HashSet<>(b.linkedFrom())));
        Map<CrawlAnswer.Address, Set<CrawlAnswer.Address>> found = new HashMap<>();
        CrawlSummary summary = summaries.get(council);
        summary.broken()
                .forEach(b -> found.put(
                        address(b.url()),
                        b.referrers().stream().map(SandboxCrawlIT::address).collect(Collectors.toSet())));
        assertThat(found).isEqualTo(expected);
        assertThat(summary.brokenLinks()).isEqualTo(expected.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("councils")
    void findsEveryPlantedPdf(String council) {
        Optional<CrawlAnswer> crawl = crawlable(council);
        if (crawl.isEmpty()) {
            return;
        }
        Set<CrawlAnswer.Address> found = summaries.get(council).pdfs().urls().stream()
                .map(SandboxCrawlIT::address)
                .collect(Collectors.toSet());
        assertThat(found).isEqualTo(new HashSet<>(crawl.get().pdfs()));
        assertThat(summaries.get(council).pdfs().count())
                .isEqualTo(crawl.get().pdfs().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("councils")
    void cutsTheEndlessCalendarAndNothingElseWhenThereIsNone(String council) {
        Optional<CrawlAnswer> crawl = crawlable(council);
        if (crawl.isEmpty()) {
            return;
        }
        List<StoredPage> events = pages.get(council).stream()
                .filter(p -> p.record().url().getPath().endsWith("/events"))
                .filter(p -> p.source() == UrlSource.LINK)
                .toList();
        if (crawl.get().calendarTrap()) {
            long fetched = events.stream()
                    .filter(p -> p.record().state() == UrlState.DONE)
                    .count();
            long cut = events.stream()
                    .filter(p -> p.record().state() == UrlState.CUT)
                    .count();
            assertThat(cut).as("calendar months cut").isPositive();
            assertThat(fetched).as("calendar months fetched").isBetween(1L, 40L);
            assertThat(summaries.get(council).cut()).isNotEmpty();
        } else {
            assertThat(events).isEmpty();
            assertThat(summaries.get(council).cut()).doesNotContainKeys("CALENDAR", "QUERY_EXPLOSION");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("councils")
    void followsThePlantedRedirects(String council) {
        Optional<CrawlAnswer> crawl = crawlable(council);
        if (crawl.isEmpty()) {
            return;
        }
        Map<CrawlAnswer.Address, StoredPage> byAddress = byAddress(council);
        for (CrawlAnswer.Redirect redirect : crawl.get().redirects()) {
            StoredPage page = byAddress.get(redirect.from());
            assertThat(page).as("the redirecting address %s", redirect.from()).isNotNull();
            assertThat(page.record().finalUrl().map(SandboxCrawlIT::address)).contains(redirect.to());
            assertThat(byAddress.get(redirect.to()).record().state()).isEqualTo(UrlState.DONE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("councils")
    void decodesTheWindows1252PageAndObeysRobotsTxt(String council) {
        Optional<CrawlAnswer> crawl = crawlable(council);
        if (crawl.isEmpty()) {
            return;
        }
        Map<CrawlAnswer.Address, StoredPage> byAddress = byAddress(council);
        crawl.get().legacyCharsetPage().ifPresent(legacy -> {
            StoredPage page = byAddress.get(legacy.address());
            assertThat(page).as("the windows-1252 page %s", legacy.address()).isNotNull();
            assertThat(page.record().title()).contains(legacy.text());
        });
        for (StoredPage page : pages.get(council)) {
            String path = page.record().url().getRawPath();
            boolean disallowed = crawl.get().robotsDisallow().stream().anyMatch(path::startsWith);
            if (disallowed) {
                assertThat(page.record().state()).as(path).isEqualTo(UrlState.DISALLOWED);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("councils")
    void measuresWelshTwinCoverage(String council) {
        Optional<CrawlAnswer> crawl = crawlable(council);
        if (crawl.isEmpty()) {
            return;
        }
        CrawlAnswer.WelshTwins expected = crawl.get().welshTwins();
        Set<CrawlAnswer.Address> missing = new HashSet<>(expected.missingTwins());
        Set<CrawlAnswer.Address> foundMissing = new HashSet<>();
        long verified = 0;
        long undeclared = 0; // a twin that answers without saying its language cannot be confirmed
        for (StoredPage page : pages.get(council)) {
            PageRecord r = page.record();
            if (r.isHtmlPage()
                    && r.lang().isEmpty()
                    && page.twinCheck().map(t -> t.status() == 200).orElse(false)) {
                undeclared++;
            }
            if (!r.isHtmlPage() || r.lang().toLowerCase(java.util.Locale.ROOT).startsWith("cy")) {
                continue;
            }
            boolean ok = page.twinCheck().map(t -> t.confirms("cy")).orElse(false);
            if (ok) {
                verified++;
            } else if (countedByTheKey(r)) {
                foundMissing.add(address(r.url()));
            }
        }
        assertThat(foundMissing).as("English pages without a Welsh twin").isEqualTo(missing);
        assertThat(verified + undeclared).isGreaterThanOrEqualTo(expected.withWelshTwin());
        assertThat(summaries.get(council).twins().verified()).isEqualTo(verified);
    }

    /**
     * Whether the answer key counts the page among its English pages: not a calendar month, not a redirect's source
     * (its target is counted), not the council's own online form (the key leaves forms out), and a page that says
     * its language (Blaenau Gwent's home pages, planted without {@code lang}, cannot be told apart).
     */
    private static boolean countedByTheKey(PageRecord r) {
        String path = r.url().getPath();
        return !path.endsWith("/events")
                && r.finalUrl().equals(Optional.of(r.url()))
                && !path.toLowerCase(java.util.Locale.ROOT).contains("form")
                && !r.lang().isEmpty();
    }

    private Optional<CrawlAnswer> crawlable(String council) {
        return key.council(council).orElseThrow().crawl().filter(c -> !c.blocked());
    }

    private Map<CrawlAnswer.Address, StoredPage> byAddress(String council) {
        Map<CrawlAnswer.Address, StoredPage> byAddress = new HashMap<>();
        pages.get(council).forEach(p -> byAddress.put(address(p.record().url()), p));
        return byAddress;
    }

    static CrawlAnswer.Address address(URI url) {
        String query = url.getRawQuery();
        return new CrawlAnswer.Address(url.getHost(), url.getRawPath() + (query == null ? "" : "?" + query));
    }
}
