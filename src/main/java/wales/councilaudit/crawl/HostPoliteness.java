package wales.councilaudit.crawl;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import wales.councilaudit.net.Sleeper;

/**
 * The crawl's per-host politeness gate, shared by all its worker threads. For each host (a host name, whatever
 * the scheme or port):
 *
 * <ul>
 *   <li>at most {@link PolitenessSettings#maxConcurrentPerHost()} requests in flight;
 *   <li>a request starts no sooner than the host's delay after the end of the previous one, and after the start
 *       of the previous one; the delay is the configured one or the host's robots.txt {@code Crawl-delay} (see
 *       {@link #crawlDelay}), whichever is longer;
 *   <li>after a 429 or 503, the next request waits the server's {@code Retry-After}, or else an exponential
 *       back-off (1 s, 2 s, 4 s... by default), either capped at {@link PolitenessSettings#maxPause()} and never
 *       less than the delay; the back-off starts again after any other answer;
 *   <li>a 403 before the host has answered any 2xx, or {@link PolitenessSettings#forbiddenToBlock()} 403s in a
 *       row, mark the host blocked: {@link #acquire} then refuses it, waiting workers included, so the crawl
 *       records {@code BLOCKED} and stops fetching it. The crawl can also {@link #block} a host itself (a 403 on
 *       its home page after a robots.txt 200, say).
 * </ul>
 *
 * <p>Usage, on each worker:
 *
 * <pre>{@code
 * Optional<Permit> permit = politeness.acquire(url.getHost());
 * if (permit.isEmpty()) { ... record the page as not fetched: the host is blocked ...; return; }
 * try (Permit p = permit.get()) {
 *     FetchResult result = fetcher.fetchPage(url, maxBytes, p);  // p paces same-host redirects
 *     p.report(result);
 *     ...
 * }
 * }</pre>
 *
 * <p>Time comes from the injected {@link Clock} and waits go through the injected {@link Sleeper}, so tests run on
 * fake time. Thread-safe. Memory: one small state per host ever acquired, kept for the gate's life (the crawl's
 * hosts are its councils' few names, so use one gate per crawl run).
 */
public final class HostPoliteness {

    private final PolitenessSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ConcurrentMap<String, PolitenessState> hosts = new ConcurrentHashMap<>();

    public HostPoliteness(PolitenessSettings settings, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public PolitenessSettings settings() {
        return settings;
    }

    /**
     * Waits until a request to {@code host} may start, then takes one of its slots.
     *
     * @param host a host name, any case
     * @return the permit, to report on and close; empty, without waiting further, when the host is or becomes
     *     blocked
     * @throws InterruptedException when interrupted while waiting (no slot is taken)
     */
    public Optional<Permit> acquire(String host) throws InterruptedException {
        String key = key(host);
        PolitenessState state = state(key);
        return state.enter() ? Optional.of(new Permit(key, state, clock)) : Optional.empty();
    }

    /**
     * Sets the host's robots.txt {@code Crawl-delay}, replacing any earlier one; it counts only when longer than
     * the configured delay. Not capped: a site asking for a long delay is obeyed (the crawl's time limit per
     * council bounds the cost).
     *
     * @param crawlDelay zero or more
     */
    public void crawlDelay(String host, Duration crawlDelay) {
        if (crawlDelay.isNegative()) {
            throw new IllegalArgumentException("a crawl delay must not be negative, got " + crawlDelay);
        }
        state(key(host)).crawlDelay(crawlDelay);
    }

    /** The host's delay between requests now: the configured delay or its crawl delay, whichever is longer. */
    public Duration delay(String host) {
        return state(key(host)).delay();
    }

    /** Whether the host is blocked; a host never seen is not. */
    public boolean isBlocked(String host) {
        PolitenessState state = hosts.get(key(host));
        return state != null && state.blocked();
    }

    /** Marks the host blocked: every acquire for it, waiting or to come, is refused. */
    public void block(String host) {
        state(key(host)).block();
    }

    private PolitenessState state(String key) {
        return hosts.computeIfAbsent(key, k -> new PolitenessState(settings, clock, sleeper));
    }

    /** The key of a host: its name in lower case, without a trailing dot. */
    static String key(String host) {
        String name = host.trim().toLowerCase(Locale.ROOT);
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a host name is required, got '" + host + "'");
        }
        return name;
    }
}
