package wales.councilaudit.crawl;

import java.net.URI;
import java.util.Objects;

/**
 * A URL taken from the frontier to fetch.
 *
 * @param url normalised, in scope
 * @param key {@link UrlKey#of(URI)} of {@code url}
 * @param depth clicks from a home page (sitemap entries count as one)
 * @param seq its place in the frontier's first-in, first-out order
 * @param attempts how many times it was fetched before and put back (after a 429 or 503)
 * @param source how the crawl first met it
 */
public record QueuedUrl(URI url, UrlKey key, int depth, long seq, int attempts, UrlSource source) {
    public QueuedUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        if (depth < 0 || seq < 0 || attempts < 0) {
            throw new IllegalArgumentException("depth, seq and attempts are not negative");
        }
    }

    /** A URL met through a link. */
    public QueuedUrl(URI url, UrlKey key, int depth, long seq, int attempts) {
        this(url, key, depth, seq, attempts, UrlSource.LINK);
    }
}
