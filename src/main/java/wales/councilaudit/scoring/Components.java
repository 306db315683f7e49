package wales.councilaudit.scoring;

import java.util.List;

/**
 * The four component scores the overall star is computed from.
 *
 * @param tasks the sum of the tasks' stars (each task 1 to 4)
 * @param tools tools for accessing content, 1 to 4
 * @param mobile 0 (not adapted to mobile at all) to 4
 * @param accessibility 0 to 3
 */
public record Components(int tasks, int tools, int mobile, int accessibility) {

    public Components {
        check("tasks", tasks, 0, Integer.MAX_VALUE);
        check("tools", tools, 1, 4);
        check("mobile", mobile, 0, 4);
        check("accessibility", accessibility, 0, 3);
    }

    /** The components of scored tasks and components; {@code tasks} is the sum of the tasks' stars. */
    public static Components of(
            List<TaskScore> tasks, ComponentScore tools, ComponentScore mobile, ComponentScore accessibility) {
        int sum = tasks.stream().mapToInt(TaskScore::stars).sum();
        return new Components(sum, tools.score(), mobile.score(), accessibility.score());
    }

    /** The named component's score: {@code tasks}, {@code tools}, {@code mobile} or {@code accessibility}. */
    int get(Component component) {
        return switch (component) {
            case TASKS -> tasks;
            case TOOLS -> tools;
            case MOBILE -> mobile;
            case ACCESSIBILITY -> accessibility;
        };
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", not " + value);
        }
    }

    /** The four components, in the order Annex B lists them. */
    enum Component {
        TASKS("tasks"),
        TOOLS("tools"),
        MOBILE("mobile"),
        ACCESSIBILITY("accessibility");

        final String label;

        Component(String label) {
            this.label = label;
        }
    }
}
