package wales.councilaudit.crawl;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One council's crawl in one run as it is kept on disk: its frontier, its seen-set and its pages in one table, so
 * that memory does not grow with the site and a crawl stopped at any point (even {@code kill -9}) resumes where
 * its last commit left it. The crawl of a council has one owner at a time (one process, one coordinator thread
 * calling these methods); the ledger need not guard against two. The one exception: the owner may make several
 * {@link #commit} calls at once whose rows are disjoint (in-link counts written in chunks); each is a transaction of
 * its own.
 *
 * <p>Implemented by the results store (H2 or PostgreSQL); {@link wales.councilaudit.crawl} only uses this
 * interface.
 */
public interface CrawlLedger {

    /** The council's crawl status in the run; empty when it never started. */
    Optional<CrawlStatus> status();

    /**
     * Marks the crawl {@link CrawlStatus#RUNNING}, keeping the first start time when it is resumed.
     *
     * @return when the crawl first started
     */
    Instant begin(Instant at);

    /** The highest frontier sequence number given so far, or -1 when the frontier is empty. */
    long lastSeq();

    /**
     * Writes, in one transaction: URLs met (new ones join the frontier; known ones gain in-links and referrers),
     * pages fetched or given up, and URLs put back in the queue with a new sequence number.
     */
    void commit(List<Discovery> discovered, List<PageRecord> pages, List<QueuedUrl> requeued);

    /** Up to {@code max} queued URLs with a sequence number above {@code afterSeq}, in sequence order. */
    List<QueuedUrl> next(long afterSeq, int max);

    /** How many URLs are in each state. */
    Map<UrlState, Long> stateCounts();

    /** Marks every URL still queued as cut, for {@code reason} (the crawl stopped at a limit). */
    long cutQueued(String reason);

    /** Every URL, in sequence order, read in pages so that memory stays bounded. */
    void forEach(Consumer<StoredPage> action);

    /** Ends the crawl: its final status and summary (JSON), and the sample for the browser stage. */
    void finish(CrawlStatus status, Instant at, String summaryJson, List<SamplePage> sample);

    /** The summary JSON written by {@link #finish}, when the crawl finished. */
    Optional<String> summaryJson();
}
