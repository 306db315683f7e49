package wales.councilaudit.mobile;

import java.util.List;
import java.util.Objects;

/**
 * What a page's meta viewport says, as {@link ViewportParser} reads it. A page without a usable viewport ({@link
 * #mobileViewport()} false) is laid out by a phone at a desktop width (980 CSS px in Chromium) and shrunk to fit.
 */
public sealed interface ViewportMeta {

    /**
     * Whether the viewport sets {@code width=device-width}: the "usable viewport" of the brief and {@link
     * wales.councilaudit.scoring.MobileFacts#viewportDeviceWidth()}.
     */
    boolean mobileViewport();

    /**
     * Whether the viewport disables zoom: {@code user-scalable=no} (or a number below 1, as Blink reads it) or a
     * {@code maximum-scale} below 2 (axe-core's {@code meta-viewport} rule and {@link
     * wales.councilaudit.scoring.MobileFacts#zoomDisabled()}). False when there is no usable tag.
     */
    boolean zoomDisabled();

    /** The evidence for a report: the tag as written, or a sentence saying there is none. */
    String evidence();

    /** No {@code <meta name="viewport">} in the document. */
    record Missing() implements ViewportMeta {

        @Override
        public boolean mobileViewport() {
            return false;
        }

        @Override
        public boolean zoomDisabled() {
            return false;
        }

        @Override
        public String evidence() {
            return "no <meta name=\"viewport\"> tag";
        }
    }

    /**
     * A viewport tag with no property a browser acts on, such as {@code content="invalid-content=x"}: the page is
     * treated as having no viewport.
     *
     * @param tag the tag as written, shortened to at most {@value ViewportParser#MAX_EVIDENCE} characters
     * @param ignored the properties (or words) not understood, in order
     */
    record Invalid(String tag, List<String> ignored) implements ViewportMeta {

        public Invalid {
            Objects.requireNonNull(tag, "tag");
            ignored = List.copyOf(ignored);
        }

        @Override
        public boolean mobileViewport() {
            return false;
        }

        @Override
        public boolean zoomDisabled() {
            return false;
        }

        @Override
        public String evidence() {
            return tag + " (no valid viewport property; ignored: " + String.join(", ", ignored) + ")";
        }
    }

    /**
     * A viewport tag with at least one valid property.
     *
     * @param tag the tag as written, shortened to at most {@value ViewportParser#MAX_EVIDENCE} characters
     * @param deviceWidth whether it sets {@code width=device-width}
     * @param zoomDisabled whether it disables zoom (see {@link ViewportMeta#zoomDisabled()})
     * @param ignored properties not understood, in order; often empty
     */
    record Declared(String tag, boolean deviceWidth, boolean zoomDisabled, List<String> ignored)
            implements ViewportMeta {

        public Declared {
            Objects.requireNonNull(tag, "tag");
            ignored = List.copyOf(ignored);
        }

        @Override
        public boolean mobileViewport() {
            return deviceWidth;
        }

        @Override
        public String evidence() {
            return tag;
        }
    }
}
