package wales.councilaudit.scoring;

/**
 * How the mobile score (0 to 4) follows from the mobile stage's facts. 0 is fixed by the brief: no usable viewport
 * and the home page overflows; otherwise the share of applicable checks passed gives 1 to 4.
 *
 * @param stars the share of applicable checks passed, to a score from 1 to 4
 * @param maxOverflowShare the largest share of pages examined that may overflow sideways
 * @param maxSmallTargetShare the largest share of targets that may be below WCAG 2.2 SC 2.5.8's size
 * @param minLegibleTextShare the smallest share of text that must be at least 12 px
 * @param minJourneyShare the smallest share of the task journeys tried on mobile that must work there
 */
public record MobileRules(
        ShareBands stars,
        double maxOverflowShare,
        double maxSmallTargetShare,
        double minLegibleTextShare,
        double minJourneyShare) {

    public MobileRules {
        stars.requireStars(1, 4);
        Shares.require("max-overflow-share", maxOverflowShare);
        Shares.require("max-small-target-share", maxSmallTargetShare);
        Shares.require("min-legible-text-share", minLegibleTextShare);
        Shares.require("min-journey-share", minJourneyShare);
    }
}
