package wales.councilaudit.scoring;

import java.util.Objects;

/**
 * One question answered for one site.
 *
 * @param questionId the question's id, unique within its task or component; not blank
 * @param answer yes, no, or not applicable
 * @param essential whether a {@code NO} alone decides the result (a task with no online way to do it gets the rules'
 *     {@code essential-failed} stars whatever else it scores)
 * @param evidence what was seen, for the report ("the form at https://… has 6 fields and a submit button"); may be
 *     empty, never null
 */
public record QuestionAnswer(String questionId, Answer answer, boolean essential, String evidence) {

    public QuestionAnswer {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(evidence, "evidence");
        if (questionId.isBlank()) {
            throw new IllegalArgumentException("a question id must not be blank");
        }
    }

    /** A question that is not essential. */
    public static QuestionAnswer of(String questionId, Answer answer, String evidence) {
        return new QuestionAnswer(questionId, answer, false, evidence);
    }

    /** An essential question. */
    public static QuestionAnswer essential(String questionId, Answer answer, String evidence) {
        return new QuestionAnswer(questionId, answer, true, evidence);
    }

    /** {@code YES} when {@code passed}, else {@code NO}. */
    public static QuestionAnswer check(String questionId, boolean passed, String evidence) {
        return new QuestionAnswer(questionId, passed ? Answer.YES : Answer.NO, false, evidence);
    }

    /** Whether the question counts towards a share: answered yes or no. */
    public boolean applicable() {
        return answer != Answer.NOT_APPLICABLE;
    }

    /** "id (evidence)", or just the id when there is no evidence. */
    String described() {
        return evidence.isEmpty() ? "'" + questionId + "'" : "'" + questionId + "' (" + evidence + ")";
    }
}
