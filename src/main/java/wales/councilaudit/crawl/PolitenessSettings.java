package wales.councilaudit.crawl;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely {@link HostPoliteness} treats each host. Immutable; validated on construction.
 *
 * @param maxConcurrentPerHost requests in flight to one host at once, at least 1
 * @param delay the least time from the end of one request to the start of the next to the same host, and between
 *     two starts; zero or more. A host's robots.txt {@code Crawl-delay} lengthens it for that host, never shortens
 *     it
 * @param initialBackoff the pause after a 429 or 503 without a usable {@code Retry-After}; doubled for each
 *     further 429 or 503 in a row; zero or more
 * @param maxPause the longest pause after a 429 or 503: caps both the server's {@code Retry-After} and the back-off;
 *     at least {@code initialBackoff}
 * @param forbiddenToBlock 403 answers in a row after which a host that has already answered 2xx is blocked, at
 *     least 1; a 403 before any 2xx answer blocks the host at once
 */
public record PolitenessSettings(
        int maxConcurrentPerHost, Duration delay, Duration initialBackoff, Duration maxPause, int forbiddenToBlock) {

    public PolitenessSettings {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxPause, "maxPause");
        if (maxConcurrentPerHost < 1) {
            throw new IllegalArgumentException("maxConcurrentPerHost must be at least 1, got " + maxConcurrentPerHost);
        }
        if (delay.isNegative() || initialBackoff.isNegative()) {
            throw new IllegalArgumentException("delay and initialBackoff must not be negative");
        }
        if (maxPause.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "maxPause " + maxPause + " is shorter than initialBackoff " + initialBackoff);
        }
        if (forbiddenToBlock < 1) {
            throw new IllegalArgumentException("forbiddenToBlock must be at least 1, got " + forbiddenToBlock);
        }
    }

    /**
     * One request at a time per host, 1 s apart; back-off from 1 s, pauses capped at two minutes (the longest
     * {@code Retry-After} the domain check honours too); blocked after a 403 before any page, or three in a row.
     */
    public static PolitenessSettings defaults() {
        return new PolitenessSettings(1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(2), 3);
    }

    public PolitenessSettings withDelay(Duration newDelay) {
        return new PolitenessSettings(maxConcurrentPerHost, newDelay, initialBackoff, maxPause, forbiddenToBlock);
    }

    public PolitenessSettings withMaxConcurrentPerHost(int max) {
        return new PolitenessSettings(max, delay, initialBackoff, maxPause, forbiddenToBlock);
    }

    public PolitenessSettings withBackoff(Duration initial, Duration max) {
        return new PolitenessSettings(maxConcurrentPerHost, delay, initial, max, forbiddenToBlock);
    }

    public PolitenessSettings withForbiddenToBlock(int answers) {
        return new PolitenessSettings(maxConcurrentPerHost, delay, initialBackoff, maxPause, answers);
    }

    /** The back-off after the {@code throttles}-th 429 or 503 in a row (from 1): doubling, capped at maxPause. */
    public Duration backoff(int throttles) {
        if (throttles < 1) {
            throw new IllegalArgumentException("throttles counts from 1, got " + throttles);
        }
        Duration backoff = initialBackoff.multipliedBy(1L << Math.min(throttles - 1, 30));
        return backoff.compareTo(maxPause) > 0 ? maxPause : backoff;
    }

    /** The pause a {@code Retry-After} of {@code asked} earns: the wait asked for, capped at maxPause. */
    public Duration pauseFor(Duration asked) {
        return asked.compareTo(maxPause) > 0 ? maxPause : asked;
    }
}
