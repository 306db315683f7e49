package wales.councilaudit.scoring;

import java.util.Objects;

/**
 * A complete scoring profile, as read from a rules file by {@link ScoringRulesLoader}. Immutable.
 *
 * @param profile the profile's name ({@code annex-b})
 * @param label how reports must label the scores ("an automated approximation of the Better Connected method")
 */
public record ScoringRules(
        String profile,
        String label,
        OverallRules overall,
        TaskRules tasks,
        ToolsRules tools,
        MobileRules mobile,
        AccessibilityRules accessibility) {

    public ScoringRules {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(mobile, "mobile");
        Objects.requireNonNull(accessibility, "accessibility");
        if (profile.isBlank() || label.isBlank()) {
            throw new IllegalArgumentException("profile and label must not be blank");
        }
    }
}
