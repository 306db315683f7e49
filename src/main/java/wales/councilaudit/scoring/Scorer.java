package wales.councilaudit.scoring;

import java.util.List;
import java.util.Objects;

/**
 * Computes every score of the Annex B approximation under one {@link ScoringRules} profile. Pure (no I/O, no clock,
 * no state besides the rules), immutable and thread-safe. Each result carries the sentences that decided it.
 */
public final class Scorer {

    private final ScoringRules rules;

    public Scorer(ScoringRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The rules this scorer applies. */
    public ScoringRules rules() {
        return rules;
    }

    /**
     * A task's stars (1 to 4): an essential question answered no gives {@code tasks.essential-failed}; no applicable
     * question gives {@code tasks.none-applicable}; else the share of applicable questions answered yes (not
     * applicable ones left out) through {@code tasks.bands}.
     *
     * @param answers at least one, question ids unique
     * @throws IllegalArgumentException when {@code answers} is empty or repeats a question id
     */
    public TaskScore task(String taskId, List<QuestionAnswer> answers) {
        return TaskScorer.score(rules.tasks(), taskId, answers);
    }

    /** Tools for accessing content, 1 to 4: the share of the tools checks passed through {@code tools.bands}. */
    public ComponentScore tools(ToolsFacts facts) {
        return ToolsScorer.score(rules.tools(), facts);
    }

    /**
     * Mobile, 0 to 4: 0 when there is no usable viewport and the home page overflows; else the share of the mobile
     * checks passed through {@code mobile.bands}.
     */
    public ComponentScore mobile(MobileFacts facts) {
        return MobileScorer.score(rules.mobile(), facts);
    }

    /** Accessibility, 0 to 3: stage one on the home page can give 0; stage two's impacts cap the rest. */
    public ComponentScore accessibility(AccessibilityFacts facts) {
        return AccessibilityScorer.score(rules.accessibility(), facts);
    }

    /**
     * The overall star: the highest band whose minimums the components all reach (task minimums scaled for {@code
     * taskCount}), then the demotions for a mobile or accessibility score of 0, never below {@code
     * overall.otherwise}.
     *
     * @param taskCount the number of tasks whose stars make up {@code components.tasks()}, at least 1
     * @throws IllegalArgumentException when {@code components.tasks()} is outside {@code taskCount} to {@code 4 *
     *     taskCount}
     */
    public Overall overall(Components components, int taskCount) {
        return OverallScorer.score(rules.overall(), components, taskCount);
    }

    /**
     * The overall star from scored tasks and components; the number of tasks is {@code tasks.size()}.
     *
     * @param tasks at least one
     */
    public Overall overall(
            List<TaskScore> tasks, ComponentScore tools, ComponentScore mobile, ComponentScore accessibility) {
        return overall(Components.of(tasks, tools, mobile, accessibility), tasks.size());
    }
}
