package wales.councilaudit.scoring;

/**
 * One row of the overall-star table: the minimum of each component a council must reach for {@code stars}. The
 * minimums are "at least" values: a score above a band's minimum never keeps a council out of that band.
 *
 * @param stars the overall star this band gives, 2 to 4
 * @param tasks the minimum sum of task stars, written for the rules' base number of tasks and scaled for others
 * @param tools the minimum tools score, 0 to 4 (1 or less means any: tools score at least 1)
 * @param mobile the minimum mobile score, 0 to 4 (0 means any)
 * @param accessibility the minimum accessibility score, 0 to 3 (0 means any)
 */
public record Band(int stars, int tasks, int tools, int mobile, int accessibility) {

    public Band {
        if (stars < 2 || stars > 4) {
            throw new IllegalArgumentException("a band's stars must be from 2 to 4, not " + stars);
        }
        if (tasks < 0 || tools < 0 || tools > 4 || mobile < 0 || mobile > 4 || accessibility < 0 || accessibility > 3) {
            throw new IllegalArgumentException("band " + stars + ": minimums out of range (tasks at least 0, tools and"
                    + " mobile 0 to 4, accessibility 0 to 3)");
        }
    }

    /** This band's minimum for {@code component}. */
    int minimum(Components.Component component) {
        return switch (component) {
            case TASKS -> tasks;
            case TOOLS -> tools;
            case MOBILE -> mobile;
            case ACCESSIBILITY -> accessibility;
        };
    }
}
