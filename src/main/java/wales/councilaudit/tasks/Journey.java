package wales.councilaudit.tasks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One task tried once: on one browser profile, in one language, from the home page.
 *
 * @param taskId the script's id
 * @param profile the browser profile's name
 * @param lang the language of the journey
 * @param outcome how it ended
 * @param steps every step, in order
 * @param findings what it found, for the answers
 */
public record Journey(
        String taskId, String profile, Lang lang, Outcome outcome, List<JourneyStep> steps, JourneyFindings findings) {

    /** How a journey ended. */
    public enum Outcome {
        /** The task page was reached (and, for a top task, its transaction examined). */
        REACHED,
        /** The journey ran but found no task page (or, in Welsh, no language toggle). */
        NOT_FOUND,
        /** A step failed (a page that did not load in time, a browser error); the failed step is the last. */
        FAILED
    }

    public Journey {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(outcome, "outcome");
        steps = List.copyOf(steps);
        Objects.requireNonNull(findings, "findings");
    }

    /** The failure of the failed step, when the journey failed. */
    public Optional<String> failure() {
        return steps.isEmpty() ? Optional.empty() : steps.get(steps.size() - 1).failure();
    }
}
