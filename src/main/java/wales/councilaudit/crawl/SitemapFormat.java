package wales.councilaudit.crawl;

/** The format of a sitemap file that lists pages (an index is {@link SitemapOutcome.Index}), gzipped or not. */
public enum SitemapFormat {
    /** An XML {@code <urlset>} (sitemaps.org). */
    XML,
    /** A plain-text list, one URL a line (sitemaps.org). */
    TEXT,
    /** An RSS 2.0 or 1.0 feed: each item's {@code <link>} (or a {@code <guid>} that is a URL). */
    RSS,
    /** An Atom 1.0 feed: each entry's {@code <link>}. */
    ATOM
}
