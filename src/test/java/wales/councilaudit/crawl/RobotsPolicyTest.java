package wales.councilaudit.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import wales.councilaudit.net.FailureKind;

class RobotsPolicyTest {

    private static final URI ROBOTS = URI.create("https://www.example.gov.wales/robots.txt");
    private static final URI PAGE = URI.create("https://www.example.gov.wales/bins");
    private static final Duration RETRY = Duration.ofMinutes(7);
    private static final RobotsPolicy POLICY = new RobotsPolicy(RobotsParser.forCouncilAudit(), RETRY);

    static RobotsResponse answer(int status, String body) {
        return RobotsResponse.answered(ROBOTS, ROBOTS, status, "text/plain", body.getBytes(UTF_8));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}, {2}")
    @CsvSource({
        // status, outcome, may we fetch a page?
        "200, Parsed, false",
        "203, Parsed, false",
        "300, Unavailable, true",
        "304, Unavailable, true",
        "400, Unavailable, true",
        "404, Unavailable, true",
        "410, Unavailable, true",
        "451, Unavailable, true",
        "401, Forbidden, false",
        "403, Forbidden, false",
        "429, Unreachable, false",
        "500, Unreachable, false",
        "503, Unreachable, false",
        "599, Unreachable, false",
        "101, Unreachable, false",
    })
    void decidesByStatus(int status, String outcome, boolean pageAllowed) {
        RobotsOutcome decided = POLICY.decide(answer(status, "User-agent: *\nDisallow: /bins\n"));

        assertThat(decided.getClass().getSimpleName()).isEqualTo(outcome);
        assertThat(decided.url()).isEqualTo(ROBOTS);
        assertThat(decided.rules().isAllowed(PAGE)).isEqualTo(pageAllowed);
    }

    @Test
    void aParsedFileKeepsItsEvidenceAndResolvesSitemapsWhereItWasFound() {
        URI moved = URI.create("https://www.example.gov.uk/robots.txt");
        RobotsResponse response = RobotsResponse.answered(
                ROBOTS, moved, 200, "text/plain", "Sitemap: /sitemap.xml\nUser-agent: *\nDisallow:\n".getBytes(UTF_8));

        RobotsOutcome.Parsed parsed = (RobotsOutcome.Parsed) POLICY.decide(response);

        assertThat(parsed.url()).isEqualTo(ROBOTS);
        assertThat(parsed.finalUrl()).isEqualTo(moved);
        assertThat(parsed.status()).isEqualTo(200);
        assertThat(parsed.rules().sitemaps()).containsExactly(URI.create("https://www.example.gov.uk/sitemap.xml"));
    }

    @Test
    void anEmpty2xxAllowsEverything() {
        RobotsOutcome decided = POLICY.decide(answer(204, ""));

        assertThat(decided).isInstanceOf(RobotsOutcome.Parsed.class);
        assertThat(decided.rules().allowsAll()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void aRefusalIsForbiddenWithItsEvidence(int status) {
        URI refusedAt = URI.create("https://waf.example.gov.wales/robots.txt");
        RobotsResponse response = RobotsResponse.answered(ROBOTS, refusedAt, status, "text/html", new byte[0]);

        RobotsOutcome.Forbidden forbidden = (RobotsOutcome.Forbidden) POLICY.decide(response);

        assertThat(forbidden).isEqualTo(new RobotsOutcome.Forbidden(ROBOTS, refusedAt, status));
        assertThat(forbidden.rules().disallowsAll()).isTrue();
    }

    @Test
    void aServerErrorIsUnreachableAndToBeRetried() {
        RobotsOutcome.Unreachable unreachable = (RobotsOutcome.Unreachable) POLICY.decide(answer(503, ""));

        assertThat(unreachable.status()).isEqualTo(503);
        assertThat(unreachable.failure()).isEmpty();
        assertThat(unreachable.detail()).isEqualTo("HTTP 503");
        assertThat(unreachable.retryAfter()).isEqualTo(RETRY);
        assertThat(unreachable.rules().disallowsAll()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = FailureKind.class,
            names = {"REDIRECT_LOOP", "TOO_MANY_REDIRECTS", "BAD_REDIRECT"})
    void redirectsThatNeverReachAFileMakeItUnavailable(FailureKind kind) {
        RobotsOutcome decided = POLICY.decide(RobotsResponse.failed(ROBOTS, kind, "looped"));

        assertThat(decided).isEqualTo(new RobotsOutcome.Unavailable(ROBOTS, 0, Optional.of(kind), "looped"));
        assertThat(decided.rules().allowsAll()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = FailureKind.class,
            mode = EnumSource.Mode.EXCLUDE,
            names = {"REDIRECT_LOOP", "TOO_MANY_REDIRECTS", "BAD_REDIRECT"})
    void everyOtherFailureIsUnreachable(FailureKind kind) {
        RobotsOutcome decided = POLICY.decide(RobotsResponse.failed(ROBOTS, kind, ""));

        assertThat(decided).isEqualTo(new RobotsOutcome.Unreachable(ROBOTS, 0, Optional.of(kind), kind.name(), RETRY));
        assertThat(decided.rules().disallowsAll()).isTrue();
    }

    @Test
    void everyFailureKindIsDecided() {
        for (FailureKind kind : EnumSet.allOf(FailureKind.class)) {
            assertThat(POLICY.decide(RobotsResponse.failed(ROBOTS, kind, "x")))
                    .isInstanceOfAny(RobotsOutcome.Unavailable.class, RobotsOutcome.Unreachable.class);
        }
    }

    @Test
    void forCouncilAuditRetriesAfterTheDefault() {
        RobotsOutcome.Unreachable unreachable =
                (RobotsOutcome.Unreachable) RobotsPolicy.forCouncilAudit().decide(answer(500, ""));

        assertThat(unreachable.retryAfter()).isEqualTo(RobotsPolicy.DEFAULT_RETRY_AFTER);
    }

    @Test
    void outcomesCheckTheirStatus() {
        assertThatThrownBy(() -> new RobotsOutcome.Parsed(ROBOTS, ROBOTS, 404, RobotsRules.allowAll()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RobotsOutcome.Forbidden(ROBOTS, ROBOTS, 404))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void refusesANonPositiveRetry(long seconds) {
        assertThatThrownBy(() -> new RobotsPolicy(RobotsParser.forCouncilAudit(), Duration.ofSeconds(seconds)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new RobotsOutcome.Unreachable(ROBOTS, 503, Optional.empty(), "", Duration.ofSeconds(seconds)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
