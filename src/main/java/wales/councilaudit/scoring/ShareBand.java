package wales.councilaudit.scoring;

/**
 * One row of a share-to-stars table.
 *
 * @param stars the stars given when the share is at least {@code minShare}
 * @param minShare from 0 (exclusive) to 1 (inclusive)
 */
public record ShareBand(int stars, double minShare) {

    public ShareBand {
        if (!(minShare > 0 && minShare <= 1)) {
            throw new IllegalArgumentException("min-share must be above 0 and at most 1, not " + minShare);
        }
    }
}
