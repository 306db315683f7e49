package wales.councilaudit.crawl;

import java.net.URI;
import java.util.List;

/**
 * What a {@link SitemapReader} found in a site's sitemaps. Immutable.
 *
 * <p>Every entry of a page-listing file read is either kept or counted once in exactly one of {@code invalid},
 * {@code outOfScope}, {@code duplicates} or {@code truncated}, checked in that order.
 *
 * @param urls the page URLs found: normalised ({@link UrlNormaliser}), in scope, distinct, in the order the files
 *     listed them (an index's files in the index's order, each read before the next); at most {@link
 *     SitemapLimits#maxUrls()}
 * @param files every sitemap file asked for, in the order it was, each with its outcome; an index comes before the
 *     files it lists
 * @param invalid entries that are not absolute http(s) URLs (a relative path, {@code mailto:}, a line of text in a
 *     text sitemap, a URL longer than {@link UrlNormaliser#MAX_LENGTH}), in page files and in indexes
 * @param outOfScope page URLs the scope refused, each time one was listed
 * @param duplicates page URLs already kept, listed again
 * @param truncated page URLs left out because {@link SitemapLimits#maxUrls()} was reached. Entries of one file past
 *     that many are counted here without being checked, and no further file is fetched once the limit is reached
 * @param sitemapsNotRead sitemap entries not fetched because of {@link SitemapLimits#maxFiles()}, {@link
 *     SitemapLimits#maxDepth()} or {@link SitemapLimits#maxUrls()}, each time one was listed; a file already read
 *     (listed twice, or in a loop of indexes) is not fetched again and not counted here
 */
public record SitemapResult(
        List<URI> urls,
        List<SitemapFile> files,
        int invalid,
        int outOfScope,
        int duplicates,
        int truncated,
        int sitemapsNotRead) {

    public SitemapResult {
        urls = List.copyOf(urls);
        files = List.copyOf(files);
        if (invalid < 0 || outOfScope < 0 || duplicates < 0 || truncated < 0 || sitemapsNotRead < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Whether nothing was left out because of a limit: no URL truncated and every sitemap found was read. */
    public boolean complete() {
        return truncated == 0 && sitemapsNotRead == 0;
    }
}
