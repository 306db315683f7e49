package wales.councilaudit.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import wales.councilaudit.crawl.CrawlProgress;
import wales.councilaudit.crawl.CrawlSummary;

/**
 * The crawl's progress on stderr: a bar per council, printed as a line at most every few seconds per council (the
 * lines of councils crawled at once interleave, each naming its council), and a line as each council finishes.
 * Lines rather than a redrawn screen, so that logs and CI keep them. Thread-safe.
 */
final class CrawlProgressLines implements CrawlProgress {

    private static final Duration EVERY = Duration.ofSeconds(3);
    private static final int WIDTH = 20;

    private final PrintWriter err;
    private final Clock clock;
    private final int councils;
    private final ConcurrentMap<String, Instant> printed = new ConcurrentHashMap<>();

    CrawlProgressLines(PrintWriter err, Clock clock, int councils) {
        this.err = err;
        this.clock = clock;
        this.councils = councils;
    }

    @Override
    public void update(String council, Counts counts) {
        Instant now = clock.instant();
        Instant last = printed.get(council);
        if (counts.finished() || (last != null && now.isBefore(last.plus(EVERY)))) {
            printed.putIfAbsent(council, now);
            return;
        }
        printed.put(council, now);
        synchronized (err) {
            err.printf(
                    "%-22s %s %d/%d pages, %d queued, %d failed, %d cut%n",
                    council,
                    bar(counts.fetched(), counts.limit()),
                    counts.fetched(),
                    counts.limit(),
                    counts.queued(),
                    counts.failed(),
                    counts.cut());
            err.flush();
        }
    }

    void finished(int done, CrawlSummary s) {
        synchronized (err) {
            err.printf(
                    "[%2d/%d] %-22s %s: %d fetched, %d HTML pages, %d broken links, %d PDFs, %d cut%n",
                    done,
                    councils,
                    s.council(),
                    s.status(),
                    s.fetched(),
                    s.htmlPages(),
                    s.brokenLinks(),
                    s.pdfs().count(),
                    s.cutTotal());
            err.flush();
        }
    }

    static String bar(long done, long limit) {
        int filled = limit <= 0 ? 0 : (int) Math.min(WIDTH, done * WIDTH / limit);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
    }
}
