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
 */
public record QueuedUrl(URI url, UrlKey key, int depth, long seq, int attempts) {
    public QueuedUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(key, "key");
        if (depth < 0 || seq < 0 || attempts < 0) {
            throw new IllegalArgumentException("depth, seq and attempts are not negative");
        }
    }
}
