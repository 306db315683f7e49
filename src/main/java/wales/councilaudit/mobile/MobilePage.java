package wales.councilaudit.mobile;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What the mobile probe found on one page, on the mobile profile, with the evidence for each check.
 *
 * @param page the address examined (as asked for; redirects are not followed up here)
 * @param viewport the meta viewport the browser applies (the last one in the document)
 * @param overflow whether the page scrolls sideways, with the widest offending element
 * @param text the visible text's sizes in CSS px as computed
 * @param screenshot a full-page PNG when the page overflows, otherwise {@link Screenshot.NotTaken}
 */
public record MobilePage(URI page, ViewportMeta viewport, Overflow overflow, TextSizes text, Screenshot screenshot) {

    public MobilePage {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(viewport, "viewport");
        Objects.requireNonNull(overflow, "overflow");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(screenshot, "screenshot");
    }

    /**
     * The legible characters after the zoom-out rule: a page without a usable viewport ({@code width=device-width})
     * is laid out at a desktop width and shrunk onto the phone's screen (Chromium: 980 CSS px onto 390, a factor of
     * 0.4, so 16 px text shows at about 6.4 px), so none of its text counts as legible. This is Lighthouse's rule
     * ("text is illegible because there's no viewport meta tag optimized for mobile screens"), except that our
     * usable viewport is the brief's {@code width=device-width} where Lighthouse also accepts an {@code
     * initial-scale} alone.
     */
    public long legibleChars() {
        return viewport.mobileViewport() ? text.legibleChars() : 0;
    }

    /** The legible share after the zoom-out rule ({@link #legibleChars()}), 0 to 1; 1 when there is no text. */
    public double legibleTextShare() {
        return text.totalChars() == 0 ? 1.0 : (double) legibleChars() / text.totalChars();
    }

    /** One sentence per check, for a report: viewport, overflow (and screenshot), legible text. */
    public List<String> evidence() {
        String legible = viewport.mobileViewport()
                ? text.legibleChars() + " of " + text.totalChars() + " characters of visible text at "
                        + MobileProbe.LEGIBLE_PX + " px or more"
                : "text illegible: no usable viewport, so the page is zoomed out (" + text.legibleChars() + " of "
                        + text.totalChars() + " characters are " + MobileProbe.LEGIBLE_PX
                        + " px or more before zooming)";
        return List.of(
                page + ": viewport: " + viewport.evidence(),
                page + ": " + overflow.evidence() + screenshotEvidence(),
                page + ": " + legible);
    }

    private String screenshotEvidence() {
        if (screenshot instanceof Screenshot.Saved saved) {
            return "; screenshot " + saved.file().getFileName()
                    + (saved.fullPage() ? " (full page)" : " (viewport only)");
        }
        if (screenshot instanceof Screenshot.Failed failed) {
            return "; no screenshot: " + failed.reason();
        }
        return "";
    }
}
