package wales.councilaudit.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import wales.councilaudit.net.FetchResult;
import wales.councilaudit.net.Hop;
import wales.councilaudit.net.HttpFetcher;
import wales.councilaudit.net.PageBody;

/**
 * What a crawl's worker thread does with one URL from the frontier: asks robots.txt, waits for the host's
 * politeness gate, fetches, reads the page once with jsoup ({@link PageAnalyser}), and turns its links into URLs
 * met — normalised, scoped, checked for traps and depth, de-duplicated within the page — before anything reaches
 * the ledger. Every fault becomes part of the {@link Outcome}; nothing thrown stops the crawl. Thread-safe.
 */
final class PageFetch {

    /** A URL met on a page (or as a redirect's target or a twin guess), before the coordinator numbers it. */
    record Found(URI url, UrlKey key, int depth, UrlSource source, UrlState state, String reason, Optional<URI> from) {}

    /** What came of one URL. */
    sealed interface Outcome {
        QueuedUrl queued();
    }

    /** Its record, and what it led to. */
    record Recorded(QueuedUrl queued, PageRecord page, List<Found> found) implements Outcome {}

    /** Answered 429 or 503 before its last attempt: back to the queue (the host's gate waits as asked). */
    record Requeue(QueuedUrl queued) implements Outcome {}

    /** Not started: the crawl stopped at a limit first. It stays queued, and the limit cuts it. */
    record Unstarted(QueuedUrl queued) implements Outcome {}

    /** Links remembered once normalised: enough for a large site's shared navigation, about 2 MB at most. */
    private static final int LINK_MEMO_SLOTS = 8192;

    private static final String ROBOTS_REFUSED = "host blocked: robots.txt refused our agent";

    /** Twin guesses fetched before deciding whether the site's path convention is worth guessing with. */
    static final int TWIN_GUESSES_TO_JUDGE = 20;

    private final java.util.concurrent.atomic.AtomicInteger twinGuesses =
            new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger twinGuessesAnswered =
            new java.util.concurrent.atomic.AtomicInteger();
    private final HttpFetcher fetcher;
    private final HostPoliteness politeness;
    private final RobotsCache robots;
    private final UrlNormaliser normaliser;
    private final CrawlScope scope;
    private final TrapDetector traps;
    private final CrawlLimits limits;
    private final Clock clock;
    private final LinkMemo memo = new LinkMemo(LINK_MEMO_SLOTS);

    PageFetch(
            HttpFetcher fetcher,
            HostPoliteness politeness,
            RobotsCache robots,
            UrlNormaliser normaliser,
            CrawlScope scope,
            TrapDetector traps,
            CrawlLimits limits,
            Clock clock) {
        this.fetcher = fetcher;
        this.politeness = politeness;
        this.robots = robots;
        this.normaliser = normaliser;
        this.scope = scope;
        this.traps = traps;
        this.limits = limits;
        this.clock = clock;
    }

