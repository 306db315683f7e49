package wales.councilaudit.sandbox.profile;

/**
 * The mobile properties planted on a simulated site.
 *
 * @param viewport the home page's meta viewport
 * @param homeOverflows whether the home page is wider than a 390 px screen (a fixed-width layout)
 * @param contentOverflows whether generated content pages overflow at 390 px (a wide table)
 * @param smallTargets whether the footer's links are tap targets smaller than 24 px (WCAG 2.2 SC 2.5.8)
 * @param tinyText whether body text is set below 12 px
 */
public record MobilePlant(
        Viewport viewport, Boolean homeOverflows, Boolean contentOverflows, Boolean smallTargets, Boolean tinyText) {

    /** What the meta viewport says. */
    public enum Viewport {
        /** {@code width=device-width, initial-scale=1}. */
        GOOD,
        /** No meta viewport: a desktop page shrunk onto a phone. */
        MISSING,
        /** {@code width=device-width, user-scalable=no, maximum-scale=1}: zoom disabled. */
        NO_ZOOM
    }

    public MobilePlant {
        viewport = viewport == null ? Viewport.GOOD : viewport;
        homeOverflows = homeOverflows != null && homeOverflows;
        contentOverflows = contentOverflows != null && contentOverflows;
        smallTargets = smallTargets != null && smallTargets;
        tinyText = tinyText != null && tinyText;
    }

    public static MobilePlant good() {
        return new MobilePlant(null, null, null, null, null);
    }

    /** Not adapted to mobile at all: no viewport and a home page that overflows (the mobile score is 0). */
    public boolean notAdapted() {
        return viewport == Viewport.MISSING && homeOverflows;
    }
}
