package wales.councilaudit.scoring;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A task's stars and why.
 *
 * @param taskId the task's id (a task script's name)
 * @param stars 1 to 4
 * @param yes how many applicable questions were answered yes
 * @param applicable how many questions were answered yes or no (not-applicable ones are left out)
 * @param answers every question's answer, in the order given
 * @param why the sentences that decided the stars, the deciding rule first, then the questions that failed
 */
public record TaskScore(
        String taskId, int stars, int yes, int applicable, List<QuestionAnswer> answers, List<String> why) {

    public TaskScore {
        Objects.requireNonNull(taskId, "taskId");
        answers = List.copyOf(answers);
        why = List.copyOf(why);
        if (stars < 1 || stars > 4) {
            throw new IllegalArgumentException("a task's stars run from 1 to 4, not " + stars);
        }
        if (yes < 0 || yes > applicable || applicable > answers.size()) {
            throw new IllegalArgumentException("inconsistent counts: " + yes + " yes of " + applicable + " applicable, "
                    + answers.size() + " answers");
        }
    }

    /** The share of applicable questions answered yes, from 0 to 1; empty when no question applied. */
    public OptionalDouble share() {
        return applicable == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) yes / applicable);
    }
}
