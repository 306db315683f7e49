package wales.councilaudit.sandbox.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.sandbox.SandboxWales;
import wales.councilaudit.sandbox.SubmissionLog;
import wales.councilaudit.sandbox.answers.CrawlAnswer.Address;
import wales.councilaudit.sandbox.profile.CrawlPlant;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SimulatedSite;
import wales.councilaudit.sandbox.site.SiteContext;

/**
 * The answer key's crawl section is what a crawl of each simulated site finds: a small crawl of its own
 * ({@link SiteWalk}) over every site the sandbox lets us crawl, compared with the key. The key must be complete
 * (no error, PDF or redirect the key does not list) and exact (every listed referrer links).
 */
class CrawlAnswerTest {

    private static AnswerKey key;
    private static Map<String, SimulatedSite> sites;

    @BeforeAll
    static void plan() {
        key = AnswerKey.of(RegistryLoader.bundled());
        sites = new LinkedHashMap<>();
        for (SiteContext context : SandboxWales.plan(RegistryLoader.bundled(), SiteWalk.PORT)) {
            sites.put(context.profile().council(), new SimulatedSite(context, new SubmissionLog()));
        }
    }

    static Stream<String> crawlable() {
        return AnswerKey.of(RegistryLoader.bundled()).councils().stream()
                .filter(c -> c.crawl().filter(crawl -> !crawl.blocked()).isPresent())
                .map(AnswerKey.CouncilAnswer::council);
    }

    private static CrawlAnswer crawl(String council) {
        return key.council(council).orElseThrow().crawl().orElseThrow();
    }

