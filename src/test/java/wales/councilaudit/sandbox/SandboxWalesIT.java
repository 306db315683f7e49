package wales.councilaudit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wales.councilaudit.domains.DomainStatus;
import wales.councilaudit.net.AddressPolicy;
import wales.councilaudit.net.FetchResult;
import wales.councilaudit.net.HostResolver;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.HttpSettings;
import wales.councilaudit.net.ResolveRule;
import wales.councilaudit.net.RetryPolicy;
import wales.councilaudit.net.Sleeper;
import wales.councilaudit.net.TrustMaterial;
import wales.councilaudit.registry.Council;
import wales.councilaudit.registry.RegistryLoader;
import wales.councilaudit.sandbox.site.ThirdPartyLinks;

/** Sandbox Wales served for real: every council and third-party host reachable with --resolve, as planted. */
class SandboxWalesIT {

    private static final String BROWSER_UA =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

    private static SandboxWales sandbox;
    private static HttpFetcher fetcher;

    @BeforeAll
    static void start() throws IOException {
        sandbox = SandboxWales.start(RegistryLoader.bundled(), 0);
        List<ResolveRule> rules = new ArrayList<>();
        sandbox.hosts().forEach(h -> rules.add(new ResolveRule(h, InetAddress.getLoopbackAddress())));
        HttpSettings settings = new HttpSettings(
                "council-audit/test (+https://example.org/)",
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                10,
                new RetryPolicy(1, Duration.ZERO, Duration.ZERO),
                Optional.empty());
        fetcher = new HttpFetcher(
                settings,
                new HostResolver(rules, AddressPolicy.publicOnly()),
                TrustMaterial.load(Optional.empty()),
                Sleeper.SYSTEM,
                Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws IOException {
        fetcher.close();
        sandbox.close();
    }

    @Test
    void servesTheTwentyTwoCouncilsUnderTheirRealHostNames() throws Exception {
        assertThat(sandbox.registry().councils()).hasSize(22);
        for (Council council : sandbox.registry().councils()) {
            assertThat(council.homepage().en().getPort()).isEqualTo(sandbox.port());
            FetchResult result = fetcher.follow(council.homepage().en());
            DomainStatus planted = sandbox.profiles().get(council.id()).domain().expectedStatus();
            int expected =
                    switch (planted) {
                        case BLOCKED -> 403;
                        case UNREACHABLE -> -1;
                        default -> 200;
                    };
            if (expected == -1) {
                boolean failedOrError =
                        result instanceof FetchResult.Failed || ((FetchResult.Answered) result).status() >= 500;
                assertThat(failedOrError).as(council.id()).isTrue();
            } else {
                assertThat(result).as(council.id()).isInstanceOfSatisfying(FetchResult.Answered.class, a -> assertThat(
                                a.status())
                        .isEqualTo(expected));
            }
        }
    }

    @Test
    void aSiteThatForbidsBotsServesABrowser() throws Exception {
        Council conwy = sandbox.registry().find("conwy").orElseThrow();
        HttpResponse<String> asBrowser = get(conwy.homepage().en(), BROWSER_UA);
        HttpResponse<String> asBot = get(conwy.homepage().en(), "council-audit/test");
        assertThat(asBrowser.statusCode()).isEqualTo(200);
        assertThat(asBrowser.body()).contains("Conwy");
        assertThat(asBot.statusCode()).isEqualTo(403);
    }

    @Test
    void thirdPartyHostsAnswer() throws Exception {
        for (String url : List.of(
                ThirdPartyLinks.startUrl(
                        "planning-objection", "cardiff", wales.councilaudit.sandbox.site.Lang.EN, sandbox.port()),
                ThirdPartyLinks.startUrl(
                        "library-renewal", "gwynedd", wales.councilaudit.sandbox.site.Lang.CY, sandbox.port()),
                ThirdPartyLinks.startUrl(
                        "missed-bin", "bridgend", wales.councilaudit.sandbox.site.Lang.EN, sandbox.port()),
                ThirdPartyLinks.startUrl(
                        "blue-badge", "cardiff", wales.councilaudit.sandbox.site.Lang.EN, sandbox.port()))) {
            FetchResult result = fetcher.follow(URI.create(url));
            assertThat(result).as(url).isInstanceOfSatisfying(FetchResult.Answered.class, a -> assertThat(a.status())
                    .isEqualTo(200));
        }
    }

    @Test
    void formsRecordSubmissionsAndTheAllowListHoldsOnlyCouncilHosts() throws Exception {
        Council cardiff = sandbox.registry().find("cardiff").orElseThrow();
        String host = cardiff.homepage().en().getHost();
        HttpRequest post = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + sandbox.port() + "/forms/missed-bin/submit"))
                .header("Host", host)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("postcode=CF10+1AA&lang=en"))
                .build();
        sandbox.submissions().clear();
        int status = client().send(post, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertThat(status).isEqualTo(200);
        assertThat(sandbox.submissions().all()).singleElement().satisfies(s -> {
            assertThat(s.host()).isEqualTo(host);
            assertThat(s.fields()).containsEntry("postcode", "CF10 1AA");
        });
        assertThat(sandbox.submissionAllowList())
                .contains(host)
                .doesNotContain(
                        ThirdPartyLinks.LIBRARY_HOST,
                        ThirdPartyLinks.BLUE_BADGE_HOST,
                        ThirdPartyLinks.planningHost("cardiff"));
    }

    @Test
    void robotsAndSitemapsAreServed() throws Exception {
        Council cardiff = sandbox.registry().find("cardiff").orElseThrow();
        URI base = cardiff.homepage().en().resolve("/");
        HttpResponse<String> robots = get(base.resolve("/robots.txt"), BROWSER_UA);
        assertThat(robots.body()).contains("Disallow: /ENG/Search").contains("Sitemap: ");
        HttpResponse<String> index = get(base.resolve("/sitemap_index.xml"), BROWSER_UA);
        assertThat(index.body()).contains("<sitemapindex").contains("sitemap-cy.xml");
        HttpResponse<String> english = get(base.resolve("/sitemap-en.xml"), BROWSER_UA);
        assertThat(english.body().split("<url>").length - 1).isGreaterThan(300);
    }

    private static HttpResponse<String> get(URI uri, String userAgent) throws Exception {
        URI local = URI.create("http://127.0.0.1:" + sandbox.port() + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        HttpRequest request = HttpRequest.newBuilder(local)
                .header("Host", uri.getHost())
                .header("User-Agent", userAgent)
                .GET()
                .build();
        return client().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
