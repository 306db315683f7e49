package wales.councilaudit.crawl;

import java.net.URI;

/**
 * How a {@link SitemapReader} gets a sitemap file: the caller's fetcher (the crawl's polite HTTP fetcher, a fake in
 * tests). The reader never fetches by itself. The source follows redirects, bounds the body's size, and decides which
 * hosts it will fetch from at all: the reader asks for every sitemap it is given or finds listed in an index, on
 * whatever host, and only the page URLs it finds are checked against the crawl's scope.
 */
@FunctionalInterface
public interface SitemapSource {

    /**
     * Fetches one sitemap file.
     *
     * @param url a normalised absolute http(s) URL ({@link UrlNormaliser})
     * @return the final answer, whatever its status, or why there was none; never an exception for a fault of the
     *     site or the network
     * @throws InterruptedException when the thread is interrupted while fetching; the reading stops
     */
    SitemapFetch fetch(URI url) throws InterruptedException;
}
