package wales.councilaudit.tasks;

import java.util.Objects;
import java.util.Optional;

/**
 * One step of a journey: the evidence the report shows.
 *
 * @param url the address the step ended on (or tried to load, when it failed)
 * @param action what the runner did, for example "follow link", "search", "open the A–Z letter"
 * @param matched what was matched: the link text followed, the query, the form found; may be empty
 * @param status the HTTP status of the document shown, 0 when unknown
 * @param screenshot the screenshot file, relative to the evidence folder; empty when none was taken
 * @param failure why the step failed (a timeout, an error page); empty when it did not
 */
public record JourneyStep(
        String url, String action, String matched, int status, String screenshot, Optional<String> failure) {

    public JourneyStep {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(screenshot, "screenshot");
        Objects.requireNonNull(failure, "failure");
    }
}
