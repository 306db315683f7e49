package wales.councilaudit.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import wales.councilaudit.net.Sleeper;

/**
 * One host's politeness: requests in flight, the earliest next start, the crawl delay, the run of 429/503 and 403
 * answers, and whether the host is blocked. A handful of fields per host. Thread-safe: every field is guarded by
 * one lock, and nobody sleeps while holding it.
 */
final class PolitenessState {

    private final PolitenessSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();

    private int inFlight;
    private Instant notBefore = Instant.MIN;
    private Duration crawlDelay = Duration.ZERO;
    private int throttles;
    private int forbiddens;
    private boolean served;
    private boolean blocked;

    PolitenessState(PolitenessSettings settings, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Waits for a free slot and for the earliest next start, then takes the slot.
     *
     * @return false, without a slot, when the host is (or becomes, while waiting) blocked
     */
    boolean enter() throws InterruptedException {
        while (true) {
            Duration wait;
            lock.lockInterruptibly();
            try {
                if (blocked) {
                    return false;
                }
                if (inFlight >= settings.maxConcurrentPerHost()) {
                    released.await();
                    continue;
                }
                Instant now = clock.instant();
                if (!notBefore.isAfter(now)) {
                    inFlight++;
                    notBefore = now.plus(delayLocked());
                    return true;
                }
                wait = Duration.between(now, notBefore);
            } finally {
                lock.unlock();
            }
            sleeper.sleep(roundUpToMillis(wait)); // then look again: another worker may have gone first
        }
    }

    /**
     * Gives the slot back at the end of a request and sets the earliest next start from what the host answered.
     *
     * @param status the final answer's status, or 0 when no answer came (neither a success nor a throttle)
     * @param retryAfter the answer's {@code Retry-After}, when it gave a usable one
     */
    void exit(int status, Optional<Duration> retryAfter) {
        Instant end = clock.instant();
        lock.lock();
        try {
            inFlight--;
            Duration gap = delayLocked();
            if (status == 429 || status == 503) {
                throttles++;
                Duration pause = retryAfter.map(settings::pauseFor).orElseGet(() -> settings.backoff(throttles));
                gap = pause.compareTo(gap) > 0 ? pause : gap;
            } else if (status == 403) {
                forbiddens++;
                blocked |= !served || forbiddens >= settings.forbiddenToBlock();
            } else if (status != 0) {
                throttles = 0;
                forbiddens = 0;
                served |= status >= 200 && status < 300;
            }
            Instant next = end.plus(gap);
            notBefore = next.isAfter(notBefore) ? next : notBefore;
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The delay between requests to this host: the configured one or the crawl delay, whichever is longer. */
    Duration delay() {
        lock.lock();
        try {
            return delayLocked();
        } finally {
            lock.unlock();
        }
    }

    void crawlDelay(Duration delay) {
        lock.lock();
        try {
            crawlDelay = delay;
        } finally {
            lock.unlock();
        }
    }

    boolean blocked() {
        lock.lock();
        try {
            return blocked;
        } finally {
            lock.unlock();
        }
    }

    void block() {
        lock.lock();
        try {
            blocked = true;
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Sleeps on the calling thread, outside the lock. */
    void sleep(Duration duration) throws InterruptedException {
        sleeper.sleep(roundUpToMillis(duration));
    }

    private Duration delayLocked() {
        return crawlDelay.compareTo(settings.delay()) > 0 ? crawlDelay : settings.delay();
    }

    /** {@link Sleeper#SYSTEM} sleeps whole milliseconds: round up so that a wait is never cut short. */
    private static Duration roundUpToMillis(Duration wait) {
        long millis = wait.toMillis();
        return wait.equals(Duration.ofMillis(millis)) ? wait : Duration.ofMillis(millis + 1);
    }
}
