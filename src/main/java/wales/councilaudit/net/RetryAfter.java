package wales.councilaudit.net;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. Pure and
 * thread-safe; used by {@link HttpFetcher} and by the crawl's per-host politeness.
 */
public final class RetryAfter {

    private RetryAfter() {}

    /**
     * The wait a {@code Retry-After} value asks for. Never throws for any value.
     *
     * @param value the header's value, as served (surrounding spaces are ignored)
     * @param now the current time, for an HTTP-date
     * @return the wait, never negative (a date in the past is zero); empty when the value is neither form
     */
    public static Optional<Duration> parse(String value, Instant now) {
        String v = value.trim();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at =
                    ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
