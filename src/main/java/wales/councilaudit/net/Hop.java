package wales.councilaudit.net;

import java.net.URI;
import java.time.Duration;

/**
 * One request in a redirect chain, as evidence: what was asked for, the answer's status, where it pointed next.
 *
 * @param url the URL requested
 * @param status the HTTP status of the last attempt; 0 when no answer came (see the fetch's failure)
 * @param location the {@code Location} header of a redirect, or an empty string
 * @param attempts how many attempts this hop took (retries after 429, 503 or a network error)
 * @param elapsed time from the first attempt's start to the last attempt's answer
 */
public record Hop(URI url, int status, String location, int attempts, Duration elapsed) {

    public Hop {
        if (url == null || location == null || elapsed == null) {
            throw new IllegalArgumentException("url, location and elapsed are required");
        }
    }

    /** Whether this hop is a redirect with somewhere to go (a method, not a property: not serialised). */
    public boolean redirects() {
        return status >= 300 && status < 400 && !location.isEmpty();
    }
}
