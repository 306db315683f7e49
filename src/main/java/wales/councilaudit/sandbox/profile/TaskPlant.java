package wales.councilaudit.sandbox.profile;

/**
 * What a simulated site plants for one top task or navigation task: where it is and how well it works.
 * Every field has a default (a task that works everywhere), so a profile names only what differs.
 *
 * @param depth clicks from the home page to the task page by navigation (1 to 5; more than 3 fails the question)
 * @param search whether the site search, given the task's words, ranks the task page in its top five
 * @param atoz whether the A–Z lists the task (ignored when the site has no A–Z)
 * @param landingLink whether the service landing page links straight to the task page
 * @param online the online way to do the task
 * @param thirdParty whether the form or online service is on a third-party host (planning portal, library
 *     catalogue, waste platform) rather than the council's own
 * @param labelled whether every form field has an accessible name
 * @param welsh whether the Welsh page exists, is linked from the English one, and reaches a Welsh form
 * @param mobile whether the journey works on a phone (when not, the task page hides its link to the form on a phone:
 *     at narrow widths, and on a phone's screen whatever its layout width, so a missing viewport does not show it)
 * @param broken whether a step of the journey is broken (the task page's link to the form gives 404)
 */
public record TaskPlant(
        Integer depth,
        Boolean search,
        Boolean atoz,
        Boolean landingLink,
        Online online,
        Boolean thirdParty,
        Boolean labelled,
        Boolean welsh,
        Boolean mobile,
        Boolean broken) {

    /** The online way to do a task. */
    public enum Online {
        /** A form with fields and a submit control. */
        FORM,
        /** A start link ("Report it online") to an online service. */
        START_LINK,
        /** No online way: a phone number and opening hours. */
        NONE
    }

    public TaskPlant {
        depth = depth == null ? 2 : depth;
        if (depth < 1 || depth > 5) {
            throw new IllegalArgumentException("depth must be 1 to 5, got " + depth);
        }
        search = search == null || search;
        atoz = atoz == null || atoz;
        landingLink = landingLink == null || landingLink;
        online = online == null ? Online.FORM : online;
        thirdParty = thirdParty != null && thirdParty;
        labelled = labelled == null || labelled;
        welsh = welsh == null || welsh;
        mobile = mobile == null || mobile;
        broken = broken != null && broken;
    }

    /** A task that works everywhere, on the council's own host. */
    public static TaskPlant works() {
        return new TaskPlant(null, null, null, null, null, null, null, null, null, null);
    }
}
