package wales.councilaudit.scoring;

import java.util.Locale;

/** Checking and writing shares (fractions from 0 to 1). */
final class Shares {

    private Shares() {}

    /** Throws unless {@code share} is a number from 0 to 1. */
    static void require(String name, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be a share from 0 to 1, not " + share);
        }
    }

    /** A share as the report writes it, with two decimals: {@code 0.75}. */
    static String format(double share) {
        return String.format(Locale.ROOT, "%.2f", share);
    }

    /** "3 of 4 (0.75)". */
    static String ratio(int part, int whole) {
        return part + " of " + whole + (whole == 0 ? "" : " (" + format((double) part / whole) + ")");
    }
}
