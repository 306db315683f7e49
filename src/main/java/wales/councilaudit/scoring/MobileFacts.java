package wales.councilaudit.scoring;

/**
 * What the mobile stage measured on one site, on the mobile browser profile.
 *
 * @param viewportDeviceWidth the home page has a meta viewport with {@code width=device-width}: the "usable
 *     viewport" of the brief
 * @param zoomDisabled that viewport disables zoom ({@code user-scalable=no} or a {@code maximum-scale} below 2, as
 *     the mobile stage defines it)
 * @param homePageOverflows the home page scrolls sideways (horizontal overflow)
 * @param pagesExamined the pages examined on the mobile profile, the home page among them; at least 1
 * @param pagesOverflowing of those, the pages with horizontal overflow (the home page counted when it overflows)
 * @param smallTargetShare the share, 0 to 1, of the interactive targets measured that are smaller than WCAG 2.2 SC
 *     2.5.8 allows (24 by 24 CSS pixels, after its exceptions); 0 when none was measured
 * @param legibleTextShare the share, 0 to 1, of the text measured that is at least 12 CSS pixels; 1 when none was
 *     measured
 * @param journeysTried the task journeys that reached their goal on desktop, tried again on the mobile profile (a
 *     task that fails on desktop is not counted against mobile as well); 0 when none was tried
 * @param journeysWorking of those, the journeys that reached their goal on mobile too
 */
public record MobileFacts(
        boolean viewportDeviceWidth,
        boolean zoomDisabled,
        boolean homePageOverflows,
        int pagesExamined,
        int pagesOverflowing,
        double smallTargetShare,
        double legibleTextShare,
        int journeysTried,
        int journeysWorking) {

    public MobileFacts {
        if (pagesExamined < 1 || pagesOverflowing < 0 || pagesOverflowing > pagesExamined) {
            throw new IllegalArgumentException(pagesOverflowing + " pages overflowing of " + pagesExamined);
        }
        if (homePageOverflows && pagesOverflowing == 0) {
            throw new IllegalArgumentException("the home page overflows, so pagesOverflowing counts it");
        }
        Shares.require("smallTargetShare", smallTargetShare);
        Shares.require("legibleTextShare", legibleTextShare);
        if (journeysTried < 0 || journeysWorking < 0 || journeysWorking > journeysTried) {
            throw new IllegalArgumentException(journeysWorking + " journeys working of " + journeysTried);
        }
    }
}