    Outcome process(QueuedUrl queued) throws InterruptedException {
        URI url = queued.url();
        String host = url.getHost();
        if (politeness.isBlocked(host)) {
            return notFetched(queued, UrlState.NOT_FETCHED, blockedReason(url));
        }
        Optional<RobotsOutcome> rules = robots.forUrl(url);
        if (rules.isEmpty() || rules.get() instanceof RobotsOutcome.Forbidden) {
            return notFetched(queued, UrlState.NOT_FETCHED, ROBOTS_REFUSED);
        }
        if (rules.get() instanceof RobotsOutcome.Unreachable unreachable) {
            return notFetched(queued, UrlState.NOT_FETCHED, "robots.txt unavailable: " + unreachable.detail());
        }
        if (!rules.get().rules().isAllowed(url)) {
            return notFetched(queued, UrlState.DISALLOWED, "robots.txt disallows it");
        }
        Optional<Permit> permit = politeness.acquire(host);
        if (permit.isEmpty()) {
            return notFetched(queued, UrlState.NOT_FETCHED, blockedReason(url));
        }
        Instant started = clock.instant();
        FetchResult result;
        try (Permit p = permit.get()) {
            result = fetcher.fetchPage(url, limits.maxBytesPerPage(), new ScopedGate(p, scope));
            p.report(result);
            if (queued.depth() == 0 && refused(result)) {
                // A home page that refuses our agent blocks its host. The gate alone would not: once a host has
                // answered 2xx (its robots.txt counts) it waits for several 403s in a row.
                politeness.block(host);
            }
        }
        Duration elapsed = Duration.between(started, clock.instant());
        if (result instanceof FetchResult.Answered answered) {
            int status = answered.status();
            if ((status == 429 || status == 503) && queued.attempts() + 1 < limits.maxAttempts()) {
                return new Requeue(queued);
            }
            return answered(queued, answered, elapsed);
        }
        FetchResult.Failed failed = (FetchResult.Failed) result;
        List<Hop> chain = failed.chain();
        int lastStatus = chain.isEmpty() ? 0 : chain.get(chain.size() - 1).status();
        PageRecord page = PageRecord.failed(
                queued,
                Optional.of(failed.url()),
                lastStatus,
                elapsed,
                failed.kind(),
                failed.detail(),
                clock.instant());
        return new Recorded(queued, page, List.of());
    }

    private Outcome answered(QueuedUrl queued, FetchResult.Answered answered, Duration elapsed) {
        URI url = queued.url();
        Optional<PageBody> body = answered.body();
        byte[] bytes = body.map(PageBody::bytes).orElse(new byte[0]);
        boolean truncated = body.map(PageBody::truncated).orElse(false);
        Duration responseTime = body.map(PageBody::total).orElse(elapsed);
        URI finalUrl = normaliser.normalise(answered.finalUrl().toString()).orElse(answered.finalUrl());
        boolean redirected = !finalUrl.equals(url);
        List<Found> found = new ArrayList<>();
        if (redirected && scope.inScope(finalUrl)) {
            found.add(found(finalUrl, queued.depth(), UrlSource.REDIRECT, Optional.empty()));
        }
        int status = answered.status();
        if (queued.source() == UrlSource.TWIN) {
            twinGuesses.incrementAndGet();
            if (status == 200) {
                twinGuessesAnswered.incrementAndGet();
            }
        }
        String contentType = answered.header("content-type").orElse("");
        PageFacts facts = status >= 200 && status < 300
                ? PageAnalyser.analyse(finalUrl, contentType, bytes)
                : PageFacts.notHtml(finalUrl, PageContentType.parse(contentType).mediaType(), PageFormat.OTHER);
        // Links are counted once each as the crawl knows them, normalised: two spellings of one URL are one link.
        Set<URI> inScope = new HashSet<>();
        Set<URI> external = new HashSet<>();
        Optional<PageTwin> twin = Optional.empty();
        if (facts.format() == PageFormat.HTML) {
            // A redirect's target is crawled as a page of its own: its links are read there, once.
            Map<UrlKey, Found> links = new LinkedHashMap<>();
            for (PageLink link : facts.outlinks()) {
                Optional<LinkMemo.Link> target = memo.get(link.url().toString(), this::normalised);
                if (target.isEmpty()) {
                    continue;
                }
                if (!target.get().inScope()) {
                    external.add(target.get().url());
                    continue;
                }
                inScope.add(target.get().url());
                if (!redirected && !links.containsKey(target.get().key())) {
                    links.put(
                            target.get().key(),
                            found(target.get().url(), target.get().key(), queued.depth() + 1, UrlSource.LINK, url));
                }
            }
            found.addAll(links.values());
            twin = (facts.isWelsh() ? facts.englishTwin() : facts.welshTwin()).flatMap(t -> normaliser
                    .normalise(t.url().toString())
                    .map(u -> new PageTwin(t.language(), u, t.method(), t.raw(), t.evidence())));
            if (!redirected
                    && twin.isPresent()
                    && twin.get().method() == PageTwin.Method.PATH_CONVENTION
                    && guessingTwinsPays()
                    && scope.inScope(twin.get().url())
                    && !links.containsKey(UrlKey.of(twin.get().url()))) {
                found.add(found(twin.get().url(), queued.depth() + 1, UrlSource.TWIN, Optional.empty()));
            }
        }
        PageRecord page = new PageRecord(
                url,
                queued.key(),
                UrlState.DONE,
                truncated ? "body longer than " + limits.maxBytesPerPage() + " bytes: cut short" : "",
                Optional.of(finalUrl),
                status,
                facts.contentType(),
                status >= 200 && status < 300 ? Optional.of(facts.format()) : Optional.empty(),
                bytes.length,
                truncated,
                responseTime,
                facts.title(),
                facts.lang(),
                facts.canonical(),
                inScope.size(),
                external.size(),
                twin,
                Optional.empty(),
                "",
                clock.instant());
        return new Recorded(queued, page, found);
    }

