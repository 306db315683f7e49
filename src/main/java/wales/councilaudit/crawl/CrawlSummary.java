package wales.councilaudit.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one council's crawl found, as the run's reports and the store keep it ({@code crawl/<council>.json}).
 * Lists of URLs are capped ({@link CrawlSummaryBuilder#MAX_LISTED}); their counts are not.
 *
 * @param council the council's id
 * @param status how the crawl ended
 * @param evidence for a blocked or unreachable council, what showed it; else empty
 * @param started when the crawl first started
 * @param finished when it finished
 * @param limits the limits it ran under
 * @param urls URLs met, in each state ({@code QUEUED}... {@code NOT_FETCHED})
 * @param statuses fetched URLs by final status ({@code "200"}, {@code "404"}), failures as {@code "failed"}
 * @param failures fetches that ended without an answer, by kind ({@code TIMEOUT}, {@code CONNECT}...)
 * @param truncated bodies cut short at the byte limit
 * @param htmlPages URLs that answered 200 with HTML
 * @param cut URLs not fetched because of a limit or a trap, by kind ({@code DEPTH}, {@code MAX_PAGES}, {@code
 *     TIME}, {@code CALENDAR}, {@code QUERY_EXPLOSION}, {@code REPEATED_SEGMENTS}, {@code DEEP_PATH})
 * @param notFetched URLs not fetched for other reasons (robots.txt, a blocked host), by reason
 * @param brokenLinks how many linked URLs answered 400 or more, or failed
 * @param broken the first of them, with the pages that link to them
 * @param pdfs PDFs fetched: count, bytes and the first URLs
 * @param twins Welsh-twin coverage
 * @param sample the pages chosen for the browser stage, with why
 */
public record CrawlSummary(
        String council,
        CrawlStatus status,
        String evidence,
        Instant started,
        Instant finished,
        CrawlLimits limits,
        Map<UrlState, Long> urls,
        Map<String, Long> statuses,
        Map<String, Long> failures,
        long truncated,
        long htmlPages,
        Map<String, Long> cut,
        Map<String, Long> notFetched,
        long brokenLinks,
        List<BrokenLink> broken,
        Pdfs pdfs,
        TwinCoverage twins,
        List<SamplePage> sample) {

    public CrawlSummary {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        urls = Map.copyOf(urls);
        statuses = Map.copyOf(statuses);
        failures = Map.copyOf(failures);
        cut = Map.copyOf(cut);
        notFetched = Map.copyOf(notFetched);
        broken = List.copyOf(broken);
        sample = List.copyOf(sample);
    }

    /** How many URLs were fetched or tried. */
    public long fetched() {
        return urls.getOrDefault(UrlState.DONE, 0L);
    }

    /** How many URLs limits and traps cut off. */
    public long cutTotal() {
        return cut.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * A link to a URL that answered 400 or more, or failed.
     *
     * @param url the URL linked to
     * @param status its final status, 0 when it failed
     * @param failure why it failed, when it did
     * @param inLinks how many crawled pages link to it
     * @param referrers the first of them
     */
    public record BrokenLink(URI url, int status, Optional<String> failure, int inLinks, List<URI> referrers) {
        public BrokenLink {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(failure, "failure");
            referrers = List.copyOf(referrers);
        }
    }

    /**
     * @param count PDFs that answered 200
     * @param bytes their bytes read
     * @param urls the first of them
     */
    public record Pdfs(long count, long bytes, List<URI> urls) {
        public Pdfs {
            urls = List.copyOf(urls);
        }
    }

    /**
     * Welsh-twin coverage of the English pages (and, the other way, of the Welsh ones).
     *
     * @param englishPages pages that answered 200 with HTML and do not say they are Welsh
     * @param withCandidate of those, pages where a Welsh twin was found (hreflang, a toggle or the path convention)
     * @param verified of those, pages whose twin answered 200 with {@code lang="cy"} and names the page as its own twin
     * @param byMethod verified twins by how they were found
     * @param welshPages pages that say they are Welsh
     * @param welshWithEnglish of those, pages whose English twin answered 200 in English and names them back
     */
    public record TwinCoverage(
            long englishPages,
            long withCandidate,
            long verified,
            Map<PageTwin.Method, Long> byMethod,
            long welshPages,
            long welshWithEnglish) {
        public TwinCoverage {
            byMethod = Map.copyOf(byMethod);
        }

        /** Verified Welsh twins per English page, 0 to 1; 0 when there are no English pages. */
        public double coverage() {
            return englishPages == 0 ? 0 : (double) verified / englishPages;
        }
    }
}
