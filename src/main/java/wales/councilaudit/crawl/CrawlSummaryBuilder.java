package wales.councilaudit.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts a crawl's ledger, one {@link StoredPage} at a time, into a {@link CrawlSummary}: memory stays bounded by
 * the capped lists, however many pages the council has. Not thread-safe.
 */
final class CrawlSummaryBuilder {

    /** The most URLs listed for broken links and PDFs (their counts are not capped). */
    static final int MAX_LISTED = 500;

    private final Map<UrlState, Long> urls = new EnumMap<>(UrlState.class);
    private final Map<String, Long> statuses = new TreeMap<>();
    private final Map<String, Long> failures = new TreeMap<>();
    private final Map<String, Long> cut = new TreeMap<>();
    private final Map<String, Long> notFetched = new TreeMap<>();
    private final List<CrawlSummary.BrokenLink> broken = new ArrayList<>();
    private final List<URI> pdfUrls = new ArrayList<>();
    private final Map<PageTwin.Method, Long> twinMethods = new EnumMap<>(PageTwin.Method.class);
    private long truncated;
    private long htmlPages;
    private long brokenLinks;
    private long pdfs;
    private long pdfBytes;
    private long englishPages;
    private long withCandidate;
    private long verified;
    private long welshPages;
    private long welshWithEnglish;

    void add(StoredPage stored) {
        PageRecord page = stored.record();
        urls.merge(page.state(), 1L, Long::sum);
        switch (page.state()) {
            case CUT -> cut.merge(kind(page.reason()), 1L, Long::sum);
            case DISALLOWED, NOT_FETCHED -> notFetched.merge(page.reason(), 1L, Long::sum);
            case DONE -> addDone(stored, page);
            default -> {}
        }
    }

    private void addDone(StoredPage stored, PageRecord page) {
        boolean failed = page.failure().isPresent();
        statuses.merge(failed ? "failed" : Integer.toString(page.status()), 1L, Long::sum);
        page.failure().ifPresent(kind -> failures.merge(kind.name(), 1L, Long::sum));
        if (page.truncated()) {
            truncated++;
        }
        if ((failed || page.status() >= 400) && stored.inLinks() > 0) {
            brokenLinks++;
            if (broken.size() < MAX_LISTED) {
                broken.add(new CrawlSummary.BrokenLink(
                        page.url(),
                        failed ? 0 : page.status(),
                        page.failure().map(Enum::name),
                        stored.inLinks(),
                        stored.referrers()));
            }
        }
        if (page.status() == 200 && page.format().equals(Optional.of(PageFormat.PDF))) {
            pdfs++;
            pdfBytes += page.bytes();
            if (pdfUrls.size() < MAX_LISTED) {
                pdfUrls.add(page.url());
            }
        }
        if (!page.isHtmlPage()) {
            return;
        }
        htmlPages++;
        boolean welsh = page.lang().toLowerCase(Locale.ROOT).startsWith(PageTwin.WELSH);
        if (welsh) {
            welshPages++;
            if (stored.twinCheck().map(t -> t.confirms(PageTwin.ENGLISH)).orElse(false)) {
                welshWithEnglish++;
            }
            return;
        }
        englishPages++;
        if (page.twin().isPresent()) {
            withCandidate++;
            if (stored.twinCheck().map(t -> t.confirms(PageTwin.WELSH)).orElse(false)) {
                verified++;
                twinMethods.merge(page.twin().get().method(), 1L, Long::sum);
            }
        }
    }

    /** The kind of a cut: the reason's first word ({@code DEPTH}, {@code CALENDAR}...). */
    static String kind(String reason) {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }

    CrawlSummary build(
            String council,
            CrawlStatus status,
            String evidence,
            java.time.Instant started,
            java.time.Instant finished,
            CrawlLimits limits,
            List<SamplePage> sample) {
        return new CrawlSummary(
                council,
                status,
                evidence,
                started,
                finished,
                limits,
                urls,
                statuses,
                failures,
                truncated,
                htmlPages,
                cut,
                notFetched,
                brokenLinks,
                broken,
                new CrawlSummary.Pdfs(pdfs, pdfBytes, pdfUrls),
                new CrawlSummary.TwinCoverage(
                        englishPages, withCandidate, verified, twinMethods, welshPages, welshWithEnglish),
                sample);
    }
}