    /**
     * Whether to keep fetching path-convention guesses at pages' twins: until {@link #TWIN_GUESSES_TO_JUDGE} have
     * been fetched, and after that only if one of them answered 200. A site without that convention (or without
     * Welsh pages) is not asked for a 404 for every page it has.
     */
    private boolean guessingTwinsPays() {
        return twinGuesses.get() < TWIN_GUESSES_TO_JUDGE || twinGuessesAnswered.get() > 0;
    }

    /**
     * The host's permit, refusing redirects off the council's hosts: such a redirect is recorded as the page's final
     * answer (a 3xx) and its target is never requested.
     */
    private record ScopedGate(Permit permit, CrawlScope scope) implements wales.councilaudit.net.RequestGate {
        @Override
        public void beforeRequest(URI url, int index) throws InterruptedException {
            permit.beforeRequest(url, index);
        }

        @Override
        public boolean follows(URI url, int index) {
            return scope.inScope(url);
        }
    }

    /** A link normalised, with its scope and key; empty when the normaliser rejects it. */
    private Optional<LinkMemo.Link> normalised(String raw) {
        return normaliser.normalise(raw).map(u -> new LinkMemo.Link(u, scope.inScope(u), UrlKey.of(u)));
    }

    private Found found(URI url, UrlKey key, int depth, UrlSource source, URI from) {
        return found(url, key, depth, source, Optional.of(from));
    }

    /** A URL met at {@code depth}: queued, or cut by the depth limit or a trap. */
    Found found(URI url, int depth, UrlSource source, Optional<URI> from) {
        return found(url, UrlKey.of(url), depth, source, from);
    }

    private Found found(URI url, UrlKey key, int depth, UrlSource source, Optional<URI> from) {
        if (depth > limits.maxDepth()) {
            return new Found(url, key, depth, source, UrlState.CUT, "DEPTH: more than " + limits.maxDepth(), from);
        }
        Optional<TrapCut> cut = traps.check(url);
        if (cut.isPresent()) {
            return new Found(
                    url,
                    key,
                    depth,
                    source,
                    UrlState.CUT,
                    cut.get().kind() + ": " + cut.get().detail(),
                    from);
        }
        return new Found(url, key, depth, source, UrlState.QUEUED, "", from);
    }

    private static boolean refused(FetchResult result) {
        return result instanceof FetchResult.Answered answered
                && (answered.status() == 401 || answered.status() == 403);
    }

    /** Why a blocked host's URL is not fetched: its robots.txt refused us, or its pages did. */
    private String blockedReason(URI url) {
        return robots.known(url)
                        .filter(RobotsOutcome.Forbidden.class::isInstance)
                        .isPresent()
                ? ROBOTS_REFUSED
                : "host blocked: it refused our agent (401 or 403)";
    }

    private Outcome notFetched(QueuedUrl queued, UrlState state, String reason) {
        return new Recorded(queued, PageRecord.notFetched(queued, state, reason, clock.instant()), List.of());
    }
}
