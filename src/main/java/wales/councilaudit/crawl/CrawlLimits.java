package wales.councilaudit.crawl;

import java.time.Duration;
import java.util.Objects;

/**
 * How far one council's crawl goes.
 *
 * @param maxPages the most URLs fetched (or tried) per council, redirects' targets and twin checks included
 * @param maxDepth the most clicks from a home page; deeper links are recorded as cut
 * @param maxBytesPerPage the most body bytes kept per response; a longer body is cut short and recorded as such
 * @param maxTime the longest a council's crawl runs (in this process); what is still queued then is cut
 * @param threads fetching threads per council (politeness still allows one request at a time per host)
 * @param maxAttempts how many times a URL answered 429 or 503 is fetched before its answer is recorded
 * @param sampleSize the most pages chosen for the browser stage
 */
public record CrawlLimits(
        int maxPages,
        int maxDepth,
        long maxBytesPerPage,
        Duration maxTime,
        int threads,
        int maxAttempts,
        int sampleSize) {

    public static final CrawlLimits DEFAULTS =
            new CrawlLimits(5_000, 8, 5L * 1024 * 1024, Duration.ofMinutes(60), 2, 3, 25);

    public CrawlLimits {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, got " + maxPages);
        }
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth must not be negative, got " + maxDepth);
        }
        if (maxBytesPerPage < 1024 || maxBytesPerPage > 64L * 1024 * 1024) {
            throw new IllegalArgumentException("maxBytesPerPage must be 1 KiB to 64 MiB, got " + maxBytesPerPage);
        }
        if (maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("maxTime must be positive, got " + maxTime);
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be 1 to 64, got " + threads);
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 10, got " + maxAttempts);
        }
        if (sampleSize < 1 || sampleSize > 500) {
            throw new IllegalArgumentException("sampleSize must be 1 to 500, got " + sampleSize);
        }
    }

    public CrawlLimits withMaxPages(int n) {
        return new CrawlLimits(n, maxDepth, maxBytesPerPage, maxTime, threads, maxAttempts, sampleSize);
    }

    public CrawlLimits withMaxDepth(int n) {
        return new CrawlLimits(maxPages, n, maxBytesPerPage, maxTime, threads, maxAttempts, sampleSize);
    }

    public CrawlLimits withMaxBytesPerPage(long n) {
        return new CrawlLimits(maxPages, maxDepth, n, maxTime, threads, maxAttempts, sampleSize);
    }

    public CrawlLimits withMaxTime(Duration d) {
        return new CrawlLimits(maxPages, maxDepth, maxBytesPerPage, d, threads, maxAttempts, sampleSize);
    }

    public CrawlLimits withThreads(int n) {
        return new CrawlLimits(maxPages, maxDepth, maxBytesPerPage, maxTime, n, maxAttempts, sampleSize);
    }

    public CrawlLimits withSampleSize(int n) {
        return new CrawlLimits(maxPages, maxDepth, maxBytesPerPage, maxTime, threads, maxAttempts, n);
    }
}
