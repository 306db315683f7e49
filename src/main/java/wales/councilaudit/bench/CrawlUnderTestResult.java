package wales.councilaudit.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a {@link CrawlUnderTest} reports about one crawl: the pages it fetched (HTML pages answered 200, each
 * counted once; robots.txt and failed requests are not pages), the pages it stored when it stores them, the
 * requests that failed, and any other figures worth printing (written to the JSON as they are: numbers, strings,
 * booleans).
 *
 * @param pagesFetched pages fetched, at least 0
 * @param pagesStored pages stored, when the crawler stores pages
 * @param failures requests that failed (an error status, a network error), at least 0
 * @param details other figures, by name, in the order given
 */
public record CrawlUnderTestResult(
        long pagesFetched, OptionalLong pagesStored, long failures, Map<String, Object> details) {

    public CrawlUnderTestResult {
        if (pagesFetched < 0 || failures < 0) {
            throw new IllegalArgumentException("negative count: " + pagesFetched + " pages, " + failures + " failures");
        }
        Objects.requireNonNull(pagesStored, "pagesStored");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** {@code pagesFetched} pages, nothing stored, no failures, no details. */
    public static CrawlUnderTestResult fetched(long pagesFetched) {
        return new CrawlUnderTestResult(pagesFetched, OptionalLong.empty(), 0, Map.of());
    }

    public CrawlUnderTestResult withPagesStored(long stored) {
        return new CrawlUnderTestResult(pagesFetched, OptionalLong.of(stored), failures, details);
    }

    public CrawlUnderTestResult withFailures(long count) {
        return new CrawlUnderTestResult(pagesFetched, pagesStored, count, details);
    }

    /** This result with one more detail (replacing one of the same name). */
    public CrawlUnderTestResult withDetail(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new CrawlUnderTestResult(pagesFetched, pagesStored, failures, more);
    }
}
