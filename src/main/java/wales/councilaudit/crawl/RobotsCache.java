package wales.councilaudit.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import wales.councilaudit.net.FetchResult;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.PageBody;

/**
 * A crawl's robots.txt files, fetched once per origin (scheme, host and port) per run, through the host's
 * politeness gate, and decided by {@link RobotsPolicy}. An unreachable file (5xx, 429, no answer) disallows
 * everything until its retry time, and is then fetched again when the crawl next needs it (RFC 9309 §2.3.1.4).
 * A file's {@code Crawl-delay} goes to the politeness gate. Thread-safe: one thread fetches an origin's file while
 * the others wait for it.
 */
final class RobotsCache {

    /** The most bytes of a robots.txt read: RFC 9309 asks crawlers to parse at least 500 KiB. */
    static final long MAX_BYTES = 512 * 1024;

    private record Entry(RobotsOutcome outcome, Instant expires) {}

    private final HttpFetcher fetcher;
    private final HostPoliteness politeness;
    private final RobotsPolicy policy;
    private final Clock clock;
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    RobotsCache(HttpFetcher fetcher, HostPoliteness politeness, RobotsPolicy policy, Clock clock) {
        this.fetcher = fetcher;
        this.politeness = politeness;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * The robots.txt outcome that governs {@code url}, fetching the file when it is not known or has expired.
     *
     * @return empty when the host is blocked and the file could not be asked for
     */
    Optional<RobotsOutcome> forUrl(URI url) throws InterruptedException {
        String origin = origin(url);
        Entry entry = entries.get(origin);
        if (fresh(entry)) {
            return Optional.of(entry.outcome());
        }
        synchronized (locks.computeIfAbsent(origin, o -> new Object())) {
            entry = entries.get(origin);
            if (fresh(entry)) {
                return Optional.of(entry.outcome());
            }
            Optional<RobotsOutcome> fetched = fetch(URI.create(origin + "/robots.txt"), url.getHost());
            fetched.ifPresent(outcome -> entries.put(origin, new Entry(outcome, expiry(outcome))));
            return fetched;
        }
    }

    /** The outcome already known for the origin of {@code url}, without fetching. */
    Optional<RobotsOutcome> known(URI url) {
        return Optional.ofNullable(entries.get(origin(url))).map(Entry::outcome);
    }

    private boolean fresh(Entry entry) {
        return entry != null && clock.instant().isBefore(entry.expires());
    }

    private Instant expiry(RobotsOutcome outcome) {
        if (outcome instanceof RobotsOutcome.Unreachable unreachable) {
            return clock.instant().plus(unreachable.retryAfter());
        }
        return Instant.MAX;
    }

    private Optional<RobotsOutcome> fetch(URI robotsUrl, String host) throws InterruptedException {
        Optional<Permit> permit = politeness.acquire(host);
        if (permit.isEmpty()) {
            return Optional.empty();
        }
        RobotsOutcome outcome;
        try (Permit p = permit.get()) {
            FetchResult result = fetcher.fetchPage(robotsUrl, MAX_BYTES, p);
            // A robots.txt's 403 is the council's refusal: RobotsPolicy says so, and the crawl blocks the host.
            p.report(result);
            byte[] body = result instanceof FetchResult.Answered answered
                    ? answered.body().map(PageBody::bytes).orElse(new byte[0])
                    : new byte[0];
            outcome = policy.decide(RobotsResponse.from(result, body));
            if (outcome instanceof RobotsOutcome.Forbidden) {
                politeness.block(host);
            }
            // Before the permit closes: closing sets the host's next start from its delay, and the request
            // right after the robots.txt must wait the Crawl-delay too.
            outcome.rules().crawlDelay().ifPresent(delay -> politeness.crawlDelay(host, delay));
        }
        return Optional.of(outcome);
    }

    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
