package wales.councilaudit.scoring;

/**
 * How a task's stars (1 to 4) follow from its questions.
 *
 * @param stars the share of applicable questions answered yes, to stars
 * @param essentialFailed the stars of a task with an essential question answered no, whatever its share
 * @param noneApplicable the stars of a task none of whose questions applied (all not applicable)
 */
public record TaskRules(ShareBands stars, int essentialFailed, int noneApplicable) {

    public TaskRules {
        stars.requireStars(1, 4);
        if (essentialFailed < 1 || essentialFailed > 4) {
            throw new IllegalArgumentException("essential-failed must be from 1 to 4, not " + essentialFailed);
        }
        if (noneApplicable < 1 || noneApplicable > 4) {
            throw new IllegalArgumentException("none-applicable must be from 1 to 4, not " + noneApplicable);
        }
    }
}
