package wales.councilaudit.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import wales.councilaudit.crawl.CrawlStatus;
import wales.councilaudit.crawl.CrawlSummary;
import wales.councilaudit.crawl.SamplePage;
import wales.councilaudit.crawl.SampleReason;

/**
 * The pages the browser stage scans for a council, chosen from the crawl's sample ({@link
 * wales.councilaudit.crawl.CrawlSummary#sample()}): what the accessibility and mobile scores need, bounded so a
 * council costs a known number of page loads. A pure function of the sample; the rule is in {@code
 * docs/browser-sample.md}.
 *
 * <ol>
 *   <li><b>home</b>: the sample's first page (rank 1, always the home page);
 *   <li><b>task pages</b>: the sample pages picked for a task reason ({@link SamplePage#pickedFor()} is a {@link
 *       SampleReason.Kind#TASK}), in rank order, at most {@code maxTaskPages};
 *   <li><b>top pages</b>: the other sample pages (contact, sections, most linked, and task pages beyond the bound),
 *       in rank order, at most {@code maxTopPages}.
 * </ol>
 *
 * @param home the home page
 * @param taskPages the task pages, in rank order
 * @param topPages the top pages, in rank order
 */
record BrowserSample(SamplePage home, List<SamplePage> taskPages, List<SamplePage> topPages) {

    /** Task pages scanned at most: one per task of the default four. */
    static final int MAX_TASK_PAGES = 4;

    /** Top pages scanned at most, besides the home and task pages. */
    static final int MAX_TOP_PAGES = 5;

    BrowserSample {
        taskPages = List.copyOf(taskPages);
        topPages = List.copyOf(topPages);
    }

    /**
     * The pages to scan after a council's crawl: none when the crawl ended {@code BLOCKED}, {@code UNREACHABLE} or
     * {@code FAILED} (the council is recorded as such, never scanned into a low score), else {@link #of(List)} of its
     * sample.
     */
    static Optional<BrowserSample> forCrawl(CrawlSummary crawl) {
        return forCrawl(crawl, Set.of());
    }

    /**
     * {@link #forCrawl(CrawlSummary)}, leaving {@code homeTwins} out of the top pages: the home page's twins in the
     * other language are the home page, which stage one judges, not top pages for stage two (a Welsh home page
     * carries the home page's template faults, and would cap stage two with stage one's faults).
     */
    static Optional<BrowserSample> forCrawl(CrawlSummary crawl, Set<URI> homeTwins) {
        if (crawl.status() != CrawlStatus.COMPLETE || crawl.sample().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(of(withoutHomeTwins(crawl.sample(), homeTwins)));
    }

    /** The sample without {@code homeTwins}, the home page itself (rank 1) always kept. */
    static List<SamplePage> withoutHomeTwins(List<SamplePage> sample, Set<URI> homeTwins) {
        return sample.stream()
                .filter(p -> p.rank() == 1 || !homeTwins.contains(p.url()))
                .toList();
    }

    /** {@link #of(List, int, int)} with {@value #MAX_TASK_PAGES} task and {@value #MAX_TOP_PAGES} top pages. */
    static BrowserSample of(List<SamplePage> sample) {
        return of(sample, MAX_TASK_PAGES, MAX_TOP_PAGES);
    }

    /**
     * Chooses the pages.
     *
     * @param sample the crawl's sample in rank order, the home page first; at least one page
     * @throws IllegalArgumentException when the sample is empty or a bound is negative
     */
    static BrowserSample of(List<SamplePage> sample, int maxTaskPages, int maxTopPages) {
        if (sample.isEmpty()) {
            throw new IllegalArgumentException("a sample has at least the home page");
        }
        if (maxTaskPages < 0 || maxTopPages < 0) {
            throw new IllegalArgumentException("negative bound: " + maxTaskPages + ", " + maxTopPages);
        }
        List<SamplePage> tasks = new ArrayList<>();
        List<SamplePage> others = new ArrayList<>();
        for (SamplePage page : sample.subList(1, sample.size())) {
            boolean task = page.pickedFor().kind() == SampleReason.Kind.TASK;
            if (task && tasks.size() < maxTaskPages) {
                tasks.add(page);
            } else {
                others.add(page);
            }
        }
        return new BrowserSample(sample.get(0), tasks, others.subList(0, Math.min(maxTopPages, others.size())));
    }

    /** Every page chosen, the home page first, then the task pages, then the top pages: what {@link BrowserScan} takes. */
    List<URI> urls() {
        List<URI> urls = new ArrayList<>();
        urls.add(home.url());
        taskPages.forEach(p -> urls.add(p.url()));
        topPages.forEach(p -> urls.add(p.url()));
        return urls;
    }
}
