package wales.councilaudit.net;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import wales.councilaudit.testing.LocalSites;
import wales.councilaudit.testing.RecordingSleeper;

/**
 * {@link HttpFetcher#fetchPage} against a local WireMock server: bodies, bounds, and every fault of the crawl
 * issue coming back as a value, with the fetcher still usable afterwards.
 */
class HttpFetcherPageIT {

    private static final long TWO_MB = 2L * 1024 * 1024;
    /**
     * The fetcher's timeouts. Long enough that a prompt answer (a 10 MB body included) never runs out on a loaded
     * 2-core machine (500 ms did); the slow answers below are several times longer.
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static final String WELSH_PAGE =
            "<!doctype html><html lang=\"cy\"><title>Croeso</title><p>Gŵyl, tŷ, ŷd</p></html>";

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private HttpFetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        fetcher = LocalSites.fetcher(
                LocalSites.resolver(Map.of()), LocalSites.settings(TIMEOUT, Optional.empty()), sleeper);
        site.stubFor(get("/ok").willReturn(aResponse().withStatus(200).withBody("fine")));
    }

    @AfterEach
    void tearDown() throws Exception {
        fetcher.close();
    }

    static URI url(String path) {
        return URI.create("http://www.pages.gov.wales:" + site.getPort() + path);
    }

    private FetchResult.Answered answered(FetchResult result) {
        assertThat(result).isInstanceOf(FetchResult.Answered.class);
        return (FetchResult.Answered) result;
    }

    private FetchResult.Failed failed(FetchResult result) {
        assertThat(result).isInstanceOf(FetchResult.Failed.class);
        return (FetchResult.Failed) result;
    }

    /** The crawl goes on: the same fetcher (and its connection pool) still serves the next page. */
    private void assertStillUsable() throws InterruptedException {
        FetchResult.Answered next = answered(fetcher.fetchPage(url("/ok"), TWO_MB));
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body().orElseThrow().bytes()).asString().isEqualTo("fine");
    }

    @Test
    void readsThePageWithItsStatusHeadersBodyAndTimings() throws Exception {
        site.stubFor(get("/croeso")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html; charset=utf-8")
                        .withHeader("X-Served-By", "Test")
                        .withBody(WELSH_PAGE)));

        FetchResult.Answered page = answered(fetcher.fetchPage(url("/croeso"), TWO_MB));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.headers()).containsEntry("x-served-by", "Test");
        PageBody body = page.body().orElseThrow();
        assertThat(body.bytes()).isEqualTo(WELSH_PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(body.truncated()).isFalse();
        assertThat(body.timeToAnswer()).isPositive().isLessThanOrEqualTo(body.total());
        assertThat(page.chain()).singleElement().extracting(Hop::status).isEqualTo(200);
    }

    @Test
    void followsRedirectsLikeFollowAndKeepsTheFinalBody() throws Exception {
        site.stubFor(get("/old")
                .willReturn(aResponse()
                        .withStatus(301)
                        .withHeader("Location", "/new")
                        .withBody("x")));
        site.stubFor(get("/new").willReturn(aResponse().withStatus(200).withBody("the new page")));

        FetchResult.Answered page = answered(fetcher.fetchPage(url("/old"), TWO_MB));

        assertThat(page.finalUrl()).isEqualTo(url("/new"));
        assertThat(page.chain()).extracting(Hop::status).containsExactly(301, 200);
        assertThat(page.body().orElseThrow().bytes()).asString().isEqualTo("the new page");
        assertThat(fetcher.follow(url("/old")).chain())
                .extracting(Hop::url)
                .containsExactlyElementsOf(page.chain().stream().map(Hop::url).toList());
    }

    @Test
    void asksTheGateBeforeEveryRequestOfTheChain() throws Exception {
        site.stubFor(get("/a").willReturn(aResponse().withStatus(302).withHeader("Location", "/b")));
        site.stubFor(get("/b").willReturn(aResponse().withStatus(302).withHeader("Location", "/ok")));
        List<String> asked = new CopyOnWriteArrayList<>();

        fetcher.fetchPage(url("/a"), TWO_MB, (u, index) -> asked.add(index + " " + u.getPath()));

        assertThat(asked).containsExactly("0 /a", "1 /b", "2 /ok");
    }

    @Test
    void makesOneAttemptAndReturnsA429AsItIsForThePolitenessLayer() throws Exception {
        site.stubFor(get("/busy").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "5")));

        FetchResult.Answered page = answered(fetcher.fetchPage(url("/busy"), TWO_MB));

        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Retry-After")).contains("5");
        assertThat(sleeper.waits()).isEmpty();
        site.verify(1, getRequestedFor(urlEqualTo("/busy")));
    }

    @Test
    void aConnectionResetIsRecorded() throws Exception {
        site.stubFor(get("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        FetchResult.Failed failure = failed(fetcher.fetchPage(url("/reset"), TWO_MB));

        assertThat(failure.kind()).isEqualTo(FailureKind.CONNECT);
        assertThat(failure.detail()).contains("SocketException");
        assertThat(failure.chain()).singleElement().extracting(Hop::status).isEqualTo(0);
        assertStillUsable();
    }

    @Test
    void anEmptyReplyIsRecorded() throws Exception {
        site.stubFor(get("/empty").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        FetchResult.Failed failure = failed(fetcher.fetchPage(url("/empty"), TWO_MB));

        assertThat(failure.kind()).isEqualTo(FailureKind.PROTOCOL);
        assertThat(failure.detail()).contains("NoHttpResponseException");
        assertStillUsable();
    }

    @Test
    void aMalformedChunkIsRecordedWithTheStatusThatCameBeforeIt() throws Exception {
        site.stubFor(get("/chunks").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        FetchResult.Failed failure = failed(fetcher.fetchPage(url("/chunks"), TWO_MB));

        assertThat(failure.kind()).isEqualTo(FailureKind.PROTOCOL);
        assertThat(failure.detail()).contains("MalformedChunkCodingException");
        assertThat(failure.chain()).singleElement().extracting(Hop::status).isEqualTo(200);
        assertStillUsable();
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsRecorded() throws Exception {
        site.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(3 * (int) TIMEOUT.toMillis())));

        FetchResult.Failed failure = failed(fetcher.fetchPage(url("/slow"), TWO_MB));

        assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(failure.chain()).singleElement().extracting(Hop::attempts).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
        assertStillUsable();
    }

    @Test
    void aBodyDribbledSlowerThanTheTimeoutIsRecorded() throws Exception {
        // Measured here: WireMock's dribbled pieces reach the client in bursts (a read waits beyond a 500 ms
        // timeout), so this is the socket timeout during the body. A body whose every piece is prompt but whose
        // whole is late is HttpFetcherPageRawIT's. WireMock sends the headers with the first piece, so the pieces
        // stay 100 ms apart and this test alone reads with a 500 ms timeout.
        site.stubFor(get("/dribble")
                .willReturn(
                        aResponse().withStatus(200).withBody("x".repeat(1_000)).withChunkedDribbleDelay(30, 3_000)));
        fetcher.close();
        fetcher = LocalSites.fetcher(
                LocalSites.resolver(Map.of()), LocalSites.settings(Duration.ofMillis(500), Optional.empty()), sleeper);

        FetchResult.Failed failure = failed(fetcher.fetchPage(url("/dribble"), TWO_MB));

        assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(failure.chain()).singleElement().extracting(Hop::status).isEqualTo(200);
        assertStillUsable();
    }

    @Test
    void aTenMegabytePageIsCutAtTheLimit() throws Exception {
        byte[] tenMb = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMb, (byte) 'a');
        tenMb[0] = 'S';
        site.stubFor(get("/huge").willReturn(aResponse().withStatus(200).withBody(tenMb)));

        FetchResult.Answered page = answered(fetcher.fetchPage(url("/huge"), TWO_MB));

        PageBody body = page.body().orElseThrow();
        assertThat(body.truncated()).isTrue();
        assertThat(body.size()).isEqualTo((int) TWO_MB);
        assertThat(body.bytes()).isEqualTo(Arrays.copyOf(tenMb, (int) TWO_MB));
        assertStillUsable();
    }

    @Test
    void aBodyOfExactlyTheLimitIsWhole() throws Exception {
        site.stubFor(get("/exact").willReturn(aResponse().withStatus(200).withBody("12345")));

        PageBody body = answered(fetcher.fetchPage(url("/exact"), 5)).body().orElseThrow();

        assertThat(body.truncated()).isFalse();
        assertThat(body.bytes()).asString().isEqualTo("12345");
        assertThat(answered(fetcher.fetchPage(url("/exact"), 4))
                        .body()
                        .orElseThrow()
                        .truncated())
                .isTrue();
    }

    @Test
    void aRedirectLoopIsRecorded() throws Exception {
        site.stubFor(get("/ping").willReturn(aResponse().withStatus(302).withHeader("Location", "/pong")));
        site.stubFor(get("/pong").willReturn(aResponse().withStatus(302).withHeader("Location", "/ping")));

        FetchResult.Failed failure = failed(fetcher.fetchPage(url("/ping"), TWO_MB));

        assertThat(failure.kind()).isEqualTo(FailureKind.REDIRECT_LOOP);
        assertThat(failure.chain()).extracting(Hop::status).containsExactly(302, 302);
        assertStillUsable();
    }
}
