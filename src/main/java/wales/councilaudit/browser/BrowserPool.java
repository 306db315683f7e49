package wales.councilaudit.browser;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wales.councilaudit.browser.PageOutcome.Done;
import wales.councilaudit.browser.PageOutcome.Failed;

/**
 * A pool of at most {@link BrowserSettings#sessions()} Chromium sessions (local ChromeDriver, or a Selenium Grid) on
 * which the other stages load pages. {@link #visit} loads a page in a session of the asked profile and runs the work
 * on it; every failure is an outcome, never an exception:
 *
 * <ul>
 *   <li>a navigation longer than the page-load timeout is {@link FailureKind#PAGE_LOAD_TIMEOUT}; the session lives on;
 *   <li>a crashed browser or driver (however it shows: a deleted session, a refused connection, a dead tab) is
 *       detected by asking the session for its window after any failure; the session is quit and replaced and the
 *       page tried once more ({@code attempts == 2}); the run goes on;
 *   <li>a session is quit and replaced after it has loaded {@link BrowserSettings#recycleAfter()} pages.
 * </ul>
 *
 * <p>Sessions serve one profile each: a desktop session is never used for a mobile page. When all sessions are alive
 * and none of the asked profile is idle, an idle session of another profile is quit to make room.
 *
 * <p>Thread-safe: up to {@code sessions} threads visit at once, others wait for a session. Sessions start lazily, on
 * the first visit that needs one. {@link #close()} waits for visits under way, then quits every session.
 */
