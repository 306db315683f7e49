package wales.councilaudit.tasks;

import java.util.Optional;
import wales.councilaudit.scoring.Impact;

/**
 * What one journey found (see {@code docs/tasks-stage.md} for each definition).
 *
 * @param clicks the clicks of the shortest navigation route found from the home page (or the Welsh home page) to the
 *     task page; empty when navigation did not find it within the script's explore-clicks
 * @param landingLink the page just before the task page on that route has one of the landing page's headings
 * @param search what the site search gave
 * @param atoz what the A–Z gave
 * @param taskPage the task page reached (by navigation, else search, else the A–Z)
 * @param twin where the task page's language toggle leads; empty when it has none
 * @param online the online way found on the task page
 * @param onlineHost the host of the online service (the start link's target, or the form's page); empty if none
 * @param worstImpact the worst axe-core violation on the task page and the council's own form page; {@code NONE}
 *     when they were clean or were not scanned
 * @param scanned whether the axe scan ran
 * @param brokenStep a page on the route, the task page or the transaction answered 4xx/5xx
 */
public record JourneyFindings(
        Optional<Integer> clicks,
        boolean landingLink,
        Search search,
        AtoZ atoz,
        Optional<String> taskPage,
        Optional<String> twin,
        Online online,
        Optional<String> onlineHost,
        Impact worstImpact,
        boolean scanned,
        boolean brokenStep) {

    public enum Search {
        NO_SEARCH,
        IN_TOP_FIVE,
        NOT_IN_TOP_FIVE,
        NOT_TRIED
    }

    public enum AtoZ {
        NO_ATOZ,
        LISTED,
        NOT_LISTED,
        NOT_TRIED
    }

    /** The online way to do the task. */
    public enum Online {
        /** A form with fields and a submit control (on the task page, or behind its start link). */
        FORM,
        /** A start link to an online service (on any host). */
        START_LINK,
        /** A form or start link exists but is hidden in this profile (for example at phone widths). */
        HIDDEN,
        NONE,
        /** Not looked for: a tool, or the task page was not reached. */
        NOT_TRIED
    }

    static JourneyFindings none() {
        return new JourneyFindings(
                Optional.empty(),
                false,
                Search.NOT_TRIED,
                AtoZ.NOT_TRIED,
                Optional.empty(),
                Optional.empty(),
                Online.NOT_TRIED,
                Optional.empty(),
                Impact.NONE,
                false,
                false);
    }
}
