package wales.councilaudit.crawl;

/** How the crawl first met a URL. Only links count as in-links. */
public enum UrlSource {
    /** A council's home page, from the registry. */
    SEED,
    /** A link on a crawled page. */
    LINK,
    /** A site's sitemap. */
    SITEMAP,
    /** A guess at a page's Welsh or English twin from the site's path convention, fetched to check it. */
    TWIN,
    /** The target of a redirect from a crawled URL. */
    REDIRECT
}
