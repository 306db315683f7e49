package wales.councilaudit.scoring;

import java.util.List;

/**
 * A table from the share of checks passed (yes answers over applicable questions) to stars: the first band whose
 * {@code minShare} the share reaches gives its stars, else {@code otherwise}. A share equal to a band's minimum
 * reaches it.
 *
 * @param bands highest first: stars and minimum shares both strictly falling; at least one
 * @param otherwise the stars below every band; fewer than the last band's
 */
public record ShareBands(List<ShareBand> bands, int otherwise) {

    public ShareBands {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("bands must hold at least one band");
        }
        for (int i = 1; i < bands.size(); i++) {
            ShareBand higher = bands.get(i - 1);
            ShareBand lower = bands.get(i);
            if (lower.stars() >= higher.stars() || lower.minShare() >= higher.minShare()) {
                throw new IllegalArgumentException(
                        "bands must be listed highest first, stars and min-share both falling (band " + (i + 1)
                                + " does not fall below band " + i + ")");
            }
        }
        if (otherwise >= bands.get(bands.size() - 1).stars()) {
            throw new IllegalArgumentException("otherwise (" + otherwise + ") must be below the last band's stars ("
                    + bands.get(bands.size() - 1).stars() + ")");
        }
    }

    /** Throws unless every band's stars and {@code otherwise} lie from {@code min} to {@code max}. */
    void requireStars(int min, int max) {
        for (ShareBand band : bands) {
            if (band.stars() < min || band.stars() > max) {
                throw new IllegalArgumentException(
                        "a band's stars must be from " + min + " to " + max + ", not " + band.stars());
            }
        }
        if (otherwise < min) {
            throw new IllegalArgumentException("otherwise must be from " + min + " to " + max + ", not " + otherwise);
        }
    }

    /**
     * The stars for {@code yes} of {@code applicable}, and the sentence saying why.
     *
     * @param applicable at least 1
     * @param what what was counted, plural: "applicable questions answered yes"
     */
    Rated rate(int yes, int applicable, String what) {
        if (applicable < 1 || yes < 0 || yes > applicable) {
            throw new IllegalArgumentException(yes + " of " + applicable);
        }
        double share = (double) yes / applicable;
        String counted = Shares.ratio(yes, applicable) + " " + what;
        for (int i = 0; i < bands.size(); i++) {
            ShareBand band = bands.get(i);
            if (share >= band.minShare()) {
                String next = i == 0 ? "" : "; " + stars(bands.get(i - 1).stars()) + " need " + min(bands.get(i - 1));
                return new Rated(band.stars(), stars(band.stars()) + ": " + counted + ", at least " + min(band) + next);
            }
        }
        ShareBand last = bands.get(bands.size() - 1);
        return new Rated(
                otherwise,
                stars(otherwise) + ": " + counted + ", below " + min(last) + " (" + last.stars() + " stars)");
    }

    private static String min(ShareBand band) {
        return Shares.format(band.minShare());
    }

    /** "1 star", "3 stars". */
    static String stars(int n) {
        return n + (n == 1 ? " star" : " stars");
    }

    /** Stars and the sentence that decided them. */
    record Rated(int stars, String why) {}
}
