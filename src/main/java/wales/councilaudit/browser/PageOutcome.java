package wales.councilaudit.browser;

import java.time.Duration;
import java.util.Objects;

/**
 * What became of one page the {@link BrowserPool} was asked to visit: done, with the work's value, or failed, with
 * the reason. Expected failures (a timeout, a crash) are values, not exceptions.
 *
 * @param <T> what the work returns
 */
public sealed interface PageOutcome<T> permits PageOutcome.Done, PageOutcome.Failed {

    /** Attempts made: 1, or 2 when the first ended in a crashed browser or driver. */
    int attempts();

    /**
     * The page loaded and the work returned.
     *
     * @param value the work's value, never null
     * @param attempts 1 or 2
     * @param elapsed from the visit's start to the work's return, including a first, crashed attempt
     */
    record Done<T>(T value, int attempts, Duration elapsed) implements PageOutcome<T> {
        public Done {
            Objects.requireNonNull(value, "value (the work returned null)");
            checkAttempts(attempts);
            if (elapsed.isNegative()) {
                throw new IllegalArgumentException("elapsed must not be negative: " + elapsed);
            }
        }
    }

    /**
     * The page could not be finished.
     *
     * @param kind why
     * @param message the last error's class and message, for the report; not for branching
     * @param attempts 1 or 2 (0 when the pool was closed before any attempt)
     */
    record Failed<T>(FailureKind kind, String message, int attempts) implements PageOutcome<T> {
        public Failed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
            if (attempts != 0) {
                checkAttempts(attempts);
            }
        }
    }

    private static void checkAttempts(int attempts) {
        if (attempts < 1 || attempts > 2) {
            throw new IllegalArgumentException("attempts must be 1 or 2, got " + attempts);
        }
    }
}
