package wales.councilaudit.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import wales.councilaudit.net.FailureKind;

/**
 * The fate of a host's robots.txt, decided by {@link RobotsPolicy}: the rules to obey until it is fetched again,
 * and the evidence of why. Expected outcomes, never exceptions.
 */
public sealed interface RobotsOutcome {

    /** The robots.txt URL asked for. */
    URI url();

    /** What to obey: the file's rules, everything allowed, or nothing allowed. */
    RobotsRules rules();

    /**
     * A 2xx answer, parsed (RFC 9309 §2.3.1.1).
     *
     * @param finalUrl the URL that answered, after any redirects (RFC 9309 §2.3.1.2)
     * @param status the 2xx status
     */
    record Parsed(URI url, URI finalUrl, int status, RobotsRules rules) implements RobotsOutcome {
        public Parsed {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(finalUrl, "finalUrl");
            Objects.requireNonNull(rules, "rules");
            if (status < 200 || status > 299) {
                throw new IllegalArgumentException("not a 2xx status: " + status);
            }
        }
    }

    /**
     * There is no robots.txt to obey, so everything is allowed (RFC 9309 §2.3.1.3): a 4xx other than 401, 403 and
     * 429, or redirects that never reached a file (a loop, too many, one without a {@code Location}).
     *
     * @param status the final answer's status, or 0 when the redirects failed
     * @param failure the redirect failure, when that is why
     * @param detail what happened, for people
     */
    record Unavailable(URI url, int status, Optional<FailureKind> failure, String detail) implements RobotsOutcome {
        public Unavailable {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public RobotsRules rules() {
            return RobotsRules.allowAll();
        }
    }

    /**
     * The file could not be had because of the server or the network, so nothing is allowed for now and the
     * robots.txt must be fetched again later (RFC 9309 §2.3.1.4): a 5xx, a 429, or no answer at all.
     *
     * @param status the final answer's status, or 0 when no answer came
     * @param failure why no answer came, when none did
     * @param detail what happened, for people
     * @param retryAfter how long to wait before fetching the robots.txt again; positive
     */
    record Unreachable(URI url, int status, Optional<FailureKind> failure, String detail, Duration retryAfter)
            implements RobotsOutcome {
        public Unreachable {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(detail, "detail");
            if (retryAfter.isNegative() || retryAfter.isZero()) {
                throw new IllegalArgumentException("retryAfter must be positive, got " + retryAfter);
            }
        }

        @Override
        public RobotsRules rules() {
            return RobotsRules.disallowAll();
        }
    }

    /**
     * The site refused our agent its robots.txt (401 or 403): the council blocks us, and the crawl records it as
     * {@code BLOCKED} with this as evidence and fetches nothing from the host. RFC 9309 §2.3.1.3 would treat these
     * as "unavailable" and allow everything; the brief's politeness rule (back off on 403) comes first.
     *
     * @param finalUrl the URL that refused, after any redirects
     * @param status 401 or 403
     */
    record Forbidden(URI url, URI finalUrl, int status) implements RobotsOutcome {
        public Forbidden {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(finalUrl, "finalUrl");
            if (status != 401 && status != 403) {
                throw new IllegalArgumentException("not 401 or 403: " + status);
            }
        }

        @Override
        public RobotsRules rules() {
            return RobotsRules.disallowAll();
        }
    }
}
