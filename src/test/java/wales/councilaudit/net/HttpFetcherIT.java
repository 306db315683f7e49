package wales.councilaudit.net;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import wales.councilaudit.testing.LocalSites;
import wales.councilaudit.testing.RecordingSleeper;

/** The fetcher against a local WireMock server: redirects, retries, timeouts and the address rules. */
class HttpFetcherIT {

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private HttpFetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        fetcher = LocalSites.fetcher(
                LocalSites.resolver(Map.of("metadata.example", "169.254.169.254")),
                LocalSites.settings(Duration.ofMillis(500), Optional.empty()),
                sleeper);
    }

    @AfterEach
    void tearDown() throws Exception {
        fetcher.close();
    }

    private URI url(String host, String path) {
        return URI.create("http://" + host + ":" + site.getPort() + path);
    }

    @Test
    void followsAChainAcrossHostsRecordingEveryHop() throws Exception {
        site.stubFor(get("/").withHost(equalTo("www.old.gov.uk"))
                .willReturn(aResponse()
                        .withStatus(301)
                        .withHeader("Location", url("www.new.gov.wales", "/en/").toString())));
        site.stubFor(get("/en/")
                .withHost(equalTo("www.new.gov.wales"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "/en/home")));
        site.stubFor(get("/en/home")
                .withHost(equalTo("www.new.gov.wales"))
                .willReturn(aResponse().withStatus(200)));

        FetchResult result = fetcher.follow(url("www.old.gov.uk", "/"));

        assertThat(result).isInstanceOf(FetchResult.Answered.class);
        FetchResult.Answered answered = (FetchResult.Answered) result;
        assertThat(answered.finalUrl()).isEqualTo(url("www.new.gov.wales", "/en/home"));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.chain()).extracting(Hop::status).containsExactly(301, 302, 200);
        assertThat(answered.chain())
                .extracting(h -> h.url().getHost())
                .containsExactly("www.old.gov.uk", "www.new.gov.wales", "www.new.gov.wales");
        assertThat(answered.chain().get(1).location()).isEqualTo("/en/home");
    }

    @Test
    void sendsTheConfiguredUserAgent() throws Exception {
        site.stubFor(get("/ua").willReturn(aResponse().withStatus(200)));

        fetcher.follow(url("www.ua.gov.uk", "/ua"));

        site.verify(getRequestedFor(urlEqualTo("/ua")).withHeader("User-Agent", equalTo(LocalSites.USER_AGENT)));
    }

    @Test
    void detectsARedirectLoop() throws Exception {
        site.stubFor(get("/a").willReturn(aResponse().withStatus(302).withHeader("Location", "/b")));
        site.stubFor(get("/b").willReturn(aResponse().withStatus(302).withHeader("Location", "/a")));

        FetchResult result = fetcher.follow(url("www.loop.gov.uk", "/a"));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.REDIRECT_LOOP);
            assertThat(f.chain()).extracting(h -> h.url().getPath()).containsExactly("/a", "/b");
        });
    }

    @Test
    void stopsAfterTheMaximumNumberOfRedirects() throws Exception {
        for (int i = 0; i < 8; i++) {
            site.stubFor(get("/r" + i).willReturn(aResponse().withStatus(302).withHeader("Location", "/r" + (i + 1))));
        }

        FetchResult result = fetcher.follow(url("www.far.gov.uk", "/r0"));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.kind())
                .isEqualTo(FailureKind.TOO_MANY_REDIRECTS));
        assertThat(result.chain()).hasSize(6); // the start and five redirects allowed
    }

    @Test
    void waitsAsRetryAfterAsksThenSucceeds() throws Exception {
        site.stubFor(get("/busy")
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7"))
                .willSetStateTo("ready"));
        site.stubFor(get("/busy")
                .inScenario("busy")
                .whenScenarioStateIs("ready")
                .willReturn(aResponse().withStatus(200)));

        FetchResult result = fetcher.follow(url("www.busy.gov.uk", "/busy"));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Answered.class, a -> {
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.chain()).singleElement().extracting(Hop::attempts).isEqualTo(2);
        });
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void backsOffExponentiallyOn429WithoutRetryAfterAndGivesUpAfterThreeAttempts() throws Exception {
        site.stubFor(get("/limited").willReturn(aResponse().withStatus(429)));

        FetchResult result = fetcher.follow(url("www.limited.gov.uk", "/limited"));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Answered.class, a -> {
            assertThat(a.status()).isEqualTo(429);
            assertThat(a.chain()).singleElement().extracting(Hop::attempts).isEqualTo(3);
        });
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        site.verify(3, getRequestedFor(urlEqualTo("/limited")));
    }

    @Test
    void doesNotWaitLongerThanItsLimitForRetryAfter() throws Exception {
        site.stubFor(get("/later").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3600")));

        FetchResult result = fetcher.follow(url("www.later.gov.uk", "/later"));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Answered.class, a -> assertThat(a.status())
                .isEqualTo(503));
        assertThat(sleeper.waits()).isEmpty();
        site.verify(1, getRequestedFor(urlEqualTo("/later")));
    }

    @Test
    void timesOutAndRetriesASlowServer() throws Exception {
        site.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));

        FetchResult result = fetcher.follow(url("www.slow.gov.uk", "/slow"));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.TIMEOUT);
            assertThat(f.chain()).singleElement().extracting(Hop::attempts).isEqualTo(3);
        });
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void reportsARefusedConnection() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        FetchResult result = fetcher.follow(URI.create("http://www.closed.gov.uk:" + closedPort + "/"));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.kind())
                .isEqualTo(FailureKind.CONNECT));
    }

    @Test
    void neverConnectsToANonPublicAddressFoundThroughDns() throws Exception {
        FetchResult result = fetcher.follow(URI.create("http://metadata.example/latest/meta-data/"));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.kind())
                .isEqualTo(FailureKind.REFUSED_ADDRESS));
    }

    @Test
    void refusesARedirectToALinkLocalAddressLiteral() throws Exception {
        site.stubFor(get("/ssrf")
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader("Location", "http://169.254.169.254/latest/meta-data/")));

        FetchResult result = fetcher.follow(url("www.ssrf.gov.uk", "/ssrf"));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.REFUSED_ADDRESS);
            assertThat(f.url().getHost()).isEqualTo("169.254.169.254");
        });
    }

    @Test
    void refusesARedirectToAFileUrl() throws Exception {
        site.stubFor(get("/file").willReturn(aResponse().withStatus(302).withHeader("Location", "file:///etc/passwd")));

        FetchResult result = fetcher.follow(url("www.file.gov.uk", "/file"));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.kind())
                .isEqualTo(FailureKind.UNSUPPORTED_SCHEME));
    }

    @Test
    void reportsANameThatDoesNotResolve() throws Exception {
        FetchResult result = fetcher.follow(URI.create("http://www.nowhere.example/"));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.kind())
                .isEqualTo(FailureKind.DNS));
    }

    @Test
    void keepsCookiesAlongTheChain() throws Exception {
        site.stubFor(get("/start")
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader("Set-Cookie", "session=abc; Path=/")
                        .withHeader("Location", "/landing")));
        site.stubFor(get("/landing")
                .withCookie("session", equalTo("abc"))
                .willReturn(aResponse().withStatus(200)));
        site.stubFor(get("/landing")
                .withCookie("session", containing("x"))
                .atPriority(10)
                .willReturn(aResponse().withStatus(302).withHeader("Location", "/start")));

        FetchResult result = fetcher.follow(url("www.cookie.gov.uk", "/start"));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Answered.class, a -> assertThat(a.status())
                .isEqualTo(200));
    }
}
