package wales.councilaudit.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one robots.txt says to our agent: which URLs of its host we may fetch, how long to wait between requests,
 * and the sitemaps it lists. Immutable and thread-safe; made by {@link RobotsParser} or the two constants.
 */
public final class RobotsRules {

    private static final RobotsRules ALLOW_ALL =
            new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), Optional.empty(), List.of());
    private static final RobotsRules DISALLOW_ALL =
            new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), Optional.empty(), List.of());

    /** Never mutated after construction, so reads from several threads are safe. */
    private final SimpleRobotRules rules;

    private final Optional<Duration> crawlDelay;
    private final List<URI> sitemaps;

    private RobotsRules(SimpleRobotRules rules, Optional<Duration> crawlDelay, List<URI> sitemaps) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
        this.sitemaps = List.copyOf(sitemaps);
    }

    /** No robots.txt to obey (RFC 9309 §2.3.1.3: the file is unavailable): every URL is allowed. */
    public static RobotsRules allowAll() {
        return ALLOW_ALL;
    }

    /** Nothing may be fetched (RFC 9309 §2.3.1.4: the file is unreachable), or the site refused us. */
    public static RobotsRules disallowAll() {
        return DISALLOW_ALL;
    }

    /** Wraps what crawler-commons parsed (relative sitemaps already resolved against the file's URL). */
    static RobotsRules of(SimpleRobotRules parsed) {
        return new RobotsRules(parsed, crawlDelayOf(parsed), sitemapsOf(parsed.getSitemaps()));
    }

    /**
     * Whether our agent may fetch {@code url}. Only its path and query are compared (RFC 9309 §2.2.2: longest
     * match wins, {@code Allow} wins a tie, {@code *} and {@code $} are special, percent-encoding is normalised);
     * the caller asks only about URLs on the host this robots.txt came from. {@code /robots.txt} is always allowed.
     */
    public boolean isAllowed(URI url) {
        return rules.isAllowed(url.toASCIIString());
    }

    /** The {@code Crawl-delay} of the group that applies to us, when it gives one (zero or more). */
    public Optional<Duration> crawlDelay() {
        return crawlDelay;
    }

    /**
     * The {@code Sitemap} URLs: absolute http(s) URLs in ASCII form, de-duplicated, in the file's order; relative
     * ones resolved against the file's URL; any that are not URLs left out. They may name other hosts.
     */
    public List<URI> sitemaps() {
        return sitemaps;
    }

    /** Whether every URL is allowed without a rule to check (no robots.txt, or one that restricts nothing). */
    public boolean allowsAll() {
        return rules.isAllowAll();
    }

    /** Whether no URL is allowed at all. */
    public boolean disallowsAll() {
        return rules.isAllowNone();
    }

    @Override
    public String toString() {
        String mode = allowsAll()
                ? "allow all"
                : disallowsAll() ? "disallow all" : rules.getRobotRules().size() + " rules";
        return "RobotsRules[" + mode + ", crawlDelay="
                + crawlDelay.map(Duration::toString).orElse("none") + ", sitemaps=" + sitemaps.size() + "]";
    }

    private static Optional<Duration> crawlDelayOf(BaseRobotRules parsed) {
        long millis = parsed.getCrawlDelay();
        if (millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis < 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(millis));
    }

    private static List<URI> sitemapsOf(List<String> found) {
        Set<URI> sitemaps = new LinkedHashSet<>();
        for (String s : found) {
            toUri(s).filter(RobotsRules::isWebUrl).ifPresent(sitemaps::add);
        }
        return List.copyOf(sitemaps);
    }

    /** The URL in ASCII form (non-ASCII characters percent-encoded as UTF-8), when it is one. */
    private static Optional<URI> toUri(String text) {
        try {
            return Optional.of(URI.create(new URI(text).toASCIIString()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isWebUrl(URI uri) {
        String scheme = uri.getScheme();
        return uri.isAbsolute()
                && uri.getHost() != null
                && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    }
}
