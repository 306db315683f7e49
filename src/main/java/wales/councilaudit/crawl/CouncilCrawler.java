package wales.councilaudit.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.councilaudit.net.AddressPolicy;
import wales.councilaudit.net.FailureKind;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.registry.Council;

/**
 * Crawls one council's site into its {@link CrawlLedger}: the product's crawl engine.
 *
 * <p>One coordinator (the calling thread) owns the ledger: it takes queued URLs in first-in, first-out order (so
 * breadth first), hands them to {@link CrawlLimits#threads()} workers, and commits what they bring back in
 * batches, each batch one transaction holding the pages fetched and every URL they led to. Workers ({@link
 * PageFetch}) ask robots.txt, wait for the host's {@link HostPoliteness} gate, fetch with HttpClient, parse once
 * with jsoup, and filter their links (normalised, in scope, not a trap, not too deep, distinct within the page)
 * before the coordinator sees them; the coordinator merges a batch's links before they reach the ledger, where
 * the seen-set de-duplicates them for good. Memory holds only the batches in flight.
 *
 * <p>A crawl stopped at any point resumes from its last commit: URLs taken but not committed are still queued in
 * the ledger and are fetched again; committed pages are not. The trap detector's memory is rebuilt from the
 * ledger on resume.
 *
 * <p>Politeness, robots.txt and the fetcher's address rules are shared by every council of a run (give each crawl
 * the same {@link HostPoliteness}); nothing else is.
 */
public final class CouncilCrawler {

    private static final Logger LOG = LoggerFactory.getLogger(CouncilCrawler.class);

    /**
     * URLs remembered as already in the ledger, so that meeting one again only adds to its in-links in memory. About
     * 150 bytes each.
     */
    private static final int MAX_KNOWN = 100_000;

    /**
     * In-links of known URLs are written together, when this many URLs wait (about 300 bytes each), every {@link
     * #FLUSH_EVERY}, and at the end. Writing them is the ledger's dearest work (each one rewrites its row), so they
     * wait long: a crash loses at most that long's in-link counts, never pages or frontier entries. A site of up to
     * this many URLs has each URL's row rewritten for its in-links once, at the end (at 30,000, the 50,000-page
     * benchmark site had most rows rewritten three times and its crawl took a fifth longer).
     */
    private static final int MAX_PENDING = 100_000;

    /** In-links written per transaction when they are flushed, so that no transaction's undo log grows large. */
    private static final int FLUSH_ROWS = 5_000;

    private static final java.time.Duration FLUSH_EVERY = java.time.Duration.ofMinutes(5);
    /** How often the progress display's counts are checked against the ledger (a count of every row). */
    private static final java.time.Duration RECOUNT_EVERY = java.time.Duration.ofSeconds(30);

    /**
     * URLs taken from the frontier and not yet committed, per fetching thread, at most. It bounds both what a crash
     * fetches again and how many pages a commit can hold.
     */
    public static final int AHEAD_PER_THREAD = 256;

    /**
     * How long a batch may wait for more outcomes before it is committed. Each commit is written to disk when it
     * returns (the store has no write delay): with commits of at most 32 pages the 50,000-page benchmark crawl took
     * about 22 s, with batches of up to 256 about 19.5 s. A council's crawl fetches a page a second or so, so its
     * pages still commit one by one.
     */
    private static final java.time.Duration COMMIT_EVERY = java.time.Duration.ofMillis(250);

    /** URLs read from the ledger's queue at a time. */
    private static final int CLAIM_BATCH = 256;

    /** The most referrers merged per URL in one batch (the ledger keeps the first few overall). */
    private static final int MAX_REFERRERS = 5;

    private final HttpFetcher fetcher;
    private final HostPoliteness politeness;
    private final RobotsPolicy robotsPolicy;
    private final AddressPolicy addressPolicy;
    private final CrawlLimits limits;
    private final SampleVocabulary vocabulary;
    private final Clock clock;
    private final UrlNormaliser normaliser = new UrlNormaliser();