public final class BrowserPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserPool.class);
    private static final Duration CLOSE_WAIT = Duration.ofMinutes(2);

    private final BrowserSettings settings;
    private final SessionFactory factory;
    private final SubmitGuard guard;
    private final Clock clock;
    private final Semaphore permits;
    private final Object lock = new Object();
    private final List<BrowserSession> idle = new ArrayList<>(); // guarded by lock, oldest first
    private int live; // guarded by lock: idle + busy + starting
    private boolean closed; // guarded by lock
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger recycled = new AtomicInteger();
    private final AtomicInteger replaced = new AtomicInteger();
    private final AtomicInteger evicted = new AtomicInteger();
    private final AtomicInteger pagesLoaded = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private volatile String chromiumVersion = "";

    BrowserPool(BrowserSettings settings, SessionFactory factory, Clock clock) {
        this(settings, factory, clock, SubmitGuard.refuseAll());
    }

    BrowserPool(BrowserSettings settings, SessionFactory factory, Clock clock, SubmitGuard guard) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.permits = new Semaphore(settings.sessions(), true);
    }

    /**
     * A pool with the given settings: Grid sessions when {@link BrowserSettings#grid()} names one, else local
     * ChromeDriver sessions. No session starts until the first visit. Every session has the never-submit guard
     * with an empty allow-list ({@link SubmitGuard#refuseAll()}).
     */
    public static BrowserPool open(BrowserSettings settings) {
        return open(settings, SubmitGuard.refuseAll());
    }

    /**
     * A pool whose every session carries {@code guard} (the never-submit guard with its allow-list), installed
     * before the session loads its first page.
     */
    public static BrowserPool open(BrowserSettings settings, SubmitGuard guard) {
        SessionFactory factory = settings.grid().isPresent() ? new GridSessions(settings) : new LocalSessions(settings);
        return new BrowserPool(settings, factory, Clock.systemUTC(), guard);
    }

    /** The never-submit guard on every session of this pool. */
    public SubmitGuard guard() {
        return guard;
    }

    public BrowserSettings settings() {
        return settings;
    }

    /**
     * Loads {@code page} in a session presenting {@code profile} (a fresh navigation from whatever the session showed
     * before), then runs {@code work} on it. Blocks while all sessions are busy.
     *
     * @param page an absolute URL Chromium can load
     * @return {@link Done} with the work's value, or {@link Failed} saying why; never null
     */
    public <T> PageOutcome<T> visit(BrowserProfile profile, URI page, PageWork<T> work) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(work, "work");
        Instant start = clock.instant();
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed<>(FailureKind.CANCELLED, "interrupted while waiting for a browser session", 0);
        }
        try {
            PageOutcome<T> first = attempt(profile, page, work, 1, start);
            if (!(first instanceof Failed<T> failed) || !isBrowserLost(failed.kind())) {
                return first;
            }
            retries.incrementAndGet();
            LOG.warn(
                    "{}: {} on the first attempt ({}); retrying on a new session",
                    page,
                    failed.kind(),
                    failed.message());
            return attempt(profile, page, work, 2, start);
        } finally {
            permits.release();
        }
    }

    /**
     * The browser's version, such as {@code 156.0.7435.2}, as the first session started reported it in its
     * capabilities; empty before any session has started. Record it with the run.
     */
    public Optional<String> chromiumVersion() {
        String version = chromiumVersion;
        return version.isEmpty() ? Optional.empty() : Optional.of(version);
    }

    /** The pool's counts so far. */
    public PoolStats stats() {
        return new PoolStats(
                started.get(), recycled.get(), replaced.get(), evicted.get(), pagesLoaded.get(), retries.get());
    }

    /**
     * Refuses new visits ({@link FailureKind#CANCELLED}), waits up to two minutes for visits under way, then quits
     * every idle session and deletes its temporary folder. Sessions still busy after that are quit when their visit
     * ends. Idempotent.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        boolean drained = false;
        try {
            drained = permits.tryAcquire(settings.sessions(), CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<BrowserSession> toQuit;
        synchronized (lock) {
            toQuit = List.copyOf(idle);
            idle.clear();
            live -= toQuit.size();
        }
        toQuit.forEach(BrowserSession::quit);
        if (drained) {
            permits.release(settings.sessions());
        }
    }

    private <T> PageOutcome<T> attempt(BrowserProfile profile, URI page, PageWork<T> work, int attempt, Instant start) {
        BrowserSession session;
        try {
            Optional<BrowserSession> taken = take(profile);
            if (taken.isEmpty()) {
                return new Failed<>(FailureKind.CANCELLED, "the browser pool is closed", attempt - 1);
            }
            session = taken.get();
        } catch (RuntimeException e) {
            LOG.warn("cannot start a {} browser session: {}", profile.name(), e.toString());
            return new Failed<>(FailureKind.BROWSER_UNAVAILABLE, describe(e), attempt);
        }
        PageOutcome<T> outcome = run(session, page, work, attempt, start);
        if (outcome instanceof Failed<T> failed && failed.kind() == FailureKind.BROWSER_CRASHED) {
            replaced.incrementAndGet();
            discard(session);
        } else {
            giveBack(session);
        }
        return outcome;
    }

    /** Navigates and runs the work; after any failure, a session that no longer answers means a crash. */
    private <T> PageOutcome<T> run(BrowserSession session, URI page, PageWork<T> work, int attempt, Instant start) {
        session.countPage();
        pagesLoaded.incrementAndGet();
        try {
            session.driver().get(page.toString());
        } catch (TimeoutException e) {
            return failure(session, FailureKind.PAGE_LOAD_TIMEOUT, e, attempt);
        } catch (RuntimeException e) {
            return failure(session, FailureKind.NAVIGATION_ERROR, e, attempt);
        }
        T value;
        try {
            value = work.apply(session.driver(), page);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed<>(FailureKind.CANCELLED, describe(e), attempt);
        } catch (Exception e) {
            return failure(session, FailureKind.WORK_FAILED, e, attempt);
        }
        if (value == null) {
            return new Failed<>(FailureKind.WORK_FAILED, "the work returned null", attempt);
        }
        return new Done<>(value, attempt, Duration.between(start, clock.instant()));
    }

    private <T> Failed<T> failure(BrowserSession session, FailureKind kind, Exception e, int attempt) {
        FailureKind actual = session.alive() ? kind : FailureKind.BROWSER_CRASHED;
        return new Failed<>(actual, describe(e), attempt);
    }

    /** An idle session of the profile, or a new one; empty when the pool is closed. Caller holds a permit. */
    private Optional<BrowserSession> take(BrowserProfile profile) {
        BrowserSession toEvict = null;
        synchronized (lock) {
            if (closed) {
                return Optional.empty();
            }
            for (Iterator<BrowserSession> it = idle.iterator(); it.hasNext(); ) {
                BrowserSession session = it.next();
                if (session.profile().equals(profile)) {
                    it.remove();
                    return Optional.of(session);
                }
            }
            if (live >= settings.sessions() && !idle.isEmpty()) {
                toEvict = idle.remove(0); // a permit is held, so some session is idle
                live--;
            }
            live++;
        }
        if (toEvict != null) {
            evicted.incrementAndGet();
            toEvict.quit();
        }
        return Optional.of(start(profile));
    }

    private BrowserSession start(BrowserProfile profile) {
        int id = ids.incrementAndGet();
        try {
            BrowserSession session = guarded(factory.start(profile, id));
            started.incrementAndGet();
            if (chromiumVersion.isEmpty()) {
                chromiumVersion = session.browserVersion();
            }
            LOG.debug("browser session {} ({}) started", id, profile.name());
            return session;
        } catch (RuntimeException e) {
            synchronized (lock) {
                live--;
            }
            throw e;
        }
    }

    /** The session with the guard installed; a session that refuses it is quit, and the failure thrown. */
    private BrowserSession guarded(BrowserSession session) {
        try {
            return session.withDriver(guard.install(session.driver()));
        } catch (RuntimeException e) {
            session.quit();
            throw e;
        }
    }

    private void giveBack(BrowserSession session) {
        boolean recycle;
        boolean keep;
        synchronized (lock) {
            recycle = session.pages() >= settings.recycleAfter();
            keep = !closed && !recycle;
            if (keep) {
                idle.add(session);
            } else {
                live--;
            }
        }
        if (!keep) {
            if (recycle) {
                recycled.incrementAndGet();
            }
            session.quit();
        }
    }

    private void discard(BrowserSession session) {
        synchronized (lock) {
            live--;
        }
        session.quit();
    }

    private static boolean isBrowserLost(FailureKind kind) {
        return kind == FailureKind.BROWSER_CRASHED || kind == FailureKind.BROWSER_UNAVAILABLE;
    }

    /** The exception's class and the first line of its message (Selenium appends build and system details). */
    private static String describe(Throwable e) {
        String message =
                e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
