package wales.councilaudit.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import wales.councilaudit.net.FetchResult;
import wales.councilaudit.net.RequestGate;
import wales.councilaudit.net.RetryAfter;

/**
 * The right to make one fetch (one URL and its redirects) to a host, from {@link HostPoliteness#acquire}. Report
 * what the host answered, then close it: closing marks the end of the request, frees the slot and sets when the
 * host may be asked again. Use it with try-with-resources so that it is closed on every path.
 *
 * <p>As a {@link RequestGate} (pass it to {@code HttpFetcher.fetchPage}), it also paces a redirect chain: before
 * a redirect to the same host it waits the host's delay, holding the slot. A redirect to another host is not paced
 * here: that host's politeness covers only fetches that start there.
 *
 * <p>Not thread-safe: use it on the thread that acquired it.
 */
public final class Permit implements AutoCloseable, RequestGate {

    private final String host;
    private final PolitenessState state;
    private final Clock clock;
    private int status;
    private Optional<Duration> retryAfter = Optional.empty();
    private boolean closed;

    Permit(String host, PolitenessState state, Clock clock) {
        this.host = host;
        this.state = state;
        this.clock = clock;
    }

    /** The host this permit is for, in lower case. */
    public String host() {
        return host;
    }

    /**
     * Records the final answer of the fetch; the last report before {@link #close()} counts. A 429 or 503 pauses
     * the host ({@code retryAfter}, capped, or exponential back-off); a 403 counts towards blocking it; any other
     * status ends a run of 429/503 and of 403. Without a report the fetch counts as unanswered: the delay applies,
     * and nothing else changes.
     *
     * @param status the HTTP status, 100 to 599
     * @param retryAfter the answer's {@code Retry-After}, when it gave a usable one (only 429 and 503 use it)
     */
    public void report(int status, Optional<Duration> retryAfter) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        checkOpen();
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /**
     * Records what a fetch gave: an answer's status and {@code Retry-After} (read now, for an HTTP-date), or
     * nothing for a failure (no answer, or an answer whose body could not be read).
     */
    public void report(FetchResult result) {
        if (result instanceof FetchResult.Answered answered) {
            report(
                    answered.status(),
                    answered.header("retry-after").flatMap(v -> RetryAfter.parse(v, clock.instant())));
        } else {
            checkOpen();
            status = 0;
            retryAfter = Optional.empty();
        }
    }

    /**
     * Waits the host's delay before a redirect to the same host; does nothing for the first request (the acquire
     * waited) or for another host.
     */
    @Override
    public void beforeRequest(URI url, int index) throws InterruptedException {
        checkOpen();
        String target = url.getHost() == null ? "" : HostPoliteness.key(url.getHost());
        if (index > 0 && target.equals(host)) {
            state.sleep(state.delay());
        }
    }

    /** Ends the request: frees the slot and applies the report. Closing again does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            state.exit(status, retryAfter);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the permit for " + host + " is closed");
        }
    }

    @Override
    public String toString() {
        return "Permit[" + host + (closed ? ", closed" : "") + "]";
    }
}
