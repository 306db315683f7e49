package wales.councilaudit.scoring;

import static wales.councilaudit.scoring.ShareBands.stars;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A task's stars from its answered questions. Pure. */
final class TaskScorer {

    private TaskScorer() {}

    /**
     * Rules, in order: an essential question answered no gives {@code essentialFailed}; no applicable question
     * gives {@code noneApplicable}; else the share of applicable questions answered yes goes through the bands.
     * Not-applicable questions are left out of the share (neither yes nor no); an essential question answered not
     * applicable is left out the same way and does not fail the task.
     *
     * @param answers at least one, ids unique
     * @throws IllegalArgumentException when {@code answers} is empty or repeats a question id
     */
    static TaskScore score(TaskRules rules, String taskId, List<QuestionAnswer> answers) {
        requireQuestions(taskId, answers);
        int yes = Checks.yes(answers);
        int applicable = Checks.applicable(answers);
        List<QuestionAnswer> essentialFails = answers.stream()
                .filter(a -> a.essential() && a.answer() == Answer.NO)
                .toList();
        List<String> why = new ArrayList<>();
        int stars;
        if (!essentialFails.isEmpty()) {
            stars = rules.essentialFailed();
            why.add(stars(stars) + ": essential question answered no: " + Checks.described(essentialFails));
        } else if (applicable == 0) {
            stars = rules.noneApplicable();
            why.add(stars(stars) + ": none of the " + answers.size()
                    + " questions applied, so nothing shows the task can be done");
        } else {
            ShareBands.Rated rated = rules.stars().rate(yes, applicable, "applicable questions answered yes");
            stars = rated.stars();
            why.add(rated.why());
        }
        why.addAll(Checks.failedAndLeftOut(answers, essentialFails));
        return new TaskScore(taskId, stars, yes, applicable, answers, why);
    }

    private static void requireQuestions(String taskId, List<QuestionAnswer> answers) {
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("task '" + taskId + "' has no questions");
        }
        Set<String> ids = new HashSet<>();
        for (QuestionAnswer a : answers) {
            if (!ids.add(a.questionId())) {
                throw new IllegalArgumentException(
                        "task '" + taskId + "' answers question '" + a.questionId() + "' twice");
            }
        }
    }
}