    public CouncilCrawler(
            HttpFetcher fetcher,
            HostPoliteness politeness,
            RobotsPolicy robotsPolicy,
            AddressPolicy addressPolicy,
            CrawlLimits limits,
            SampleVocabulary vocabulary,
            Clock clock) {
        this.fetcher = fetcher;
        this.politeness = politeness;
        this.robotsPolicy = robotsPolicy;
        this.addressPolicy = addressPolicy;
        this.limits = limits;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    public CrawlLimits limits() {
        return limits;
    }

    /**
     * Crawls {@code council} to the end of its frontier or to a limit, resuming what the ledger holds, and writes
     * the summary and the sample to the ledger.
     *
     * @throws InterruptedException when interrupted: the workers stop, and the ledger keeps what was committed
     */
    public CrawlSummary crawl(Council council, CrawlLedger ledger, CrawlProgress progress) throws InterruptedException {
        Instant started = ledger.begin(clock.instant());
        CrawlScope scope = CrawlScope.forCouncil(council, addressPolicy);
        TrapDetector traps = TrapDetector.withDefaults(clock);
        RobotsCache robots = new RobotsCache(fetcher, politeness, robotsPolicy, clock);
        PageFetch pageFetch = new PageFetch(fetcher, politeness, robots, normaliser, scope, traps, limits, clock);
        Run run = new Run(council, ledger, progress, pageFetch);
        if (run.seq >= 0) {
            LOG.info("{}: resuming the crawl after URL {}", council.id(), run.seq);
            ledger.forEach(stored -> {
                if (stored.record().state() != UrlState.CUT) {
                    traps.check(stored.record().url());
                }
            });
        } else {
            run.seed(robots, scope);
        }
        String stopped = run.loop();
        run.flushInLinks(true);
        if (!stopped.isEmpty()) {
            ledger.cutQueued(stopped);
        }
        return finish(council, ledger, robots, started, progress);
    }

    private CrawlSummary finish(
            Council council, CrawlLedger ledger, RobotsCache robots, Instant started, CrawlProgress progress) {
        CrawlSummaryBuilder counts = new CrawlSummaryBuilder();
        URI[] home = {council.homepage().en()};
        // Fed as the pages are read, so that only the sample's best candidates stay in memory, not every page. The
        // home page is known first: its seed is the ledger's first row (sequence 0), and forEach reads in sequence.
        SampleSelector.Feed[] sample = {null};
        long[] answered = new long[1];
        List<String> refusals = new ArrayList<>();
        String homeHost = council.homepage().en().getHost();
        ledger.forEach(stored -> {
            counts.add(stored);
            PageRecord page = stored.record();
            if (page.state() == UrlState.DONE && page.failure().isEmpty()) {
                int status = page.status();
                if (status == 401 || status == 403) {
                    if (refusals.size() < 3) {
                        refusals.add(page.url() + " answered " + status);
                    }
                } else if (status < 500) {
                    answered[0]++;
                }
            }
            if (stored.source() == UrlSource.SEED && stored.depth() == 0 && stored.seq() == 0) {
                page.finalUrl().ifPresent(u -> home[0] = u); // the home page as the site answers it
            }
            if (sample[0] == null) {
                sample[0] = SampleSelector.feed(home[0], vocabulary, limits.sampleSize());
            }
            if (page.isHtmlPage() && page.finalUrl().equals(Optional.of(page.url()))) {
                sample[0].add(new SampleCandidate(
                        page.url(), page.title(), page.lang(), stored.depth(), stored.inLinks(), 200, true));
            }
        });
        if (sample[0] == null) { // nothing in the ledger
            sample[0] = SampleSelector.feed(home[0], vocabulary, limits.sampleSize());
        }
        CrawlStatus status = CrawlStatus.COMPLETE;
        String evidence = "";
        Optional<RobotsOutcome> homeRobots = robots.known(council.homepage().en());
        if (homeRobots.isPresent() && homeRobots.get() instanceof RobotsOutcome.Forbidden forbidden) {
            status = CrawlStatus.BLOCKED;
            evidence = forbidden.finalUrl() + " answered " + forbidden.status() + " to our agent";
        } else if (politeness.isBlocked(homeHost)) {
            status = CrawlStatus.BLOCKED;
            evidence = refusals.isEmpty() ? homeHost + " refused our agent" : String.join("; ", refusals);
        } else if (answered[0] == 0) {
            status = CrawlStatus.UNREACHABLE;
            evidence = homeRobots.isPresent() && homeRobots.get() instanceof RobotsOutcome.Unreachable unreachable
                    ? "robots.txt unavailable: " + unreachable.detail()
                    : "no page answered with a status below 500";
        }
        CrawlSummary summary =
                counts.build(council.id(), status, evidence, started, clock.instant(), limits, sample[0].pick());
        ledger.finish(status, summary.finished(), CrawlSummaryJson.write(summary), summary.sample());
        progress.update(
                council.id(),
                new CrawlProgress.Counts(
                        summary.fetched(),
                        0,
                        summary.statuses().entrySet().stream()
                                .filter(e -> e.getKey().equals("failed")
                                        || e.getKey().compareTo("400") >= 0)
                                .mapToLong(Map.Entry::getValue)
                                .sum(),
                        summary.cutTotal(),
                        limits.maxPages(),
                        true));
        return summary;
    }

    /** The summary of a crawl that failed with {@code e}: the run records it and goes on. */
    public static CrawlSummary failedSummary(String council, CrawlLimits limits, Instant at, Exception e) {
        return new CrawlSummaryBuilder()
                .build(council, CrawlStatus.FAILED, "the crawl failed: " + e, at, at, limits, List.of());
    }

    /** One council's crawl loop: the coordinator's state. */
    private final class Run {
        private final Council council;
        private final CrawlLedger ledger;
        private final CrawlProgress progress;
        private final PageFetch pageFetch;
        private final BlockingQueue<PageFetch.Outcome> outcomes = new LinkedBlockingQueue<>();
        private long seq;
        private long cursor = -1;
        private long taken;
        private long failed;
        private long cut;
        private long queued;
        private Instant counted = Instant.MIN;
        /** Set when a limit stops the crawl: workers then leave the URLs they have not started. */
        private volatile boolean stopping;
        /** What killed a worker, if anything did. */
        private volatile Error fatal;
        /**
         * URLs known to be in the ledger, with their sequence numbers: recently met ones, a bounded cache (least
         * recently met dropped first).
         */
        private final Map<UrlKey, Long> known = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UrlKey, Long> eldest) {
                return size() > MAX_KNOWN;
            }
        };
        /** In-links of known URLs not yet written. */
        private final Map<UrlKey, Merged> pendingInLinks = new LinkedHashMap<>();

