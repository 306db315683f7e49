package wales.councilaudit.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded task journey, as the report shows it: the evidence behind a task's answers.
 *
 * @param taskId the task script's id
 * @param profile the browser profile ({@code desktop}, {@code mobile})
 * @param lang {@code en} or {@code cy}
 * @param method how the journey looked: {@code navigation}, {@code search}, {@code a-to-z}, {@code transaction},
 *     {@code welsh}, …
 * @param outcome what it reached, in a sentence ("reached the form at …", "failed at step 3: timed out")
 * @param succeeded whether it reached its goal
 * @param steps every step, in order
 */
public record JourneyEvidence(
        String taskId,
        String profile,
        String lang,
        String method,
        String outcome,
        boolean succeeded,
        List<Step> steps) {

    public JourneyEvidence {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(outcome, "outcome");
        steps = List.copyOf(steps);
    }

    /**
     * One step of a journey.
     *
     * @param url the page the step was on (as text: it came from a site and is escaped when shown)
     * @param action what was done ("opened the home page", "followed a link", "searched")
     * @param matched what was matched (the link's text, the search words); may be empty
     * @param screenshot the screenshot's path relative to the run folder, when one was taken
     * @param failure what went wrong at this step, when something did
     */
    public record Step(
            String url, String action, String matched, Optional<String> screenshot, Optional<String> failure) {

        public Step {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(matched, "matched");
            Objects.requireNonNull(screenshot, "screenshot");
            Objects.requireNonNull(failure, "failure");
        }
    }
}
