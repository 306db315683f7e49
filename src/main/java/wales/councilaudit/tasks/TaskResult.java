package wales.councilaudit.tasks;

import java.util.List;
import java.util.Objects;
import wales.councilaudit.scoring.QuestionAnswer;

/**
 * One top task's result on one council.
 *
 * @param taskId the script's id
 * @param answers the questions answered, in the order and with the ids of {@code docs/tasks-stage.md} ({@code
 *     navigation}, {@code site-search}, {@code a-to-z}, {@code landing-page-link}, {@code online} (essential),
 *     {@code accessible-form}, {@code mobile-journey}, {@code welsh}, {@code no-broken-step}), for {@code
 *     Scorer.task}
 * @param journeys the task's journeys, the evidence
 */
public record TaskResult(String taskId, List<QuestionAnswer> answers, List<Journey> journeys) {
    public TaskResult {
        Objects.requireNonNull(taskId, "taskId");
        answers = List.copyOf(answers);
        journeys = List.copyOf(journeys);
    }
}
