package wales.councilaudit.report;

import java.util.List;
import java.util.Objects;
import wales.councilaudit.scoring.QuestionAnswer;
import wales.councilaudit.scoring.TaskScore;

/**
 * One top task's stars in {@code summary.json}, with the answers and the sentences that decided them.
 *
 * @param id the task script's id
 * @param stars 1 to 4
 * @param answers every question's answer and its evidence, in the task's question order
 * @param why the deciding rule first, then the questions that failed
 */
public record TaskSummary(String id, int stars, List<QuestionAnswer> answers, List<String> why) {

    public TaskSummary {
        Objects.requireNonNull(id, "id");
        answers = List.copyOf(answers);
        why = List.copyOf(why);
    }

    public static TaskSummary of(TaskScore score) {
        return new TaskSummary(score.taskId(), score.stars(), score.answers(), score.why());
    }
}
