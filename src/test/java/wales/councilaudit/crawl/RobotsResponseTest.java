package wales.councilaudit.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wales.councilaudit.net.FailureKind;
import wales.councilaudit.net.FetchResult;
import wales.councilaudit.net.Hop;

class RobotsResponseTest {

    private static final URI ASKED = URI.create("http://example.gov.wales/robots.txt");
    private static final URI FINAL = URI.create("https://www.example.gov.wales/robots.txt");

    static Hop hop(URI url, int status, String location) {
        return new Hop(url, status, location, 1, Duration.ofMillis(20));
    }

    @Test
    void anAnswerAfterRedirectsKeepsWhereItWasAskedAndWhereItAnswered() {
        byte[] body = "User-agent: *\nDisallow: /x\n".getBytes(UTF_8);
        FetchResult answered = new FetchResult.Answered(
                List.of(hop(ASKED, 301, FINAL.toString()), hop(FINAL, 200, "")),
                FINAL,
                200,
                Map.of("content-type", "text/plain; charset=utf-8"));

        RobotsResponse response = RobotsResponse.from(answered, body);

        assertThat(response).isEqualTo(RobotsResponse.answered(ASKED, FINAL, 200, "text/plain; charset=utf-8", body));
        assertThat(response.failure()).isEmpty();
    }

    @Test
    void anAnswerWithoutContentTypeHasAnEmptyOne() {
        FetchResult answered = new FetchResult.Answered(List.of(hop(ASKED, 404, "")), ASKED, 404, Map.of());

        RobotsResponse response = RobotsResponse.from(answered, new byte[0]);

        assertThat(response.contentType()).isEmpty();
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.finalUrl()).isEqualTo(ASKED);
    }

    @Test
    void aFailureKeepsItsKindAndDetailAndTheUrlAsked() {
        FetchResult failed = new FetchResult.Failed(
                List.of(hop(ASKED, 301, FINAL.toString()), hop(FINAL, 0, "")),
                FINAL,
                FailureKind.TIMEOUT,
                "Read timed out");

        RobotsResponse response = RobotsResponse.from(failed, "ignored".getBytes(UTF_8));

        assertThat(response).isEqualTo(RobotsResponse.failed(ASKED, FailureKind.TIMEOUT, "Read timed out"));
        assertThat(response.status()).isZero();
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aFailureBeforeAnyRequestUsesTheFailedUrl() {
        FetchResult refused = new FetchResult.Failed(List.of(), ASKED, FailureKind.REFUSED_ADDRESS, "10.0.0.1");

        assertThat(RobotsResponse.from(refused, new byte[0]).url()).isEqualTo(ASKED);
    }

    @Test
    void theBodyIsCopiedInAndOut() {
        byte[] body = "Disallow: /".getBytes(UTF_8);
        RobotsResponse response = RobotsResponse.answered(ASKED, ASKED, 200, "", body);

        body[0] = 'X';
        response.body()[1] = 'X';

        assertThat(response.body()).isEqualTo("Disallow: /".getBytes(UTF_8));
    }

    @Test
    void equalityIsByContentAndToStringDoesNotDumpTheBody() {
        RobotsResponse a =
                RobotsResponse.answered(ASKED, ASKED, 200, "", "x".repeat(100).getBytes(UTF_8));
        RobotsResponse b =
                RobotsResponse.answered(ASKED, ASKED, 200, "", "x".repeat(100).getBytes(UTF_8));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(RobotsResponse.answered(ASKED, ASKED, 200, "", new byte[0]));
        assertThat(a.toString()).contains("100 bytes").doesNotContain("xxxx");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 99, 600, -1})
    void anAnswerNeedsAnHttpStatus(int status) {
        assertThatThrownBy(() -> RobotsResponse.answered(ASKED, ASKED, status, "", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailureHasNoStatus() {
        assertThatThrownBy(() ->
                        new RobotsResponse(ASKED, ASKED, 503, new byte[0], "", Optional.of(FailureKind.CONNECT), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
