package wales.councilaudit.scoring;

import java.util.List;

/**
 * A council's overall star (Annex B) and why.
 *
 * @param stars 1 to 4, after demotions
 * @param beforeDemotion the band the components reached, before a mobile or accessibility score of 0 dropped it
 * @param why the sentences that decided it: the band reached and the bands missed (with the components that fell
 *     short), then each demotion
 */
public record Overall(int stars, int beforeDemotion, List<String> why) {

    public Overall {
        why = List.copyOf(why);
        if (stars < 1 || stars > 4 || beforeDemotion < stars || beforeDemotion > 4) {
            throw new IllegalArgumentException("stars " + stars + " after demotion from " + beforeDemotion);
        }
    }
}
