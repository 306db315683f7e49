package wales.councilaudit.net;

import java.time.Duration;

/**
 * How often and how patiently a request is retried after a 429 or 503 answer or a network error. The delay
 * before attempt {@code n + 1} is the server's {@code Retry-After} when it gave one, otherwise
 * {@code initialBackoff * 2^(n-1)}; a {@code Retry-After} longer than {@code maxRetryAfter} is not waited for
 * (the answer is recorded as it is). Immutable.
 *
 * @param maxAttempts attempts in all, at least 1
 * @param initialBackoff the first back-off when the server gives no {@code Retry-After}
 * @param maxRetryAfter the longest server-requested wait we honour
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxRetryAfter) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }

    /** Three attempts, one second then two, and up to two minutes when the server asks. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofMinutes(2));
    }

    /** The back-off before attempt {@code attempt + 1} when the server gave no {@code Retry-After}. */
    public Duration backoffAfter(int attempt) {
        return initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 16));
    }
}