        private Instant flushed = Instant.MIN;

        Run(Council council, CrawlLedger ledger, CrawlProgress progress, PageFetch pageFetch) {
            this.council = council;
            this.ledger = ledger;
            this.progress = progress;
            this.pageFetch = pageFetch;
            this.seq = ledger.lastSeq();
            Map<UrlState, Long> states = ledger.stateCounts();
            this.taken = states.getOrDefault(UrlState.DONE, 0L)
                    + states.getOrDefault(UrlState.DISALLOWED, 0L)
                    + states.getOrDefault(UrlState.NOT_FETCHED, 0L);
            this.cut = states.getOrDefault(UrlState.CUT, 0L);
            this.queued = states.getOrDefault(UrlState.QUEUED, 0L);
        }

        /**
         * The home pages, then the sitemaps' URLs, into the empty frontier, in one commit: a crawl stopped while it
         * reads the sitemaps finds the frontier still empty when resumed, and seeds it again. (Committing the home
         * pages first would make it resume as a crawl already seeded, and never read the sitemaps.)
         */
        void seed(RobotsCache robots, CrawlScope scope) throws InterruptedException {
            List<PageFetch.Found> seeds = new ArrayList<>();
            List<URI> homes = new ArrayList<>();
            homes.add(council.homepage().en());
            council.homepage().cy().ifPresent(homes::add);
            for (URI home : homes) {
                normaliser
                        .normalise(home.toString())
                        .ifPresent(url -> seeds.add(pageFetch.found(url, 0, UrlSource.SEED, Optional.empty())));
            }
            URI home = council.homepage().en();
            Optional<RobotsOutcome> rules = robots.forUrl(home);
            if (rules.isEmpty() || !(rules.get() instanceof RobotsOutcome.Parsed parsed)) {
                commit(List.of(), seeds);
                return; // blocked, unavailable or unreachable: the sitemaps wait for a crawl that may read them
            }
            List<URI> locations = parsed.rules().sitemaps().isEmpty()
                    ? SitemapReader.defaultLocations(home)
                    : parsed.rules().sitemaps();
            SitemapResult sitemaps = new SitemapReader(
                            new PoliteSitemapSource(fetcher, politeness, scope), SitemapLimits.DEFAULTS, scope::inScope)
                    .read(locations);
            List<PageFetch.Found> found = new ArrayList<>();
            for (URI url : sitemaps.urls()) {
                if (found.size() + 1 >= limits.maxPages() * 4L) {
                    break; // a sitemap larger than the crawl can fetch: what is queued beyond this would be cut
                }
                found.add(pageFetch.found(url, 1, UrlSource.SITEMAP, Optional.empty()));
            }
            LOG.info(
                    "{}: {} URLs from {} sitemap file(s)",
                    council.id(),
                    found.size(),
                    sitemaps.files().size());
            seeds.addAll(found);
            commit(List.of(), seeds);
        }

