package wales.councilaudit.bench;

import java.net.URI;
import java.nio.file.Path;

/**
 * The product's crawl engine as the benchmark runs it: politeness off, the given number of threads, on the
 * generated site at {@code http://127.0.0.1:<port>/} (so the engine's address policy must allow that loopback
 * address, e.g. with a {@code --resolve}-style rule or private addresses allowed). Until the engine lands, {@link
 * #crawl} throws {@link UnsupportedOperationException} and the benchmark reports the product as not available.
 */
public final class ProductCrawl implements CrawlUnderTest {

    private ProductCrawl() {}

    /** The product, as the {@code bench crawl} command gets it. */
    public static CrawlUnderTest create() {
        return new ProductCrawl();
    }

    @Override
    public CrawlUnderTestResult crawl(URI seed, int threads, Path workDir) throws Exception {
        throw new UnsupportedOperationException("wired when the crawl engine lands");
    }
}
