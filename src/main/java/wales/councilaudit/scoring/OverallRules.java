package wales.councilaudit.scoring;

import java.util.List;

/**
 * Annex B's overall-star table and demotions.
 *
 * @param baseTasks the number of tasks the bands' task minimums are written for (Better Connected's 4); for {@code
 *     n} tasks a minimum {@code t} becomes {@code ceil(t * n / baseTasks)}, the smallest whole total that is at
 *     least the same share of the {@code 4 * n} stars possible
 * @param bands highest first, stars strictly falling, each minimum no higher than the band above's; at least one
 * @param otherwise the star of a council below every band, and the floor no demotion goes below
 * @param mobileZeroDrop the stars a council scoring 0 on mobile drops
 * @param accessibilityZeroDrop the stars a council scoring 0 on accessibility drops
 */
public record OverallRules(
        int baseTasks, List<Band> bands, int otherwise, int mobileZeroDrop, int accessibilityZeroDrop) {

    public OverallRules {
        bands = List.copyOf(bands);
        if (baseTasks < 1) {
            throw new IllegalArgumentException("base-tasks must be at least 1, not " + baseTasks);
        }
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("bands must hold at least one band");
        }
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (band.tasks() > 4 * baseTasks) {
                throw new IllegalArgumentException("band " + band.stars() + ": tasks minimum " + band.tasks()
                        + " is above the " + 4 * baseTasks + " stars " + baseTasks + " tasks can score");
            }
            if (i > 0) {
                requireBelow(bands.get(i - 1), band);
            }
        }
        if (otherwise < 1 || otherwise >= bands.get(bands.size() - 1).stars()) {
            throw new IllegalArgumentException(
                    "otherwise must be at least 1 and below the last band's stars, not " + otherwise);
        }
        if (mobileZeroDrop < 0 || accessibilityZeroDrop < 0) {
            throw new IllegalArgumentException("a demotion drops 0 stars or more");
        }
    }

    /**
     * A band's task minimum for {@code taskCount} tasks: {@code ceil(tasks * taskCount / baseTasks)}.
     *
     * @param taskCount at least 1
     */
    public int scaledTasks(Band band, int taskCount) {
        if (taskCount < 1) {
            throw new IllegalArgumentException("at least one task, not " + taskCount);
        }
        return Math.toIntExact(((long) band.tasks() * taskCount + baseTasks - 1) / baseTasks);
    }

    private static void requireBelow(Band higher, Band lower) {
        if (lower.stars() >= higher.stars()) {
            throw new IllegalArgumentException("bands must be listed highest first (band " + lower.stars()
                    + " follows band " + higher.stars() + ")");
        }
        for (Components.Component c : Components.Component.values()) {
            if (lower.minimum(c) > higher.minimum(c)) {
                throw new IllegalArgumentException("band " + lower.stars() + ": " + c.label + " minimum "
                        + lower.minimum(c) + " is above band " + higher.stars() + "'s (" + higher.minimum(c) + ")");
            }
        }
    }
}