        /**
         * Runs until the frontier is empty or a limit stops it.
         *
         * <p>What the workers bring back is committed in batches: when {@link #COMMIT_EVERY} has passed since the
         * last commit, when a batch holds half of what may be taken ahead, at once when the workers would otherwise
         * run out of URLs, and before the loop ends. At most {@code threads ×} {@value #AHEAD_PER_THREAD} URLs are
         * taken from the frontier and not yet committed (being fetched, or fetched and waiting in the batch): a crawl
         * killed at any point fetches those again when resumed, and nothing else.
         *
         * @return the reason the crawl stopped early ({@code MAX_PAGES: ...}, {@code TIME: ...}), or empty
         */
        String loop() throws InterruptedException {
            int threads = limits.threads();
            int ahead = threads * AHEAD_PER_THREAD;
            ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads(council.id()));
            Instant deadline = clock.instant().plus(limits.maxTime());
            int inFlight = 0;
            // Taken from the ledger (still queued there, so a crash loses nothing) and not yet handed to a worker.
            java.util.ArrayDeque<QueuedUrl> claimed = new java.util.ArrayDeque<>();
            boolean frontierMayHaveMore = true;
            String stopped = "";
            List<PageFetch.Outcome> batch = new ArrayList<>();
            long lastCommit = System.nanoTime();
            try {
                while (true) {
                    boolean drained = false;
                    if (stopped.isEmpty() && !clock.instant().isBefore(deadline)) {
                        stopped = "TIME: the crawl ran for " + limits.maxTime();
                    }
                    if (stopped.isEmpty() && taken + recordedIn(batch) >= limits.maxPages()) {
                        stopped = "MAX_PAGES: " + limits.maxPages() + " fetched";
                    }
                    stopping = !stopped.isEmpty();
                    if (stopped.isEmpty()) {
                        if (claimed.size() < CLAIM_BATCH / 4 && frontierMayHaveMore) {
                            List<QueuedUrl> next = ledger.next(cursor, CLAIM_BATCH);
                            for (QueuedUrl q : next) {
                                cursor = Math.max(cursor, q.seq());
                                claimed.add(q);
                            }
                            // Fewer than asked: nothing more is queued until the next commit adds some.
                            frontierMayHaveMore = next.size() == CLAIM_BATCH;
                        }
                        while (!claimed.isEmpty()
                                && inFlight + batch.size() < ahead
                                && taken + batch.size() + inFlight < limits.maxPages()) {
                            QueuedUrl q = claimed.poll();
                            inFlight++;
                            workers.execute(() -> {
                                try {
                                    outcomes.add(safely(q));
                                } catch (Error e) { // out of memory, say: the council's crawl fails, not hangs
                                    fatal = e;
                                    outcomes.add(new PageFetch.Unstarted(q));
                                    throw e;
                                }
                            });
                        }
                        drained = claimed.isEmpty() && !frontierMayHaveMore;
                    }
                    // Commit now when the workers are about to run dry (what the batch found may be all that is
                    // left to fetch), when the loop is about to end, or when the batch is full or old enough.
                    boolean starving = inFlight <= threads;
                    boolean ending = inFlight == 0 && (drained || !stopped.isEmpty());
                    long sinceCommit = System.nanoTime() - lastCommit;
                    if (!batch.isEmpty()
                            && (starving
                                    || ending
                                    || batch.size() >= ahead / 2
                                    || sinceCommit >= COMMIT_EVERY.toNanos())) {
                        commitOutcomes(batch);
                        batch.clear();
                        lastCommit = System.nanoTime();
                        frontierMayHaveMore = true;
                        continue;
                    }
                    if (ending) {
                        return stopped;
                    }
                    long wait = batch.isEmpty()
                            ? 100
                            : Math.max(1, Math.min(100, (COMMIT_EVERY.toNanos() - sinceCommit) / 1_000_000));
                    PageFetch.Outcome first = outcomes.poll(wait, TimeUnit.MILLISECONDS);
                    if (fatal != null) {
                        throw new IllegalStateException("a crawl worker died: " + fatal, fatal);
                    }
                    if (first == null) {
                        continue;
                    }
                    int before = batch.size();
                    batch.add(first);
                    outcomes.drainTo(batch);
                    inFlight -= batch.size() - before;
                }
            } finally {
                workers.shutdownNow();
                if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                    LOG.warn("{}: crawl workers did not stop within 30 s", council.id());
                }
            }
        }

        /** The outcomes of {@code batch} that will record a page when committed. */
        private long recordedIn(List<PageFetch.Outcome> batch) {
            return batch.stream().filter(o -> o instanceof PageFetch.Recorded).count();
        }

        private PageFetch.Outcome safely(QueuedUrl queued) {
            if (stopping) {
                return new PageFetch.Unstarted(queued);
            }
            try {
                return pageFetch.process(queued);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new PageFetch.Requeue(queued); // not committed: the coordinator is stopping
            } catch (RuntimeException | StackOverflowError e) {
                LOG.warn("{}: crawling {} failed", council.id(), queued.url(), e);
                return new PageFetch.Recorded(
                        queued,
                        PageRecord.failed(
                                queued,
                                Optional.empty(),
                                0,
                                java.time.Duration.ZERO,
                                FailureKind.PROTOCOL,
                                "the crawler failed on this page: " + e,
                                clock.instant()),
                        List.of());
            }
        }

        private void commitOutcomes(List<PageFetch.Outcome> batch) {
            List<PageRecord> pages = new ArrayList<>();
            List<QueuedUrl> requeued = new ArrayList<>();
            List<PageFetch.Found> found = new ArrayList<>();
            for (PageFetch.Outcome outcome : batch) {
                if (outcome instanceof PageFetch.Unstarted) {
                    continue; // still queued in the ledger
                }
                if (outcome instanceof PageFetch.Recorded recorded) {
                    pages.add(recorded.page());
                    found.addAll(recorded.found());
                    PageRecord page = recorded.page();
                    if (page.failure().isPresent() || page.status() >= 400) {
                        failed++;
                    }
                } else {
                    QueuedUrl q = outcome.queued();
                    requeued.add(new QueuedUrl(q.url(), q.key(), q.depth(), ++seq, q.attempts() + 1, q.source()));
                }
            }
            taken += pages.size();
            commit(pages, found, requeued);
            flushInLinks(false);
            Instant now = clock.instant();
            if (now.isAfter(counted.plus(RECOUNT_EVERY))) {
                // The counts kept as batches commit are exact unless a URL left the known-keys cache and came back;
                // counting the ledger now and then corrects that without a full count per batch.
                counted = now;
                Map<UrlState, Long> states = ledger.stateCounts();
                queued = states.getOrDefault(UrlState.QUEUED, 0L);
                cut = states.getOrDefault(UrlState.CUT, 0L);
            }
            progress.update(
                    council.id(),
                    new CrawlProgress.Counts(taken, Math.max(queued, 0), failed, cut, limits.maxPages(), false));
        }

        private void commit(List<PageRecord> pages, List<PageFetch.Found> found) {
            commit(pages, found, List.of());
        }

        /** One transaction, and the progress display's counts moved by what it changed. */
        private void commit(List<PageRecord> pages, List<PageFetch.Found> found, List<QueuedUrl> requeued) {
            List<Discovery> discoveries = merge(found);
            // In-links waiting for a page recorded now are written with it: its row is rewritten in this transaction
            // anyway, and the flush at the end, which the workers wait for, has that many fewer rows to rewrite.
            List<Discovery> writes = discoveries;
            for (PageRecord page : pages) {
                Merged waiting = pendingInLinks.remove(page.key());
                if (waiting != null) {
                    if (writes == discoveries) {
                        writes = new ArrayList<>(discoveries);
                    }
                    writes.add(discovery(waiting, known.getOrDefault(page.key(), seq)));
                }
            }
            ledger.commit(writes, pages, requeued);
            queued -= pages.size(); // every page recorded was queued until now
            for (Discovery d : discoveries) {
                if (d.state() == UrlState.QUEUED) {
                    queued++;
                } else if (d.state() == UrlState.CUT) {
                    cut++;
                }
            }
        }

        /** One discovery per URL of the batch, numbered in the order first met, with its in-links summed. */
        private List<Discovery> merge(List<PageFetch.Found> found) {
            Map<UrlKey, Merged> merged = new LinkedHashMap<>();
            for (PageFetch.Found f : found) {
                Merged m = merged.computeIfAbsent(f.key(), k -> new Merged(f));
                if (f.source() == UrlSource.LINK) {
                    m.inLinks++;
                    f.from().ifPresent(from -> {
                        if (m.referrers.size() < MAX_REFERRERS) {
                            m.referrers.add(from);
                        }
                    });
                }
            }
            List<Discovery> discoveries = new ArrayList<>(merged.size());
            for (Map.Entry<UrlKey, Merged> e : merged.entrySet()) {
                Merged m = e.getValue();
                if (known.containsKey(e.getKey())) {
                    // Already in the ledger: only its in-links grow, and those wait to be written together.
                    if (m.inLinks > 0) {
                        Merged p = pendingInLinks.computeIfAbsent(e.getKey(), k -> new Merged(m.first));
                        p.inLinks += m.inLinks;
                        for (URI r : m.referrers) {
                            if (p.referrers.size() < MAX_REFERRERS) {
                                p.referrers.add(r);
                            }
                        }
                    }
                    continue;
                }
                known.put(e.getKey(), ++seq);
                discoveries.add(discovery(m, seq));
            }
            return discoveries;
        }

        /** The in-links waiting for known URLs, when enough of them or enough time has gone by, or at the end. */
        void flushInLinks(boolean now) {
            Instant at = clock.instant();
            if (pendingInLinks.isEmpty()
                    || (!now && pendingInLinks.size() < MAX_PENDING && at.isBefore(flushed.plus(FLUSH_EVERY)))) {
                return;
            }
            List<Discovery> increments = new ArrayList<>(pendingInLinks.size());
            // The ledger keeps a known URL's own sequence number; the one given here only orders the writes. In the
            // order the URLs joined the ledger, which is the order of its rows on disk, so that the rows are
            // rewritten in one pass rather than at random; a URL no longer in the cache goes last.
            pendingInLinks.forEach((key, m) -> increments.add(discovery(m, known.getOrDefault(key, seq))));
            increments.sort(java.util.Comparator.comparingLong(Discovery::seq));
            pendingInLinks.clear();
            List<List<Discovery>> chunks = new ArrayList<>();
            for (int from = 0; from < increments.size(); from += FLUSH_ROWS) {
                chunks.add(increments.subList(from, Math.min(increments.size(), from + FLUSH_ROWS)));
            }
            // Chunks touch different rows, each in a transaction of its own: written two at a time, on the
            // coordinator and one of the common pool's threads. The flush at the end has the machine to itself.
            chunks.parallelStream().forEach(chunk -> ledger.commit(chunk, List.of(), List.of()));
            flushed = at;
        }
    }

    private static Discovery discovery(Merged m, long seq) {
        PageFetch.Found f = m.first;
        return new Discovery(
                f.url(), f.key(), seq, f.depth(), f.source(), f.state(), f.reason(), m.inLinks, m.referrers);
    }

    private static final class Merged {
        final PageFetch.Found first;
        final List<URI> referrers = new ArrayList<>();
        int inLinks;

        Merged(PageFetch.Found first) {
            this.first = first;
        }
    }

    private static ThreadFactory daemonThreads(String council) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "crawl-" + council + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
