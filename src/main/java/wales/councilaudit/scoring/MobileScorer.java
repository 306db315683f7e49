package wales.councilaudit.scoring;

import java.util.ArrayList;
import java.util.List;

/** The mobile score (0 to 4). Pure. */
final class MobileScorer {

    private MobileScorer() {}

    /**
     * 0 when the site is not adapted to mobile at all: no meta viewport with {@code width=device-width} and the home
     * page overflows sideways. Otherwise the share of these checks passed goes through the rules' bands (1 to 4): a
     * correct viewport ({@code width=device-width}, zoom not disabled); pages overflowing at most {@code
     * maxOverflowShare}; small targets at most {@code maxSmallTargetShare}; legible text at least {@code
     * minLegibleTextShare}; task journeys working on mobile at least {@code minJourneyShare} (not applicable when
     * none was tried).
     */
    static ComponentScore score(MobileRules rules, MobileFacts facts) {
        List<QuestionAnswer> checks = checks(rules, facts);
        if (!facts.viewportDeviceWidth() && facts.homePageOverflows()) {
            List<String> why = new ArrayList<>();
            why.add("0: not adapted to mobile at all: no meta viewport with width=device-width and the home page"
                    + " overflows sideways");
            why.addAll(Checks.failedAndLeftOut(checks, List.of()));
            return new ComponentScore(0, checks, why);
        }
        return Checks.rate(rules.stars(), checks, "mobile checks passed");
    }

    static List<QuestionAnswer> checks(MobileRules rules, MobileFacts facts) {
        List<QuestionAnswer> checks = new ArrayList<>();
        checks.add(viewport(facts));
        double overflowShare = (double) facts.pagesOverflowing() / facts.pagesExamined();
        checks.add(QuestionAnswer.check(
                "no-horizontal-overflow",
                overflowShare <= rules.maxOverflowShare(),
                Shares.ratio(facts.pagesOverflowing(), facts.pagesExamined()) + " pages examined overflow sideways"
                        + (facts.homePageOverflows() ? ", the home page among them" : "") + "; at most "
                        + Shares.format(rules.maxOverflowShare()) + " allowed"));
        checks.add(QuestionAnswer.check(
                "target-size",
                facts.smallTargetShare() <= rules.maxSmallTargetShare(),
                Shares.format(facts.smallTargetShare()) + " of targets are below 24 by 24 px (WCAG 2.2 SC 2.5.8);"
                        + " at most " + Shares.format(rules.maxSmallTargetShare()) + " allowed"));
        checks.add(QuestionAnswer.check(
                "legible-text",
                facts.legibleTextShare() >= rules.minLegibleTextShare(),
                Shares.format(facts.legibleTextShare()) + " of text is at least 12 px; at least "
                        + Shares.format(rules.minLegibleTextShare()) + " needed"));
        checks.add(journeys(rules, facts));
        return checks;
    }

    private static QuestionAnswer viewport(MobileFacts facts) {
        if (!facts.viewportDeviceWidth()) {
            return QuestionAnswer.check("viewport", false, "no meta viewport with width=device-width");
        }
        if (facts.zoomDisabled()) {
            return QuestionAnswer.check("viewport", false, "the meta viewport disables zoom");
        }
        return QuestionAnswer.check("viewport", true, "width=device-width, zoom allowed");
    }

    private static QuestionAnswer journeys(MobileRules rules, MobileFacts facts) {
        if (facts.journeysTried() == 0) {
            return QuestionAnswer.of(
                    "mobile-journeys", Answer.NOT_APPLICABLE, "no task journey that worked on desktop to try");
        }
        double share = (double) facts.journeysWorking() / facts.journeysTried();
        return QuestionAnswer.check(
                "mobile-journeys",
                share >= rules.minJourneyShare(),
                Shares.ratio(facts.journeysWorking(), facts.journeysTried())
                        + " task journeys that worked on desktop also work on mobile; at least "
                        + Shares.format(rules.minJourneyShare()) + " needed");
    }
}
