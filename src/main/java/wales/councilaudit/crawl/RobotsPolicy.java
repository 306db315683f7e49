package wales.councilaudit.crawl;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import wales.councilaudit.net.FailureKind;

/**
 * RFC 9309's failure modes (§2.3.1) as a pure decision: from what fetching a robots.txt gave to the rules to obey.
 * Immutable and thread-safe.
 *
 * <table>
 *   <caption>Decisions</caption>
 *   <tr><th>response</th><th>outcome</th><th>rules</th></tr>
 *   <tr><td>2xx</td><td>{@link RobotsOutcome.Parsed}</td><td>the file's</td></tr>
 *   <tr><td>401, 403</td><td>{@link RobotsOutcome.Forbidden}</td><td>disallow all (the council blocks us)</td></tr>
 *   <tr><td>429, 5xx, any other status, no answer</td><td>{@link RobotsOutcome.Unreachable}</td>
 *       <td>disallow all, fetch again later</td></tr>
 *   <tr><td>other 4xx, a final 3xx, failed redirects</td><td>{@link RobotsOutcome.Unavailable}</td>
 *       <td>allow all</td></tr>
 * </table>
 *
 * <p>A 429 counts as a server error, not as "unavailable": it asks us to slow down, and allowing everything in
 * answer would do the opposite (Google's crawler does the same). An address our policy refuses, or a scheme we do
 * not fetch, is "unreachable" too: the host's pages would be refused the same way.
 */
public final class RobotsPolicy {

    /** How long to wait before fetching an unreachable robots.txt again, unless told otherwise. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofMinutes(5);

    /** Redirects that never reached a file: RFC 9309 §2.3.1.2 lets a crawler treat that as "unavailable". */
    private static final Set<FailureKind> REDIRECT_FAILURES =
            EnumSet.of(FailureKind.REDIRECT_LOOP, FailureKind.TOO_MANY_REDIRECTS, FailureKind.BAD_REDIRECT);

    private final RobotsParser parser;
    private final Duration retryAfter;

    /**
     * @param parser parses a 2xx answer's body
     * @param retryAfter how long an {@link RobotsOutcome.Unreachable} asks to wait before fetching again; positive
     */
    public RobotsPolicy(RobotsParser parser, Duration retryAfter) {
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("retryAfter must be positive, got " + retryAfter);
        }
        this.parser = parser;
        this.retryAfter = retryAfter;
    }

    /** For {@value RobotsParser#PRODUCT_TOKEN}, retrying after {@link #DEFAULT_RETRY_AFTER}. */
    public static RobotsPolicy forCouncilAudit() {
        return new RobotsPolicy(RobotsParser.forCouncilAudit(), DEFAULT_RETRY_AFTER);
    }

    /** The outcome for {@code response}; never throws for any response. */
    public RobotsOutcome decide(RobotsResponse response) {
        if (response.failure().isPresent()) {
            return decideFailure(response, response.failure().get());
        }
        int status = response.status();
        if (status >= 200 && status < 300) {
            RobotsRules rules = parser.parse(response.finalUrl(), response.body(), response.contentType());
            return new RobotsOutcome.Parsed(response.url(), response.finalUrl(), status, rules);
        }
        if (status == 401 || status == 403) {
            return new RobotsOutcome.Forbidden(response.url(), response.finalUrl(), status);
        }
        if (status >= 300 && status < 500 && status != 429) {
            return new RobotsOutcome.Unavailable(response.url(), status, Optional.empty(), "HTTP " + status);
        }
        return new RobotsOutcome.Unreachable(response.url(), status, Optional.empty(), "HTTP " + status, retryAfter);
    }

    private RobotsOutcome decideFailure(RobotsResponse response, FailureKind kind) {
        String detail = response.detail().isEmpty() ? kind.name() : response.detail();
        if (REDIRECT_FAILURES.contains(kind)) {
            return new RobotsOutcome.Unavailable(response.url(), 0, Optional.of(kind), detail);
        }
        return new RobotsOutcome.Unreachable(response.url(), 0, Optional.of(kind), detail, retryAfter);
    }
}