    @Test
    void everyReachableCouncilHasACrawlAnswerTheBlockedARefusalTheUnreachableNone() {
        for (AnswerKey.CouncilAnswer council : key.councils()) {
            switch (council.status()) {
                case "AUDITED" ->
                    assertThat(council.crawl()).as(council.council()).hasValueSatisfying(c -> {
                        assertThat(c.blocked()).isFalse();
                        assertThat(c.refusal()).isEmpty();
                    });
                case "BLOCKED" ->
                    assertThat(council.crawl()).as(council.council()).hasValueSatisfying(c -> {
                        assertThat(c.blocked()).isTrue();
                        assertThat(c.refusal())
                                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(403));
                        assertThat(c.brokenLinks()).isEmpty();
                        assertThat(c.pdfs()).isEmpty();
                        assertThat(c.redirects()).isEmpty();
                        assertThat(c.calendarTrap()).isFalse();
                        assertThat(c.welshTwins().englishPages()).isZero();
                    });
                default -> assertThat(council.crawl()).as(council.council()).isEmpty();
            }
        }
        assertThat(key.councils().stream().filter(c -> c.crawl().isPresent())).hasSize(20);
    }

    @Test
    void theKeyCoversEveryPlant() {
        List<CrawlAnswer> crawls = crawlable().map(CrawlAnswerTest::crawl).toList();
        assertThat(crawls).anySatisfy(c -> assertThat(c.calendarTrap()).isTrue());
        assertThat(crawls).anySatisfy(c -> assertThat(c.legacyCharsetPage()).isPresent());
        assertThat(crawls).anySatisfy(c -> assertThat(c.redirects()).isNotEmpty());
        assertThat(crawls).anySatisfy(c -> assertThat(c.hosts()).hasSize(2));
        assertThat(crawls).anySatisfy(c -> assertThat(c.brokenLinks())
                .anySatisfy(b -> assertThat(b.cause()).isEqualTo(CrawlAnswer.Breakage.BROKEN_START_LINK)));
        assertThat(crawls)
                .anySatisfy(c -> assertThat(c.welshTwins().missingTwins()).isNotEmpty());
        assertThat(crawls.stream().map(CrawlAnswer::sitemap).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CrawlPlant.Sitemap.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crawlable")
    void aCrawlFindsWhatTheKeySays(String council) {
        CrawlAnswer answer = crawl(council);
        SimulatedSite site = sites.get(council);
        SiteWalk walk = SiteWalk.of(site, answer.robotsDisallow());

        exactlyTheBrokenLinks(answer, walk);
        exactlyThePdfsRedirectsAndCalendar(answer, walk);
        theLegacyCharsetPageAndTheWelshTwins(answer, walk, site);
    }

    private static void exactlyTheBrokenLinks(CrawlAnswer answer, SiteWalk walk) {

        Map<Address, Integer> errors = walk.fetched().values().stream()
                .filter(f -> f.status() >= 400)
                .collect(Collectors.toMap(SiteWalk.Fetched::address, SiteWalk.Fetched::status));
        Map<Address, Integer> listed = answer.brokenLinks().stream()
                .collect(Collectors.toMap(CrawlAnswer.BrokenLink::target, CrawlAnswer.BrokenLink::status));
        assertThat(errors).as("errors a crawl meets").isEqualTo(listed);
        for (CrawlAnswer.BrokenLink broken : answer.brokenLinks()) {
            assertThat(walk.linkedFrom(broken.target()))
                    .as("pages linking to %s", broken.target())
                    .containsExactlyInAnyOrderElementsOf(broken.linkedFrom());
        }
    }

    private static void exactlyThePdfsRedirectsAndCalendar(CrawlAnswer answer, SiteWalk walk) {

        List<Address> pdfs = walk.fetched().values().stream()
                .filter(f -> f.contentType().equals("application/pdf"))
                .map(SiteWalk.Fetched::address)
                .toList();
        assertThat(pdfs).as("PDFs").containsExactlyInAnyOrderElementsOf(answer.pdfs());
        assertThat(pdfs)
                .allSatisfy(pdf -> assertThat(walk.fetched().get(pdf).status()).isEqualTo(200));

        Map<Address, String> redirects = walk.fetched().values().stream()
                .filter(f -> f.status() / 100 == 3)
                .collect(Collectors.toMap(
                        SiteWalk.Fetched::address,
                        f -> f.status() + " " + f.location().orElseThrow()));
        Map<Address, String> listed = answer.redirects().stream()
                .collect(Collectors.toMap(CrawlAnswer.Redirect::from, r -> r.status() + " " + r.to()));
        assertThat(redirects).as("every redirect met").isEqualTo(listed);
        for (CrawlAnswer.Redirect redirect : answer.redirects()) {
            assertThat(walk.linkedFrom(redirect.from()))
                    .as("pages linking to %s", redirect.from())
                    .containsExactlyInAnyOrderElementsOf(redirect.linkedFrom());
            assertThat(walk.fetched().get(redirect.to()).status()).isEqualTo(200);
        }

        List<Address> calendars = walk.fetched().keySet().stream()
                .filter(a -> a.path().equals("/events"))
                .toList();
        assertThat(calendars).containsExactlyInAnyOrderElementsOf(answer.calendars());
        assertThat(answer.calendarTrap()).isEqualTo(!calendars.isEmpty());
        for (Address calendar : calendars) {
            assertThat(walk.linked()).as("the calendar goes on: " + calendar).anySatisfy(a -> assertThat(a.path())
                    .startsWith("/events?month="));
        }
    }

    private static void theLegacyCharsetPageAndTheWelshTwins(CrawlAnswer answer, SiteWalk walk, SimulatedSite site) {

        List<SiteWalk.Fetched> legacy = walk.fetched().values().stream()
                .filter(f -> f.contentType().contains("windows-1252"))
                .toList();
        assertThat(legacy.stream().map(SiteWalk.Fetched::address).toList())
                .containsExactlyElementsOf(answer.legacyCharsetPage().map(CrawlAnswer.LegacyPage::address).stream()
                        .toList());
        answer.legacyCharsetPage().ifPresent(page -> {
            byte[] body = legacy.get(0).body();
            assertThat(new String(body, java.nio.charset.Charset.forName(page.charset())))
                    .contains(page.text());
            assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain(page.text());
        });

        List<Address> english = walk.fetched().values().stream()
                .filter(f -> f.document().isPresent())
                .filter(f -> site.pageAt(f.address().host(), f.address().path())
                        .filter(p -> p.getValue() == Lang.EN && p.getKey().kind() != PageKind.FORM)
                        .isPresent())
                .map(SiteWalk.Fetched::address)
                .toList();
        assertThat(english)
                .as("English pages reached")
                .hasSize(answer.welshTwins().englishPages());
        List<Address> withoutTwin = english.stream()
                .filter(a -> welshTwin(walk.fetched().get(a).document().orElseThrow(), walk, site) == null)
                .toList();
        assertThat(withoutTwin)
                .as("English pages without a Welsh twin that answers")
                .containsExactlyInAnyOrderElementsOf(answer.welshTwins().missingTwins());
        assertThat(english.size() - withoutTwin.size())
                .isEqualTo(answer.welshTwins().withWelshTwin());
        answer.welshTwins().example().ifPresent(twin -> assertThat(
                        welshTwin(walk.fetched().get(twin.english()).document().orElseThrow(), walk, site))
                .isEqualTo(twin.welsh()));
    }

    /** The page's hreflang="cy" alternate, when the crawl fetched it and it is a Welsh page; null otherwise. */
    private static Address welshTwin(Document page, SiteWalk walk, SimulatedSite site) {
        Element alternate = page.selectFirst("link[rel=alternate][hreflang=cy]");
        if (alternate == null) {
            return null;
        }
        java.net.URI uri = java.net.URI.create(alternate.absUrl("href"));
        Address twin = new Address(
                uri.getHost(), uri.getRawQuery() == null ? uri.getPath() : uri.getPath() + "?" + uri.getRawQuery());
        SiteWalk.Fetched fetched = walk.fetched().get(twin);
        boolean welsh = fetched != null
                && fetched.document().isPresent()
                && site.pageAt(twin.host(), twin.path())
                        .filter(p -> p.getValue() == Lang.CY)
                        .isPresent();
        return welsh ? twin : null;
    }

    @Test
    void thePlanAgreesWithTheTwinCounts() {
        for (String council : crawlable().toList()) {
            CrawlAnswer.WelshTwins twins = crawl(council).welshTwins();
            List<PlanPage> pages = sites.get(council).context().plan().pages().stream()
                    .filter(p -> p.kind() != PageKind.FORM)
                    .toList();
            assertThat(twins.englishPages()).as(council).isEqualTo(pages.size());
            assertThat(twins.withWelshTwin()).as(council).isEqualTo((int)
                    pages.stream().filter(p -> p.exists(Lang.CY)).count());
        }
    }
}
