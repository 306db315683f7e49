package wales.councilaudit.bench;

import java.net.URI;
import java.nio.file.Path;

/**
 * A crawler the benchmark can time: the product's crawl engine ({@link ProductCrawl}) or the floor ({@link
 * FloorCrawler}), run the same way on the same {@link GeneratedSite}.
 */
public interface CrawlUnderTest {

    /**
     * Crawls the site from {@code seed} until there is nothing left to fetch, with politeness off, and returns
     * when done. The benchmark times the whole call and measures the heap meanwhile.
     *
     * @param seed the site's home page, {@code http://127.0.0.1:<port>/} (a loopback address: the crawler must
     *     allow it)
     * @param threads how many requests may be in flight at once
     * @param workDir an empty folder of this run's own (for a store, a frontier on disk); deleted afterwards
     * @return what was fetched; the benchmark checks {@link CrawlUnderTestResult#pagesFetched()} against the
     *     site's size
     * @throws UnsupportedOperationException when the crawler is not available (yet): reported as such, not as a
     *     failure, when it happens on the first call
     * @throws Exception a failure, reported with its message
     */
    CrawlUnderTestResult crawl(URI seed, int threads, Path workDir) throws Exception;
}
