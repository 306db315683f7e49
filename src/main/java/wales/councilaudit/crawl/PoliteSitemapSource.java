package wales.councilaudit.crawl;

import java.net.URI;
import java.util.Optional;
import wales.councilaudit.net.FetchResult;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.PageBody;

/**
 * Sitemap files fetched as the crawl fetches pages: through the host's politeness gate, with the fetcher's address
 * rules, and only from the council's own hosts.
 */
final class PoliteSitemapSource implements SitemapSource {

    /** The most bytes read of one sitemap file: the sitemaps protocol allows 50 MB uncompressed. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final HttpFetcher fetcher;
    private final HostPoliteness politeness;
    private final CrawlScope scope;

    PoliteSitemapSource(HttpFetcher fetcher, HostPoliteness politeness, CrawlScope scope) {
        this.fetcher = fetcher;
        this.politeness = politeness;
        this.scope = scope;
    }

    @Override
    public SitemapFetch fetch(URI url) throws InterruptedException {
        if (!scope.inScope(url)) {
            return new SitemapFetch.Failed("not one of the council's hosts: " + url.getHost());
        }
        Optional<Permit> permit = politeness.acquire(url.getHost());
        if (permit.isEmpty()) {
            return new SitemapFetch.Failed("the host blocked our agent");
        }
        FetchResult result;
        try (Permit p = permit.get()) {
            result = fetcher.fetchPage(url, MAX_BYTES, p);
            p.report(result);
        }
        if (result instanceof FetchResult.Answered answered) {
            byte[] body = answered.body().map(PageBody::bytes).orElse(new byte[0]);
            return new SitemapFetch.Fetched(
                    answered.finalUrl(),
                    answered.status(),
                    answered.header("content-type").orElse(""),
                    body);
        }
        FetchResult.Failed failed = (FetchResult.Failed) result;
        return new SitemapFetch.Failed(failed.kind() + ": " + failed.detail());
    }
}
