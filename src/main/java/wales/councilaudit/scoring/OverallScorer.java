package wales.councilaudit.scoring;

import static wales.councilaudit.scoring.ShareBands.stars;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import wales.councilaudit.scoring.Components.Component;

/** The overall star (Annex B) from the four components. Pure. */
final class OverallScorer {

    private OverallScorer() {}

    /**
     * The first band (highest first) whose every minimum the components reach, each minimum read as "at least"; the
     * task minimums scaled for {@code taskCount} (see {@link OverallRules#scaledTasks}); {@code otherwise} below every
     * band. Then a mobile score of 0 drops {@code mobileZeroDrop} stars and an accessibility score of 0 drops {@code
     * accessibilityZeroDrop}, one after the other, never below {@code otherwise}.
     *
     * @param taskCount the number of tasks scored, at least 1
     * @throws IllegalArgumentException when {@code components.tasks()} cannot be the sum of {@code taskCount} tasks'
     *     stars (each 1 to 4)
     */
    static Overall score(OverallRules rules, Components components, int taskCount) {
        if (taskCount < 1 || components.tasks() < taskCount || components.tasks() > 4 * taskCount) {
            throw new IllegalArgumentException(
                    "task stars " + components.tasks() + " cannot be the sum of " + taskCount + " tasks' stars");
        }
        List<String> why = new ArrayList<>();
        if (taskCount != rules.baseTasks()) {
            why.add(scalingSentence(rules, taskCount));
        }
        int before = rules.otherwise();
        for (Band band : rules.bands()) {
            List<String> shortfalls = shortfalls(rules, band, components, taskCount);
            if (shortfalls.isEmpty()) {
                before = band.stars();
                why.add(stars(band.stars()) + ": " + met(rules, band, components, taskCount));
                break;
            }
            why.add("not " + stars(band.stars()) + ": " + String.join(", ", shortfalls));
        }
        if (before == rules.otherwise()) {
            why.add(stars(before) + ": below every band");
        }
        int after = demote(before, components.mobile(), rules.mobileZeroDrop(), "mobile", rules, why);
        after = demote(after, components.accessibility(), rules.accessibilityZeroDrop(), "accessibility", rules, why);
        return new Overall(after, before, why);
    }

    private static List<String> shortfalls(OverallRules rules, Band band, Components components, int taskCount) {
        List<String> shortfalls = new ArrayList<>();
        for (Component c : Component.values()) {
            int minimum = minimum(rules, band, c, taskCount);
            if (components.get(c) < minimum) {
                shortfalls.add(c.label + " " + components.get(c) + " below " + minimum);
            }
        }
        return shortfalls;
    }

    /** "tasks 13 (at least 12), tools 3 (at least 3)", leaving out the minimums of 0 (any score). */
    private static String met(OverallRules rules, Band band, Components components, int taskCount) {
        List<String> parts = new ArrayList<>();
        for (Component c : Component.values()) {
            int minimum = minimum(rules, band, c, taskCount);
            if (minimum > 0) {
                parts.add(c.label + " " + components.get(c) + " (at least " + minimum + ")");
            }
        }
        return parts.isEmpty() ? "every minimum is 0" : String.join(", ", parts);
    }

    private static int minimum(OverallRules rules, Band band, Component component, int taskCount) {
        return component == Component.TASKS ? rules.scaledTasks(band, taskCount) : band.minimum(component);
    }

    private static int demote(int stars, int score, int drop, String component, OverallRules rules, List<String> why) {
        if (score != 0 || drop == 0) {
            return stars;
        }
        int after = Math.max(rules.otherwise(), stars - drop);
        String dropped = "drops " + stars(drop);
        if (after == stars) {
            why.add(component + " scored 0, which " + dropped + ", but " + stars(stars) + " is the floor");
        } else {
            why.add(component + " scored 0: " + dropped + " (" + stars(stars) + " to " + stars(after) + ")");
        }
        return after;
    }

    private static String scalingSentence(OverallRules rules, int taskCount) {
        String scaled = rules.bands().stream()
                .map(b -> stars(b.stars()) + " " + b.tasks() + " to " + rules.scaledTasks(b, taskCount))
                .collect(Collectors.joining(", "));
        return "task minimums are written for " + rules.baseTasks() + " tasks; for " + taskCount
                + " they are scaled by " + taskCount + "/" + rules.baseTasks() + ", rounded up: " + scaled;
    }
}
