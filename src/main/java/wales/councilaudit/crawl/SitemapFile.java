package wales.councilaudit.crawl;

import java.net.URI;
import java.util.Objects;

/**
 * One sitemap file a {@link SitemapReader} fetched (or could not ask for), with its outcome: the evidence of how a
 * site's sitemaps were read.
 *
 * @param url the URL asked for: a start URL or an entry of an index, normalised ({@link UrlNormaliser}) when it
 *     could be
 * @param finalUrl the URL that answered, after redirects; {@code url} when no answer came
 * @param depth 0 for a start file, {@code d + 1} for a file listed by an index of depth {@code d}
 * @param outcome what reading it gave
 */
public record SitemapFile(URI url, URI finalUrl, int depth, SitemapOutcome outcome) {
    public SitemapFile {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(outcome, "outcome");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative, got " + depth);
        }
    }
}
