package wales.councilaudit.crawl;

/**
 * How much of a site's sitemaps a {@link SitemapReader} reads. Every limit counts what is allowed. The size of one
 * file is the {@link SitemapSource}'s business; the reader bounds only what a gzipped file may expand to ({@link
 * SitemapReader#MAX_UNCOMPRESSED_BYTES}). Immutable.
 *
 * @param maxFiles how many sitemap files are fetched in all, start files and the files indexes list, whatever each
 *     fetch gives (a 404 counts); at least 1. Default 50: a council's sitemaps are one file or an index of a few,
 *     and 50 files of the protocol's 50,000 URLs each are far more than a crawl visits
 * @param maxDepth how many levels of sitemap indexes are followed below a start file: a file listed by an index of
 *     depth {@code d} has depth {@code d + 1} and is fetched only when {@code d + 1 <= maxDepth}; 0 reads only the
 *     start files. Default 3: the protocol allows no index in an index, real sites nest one or two
 * @param maxUrls how many page URLs are kept; the rest are counted as truncated. It also bounds the entries kept
 *     from any one file while it is parsed, so it bounds the reader's memory. At least 1. Default 50,000: the
 *     protocol's maximum for one sitemap file
 */
public record SitemapLimits(int maxFiles, int maxDepth, int maxUrls) {

    /** The default limits, as documented on each parameter. */
    public static final SitemapLimits DEFAULTS = new SitemapLimits(50, 3, 50_000);

    /** @throws IllegalArgumentException when a limit is negative, or zero where it must allow at least one */
    public SitemapLimits {
        if (maxFiles < 1) {
            throw new IllegalArgumentException("maxFiles must be at least 1, got " + maxFiles);
        }
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth must not be negative, got " + maxDepth);
        }
        if (maxUrls < 1) {
            throw new IllegalArgumentException("maxUrls must be at least 1, got " + maxUrls);
        }
    }
}
