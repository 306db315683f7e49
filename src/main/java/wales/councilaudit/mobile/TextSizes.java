package wales.councilaudit.mobile;

/**
 * How much of a page's visible text is set at a legible size, in CSS px as computed (before any zoom-out of a page
 * without a usable viewport; {@link MobilePage#legibleTextShare()} applies that rule).
 *
 * @param legibleChars characters of visible text whose computed {@code font-size} is at least {@link
 *     MobileProbe#LEGIBLE_PX} CSS px
 * @param totalChars all characters of visible text (white space not counted); at least {@code legibleChars}
 */
public record TextSizes(long legibleChars, long totalChars) {

    public TextSizes {
        if (legibleChars < 0 || totalChars < legibleChars) {
            throw new IllegalArgumentException(legibleChars + " legible characters of " + totalChars);
        }
    }

    /** The legible share in CSS px, 0 to 1; 1 when the page has no visible text. */
    public double cssShare() {
        return totalChars == 0 ? 1.0 : (double) legibleChars / totalChars;
    }
}
