package wales.councilaudit.mobile;

import java.util.Objects;

/**
 * Whether a page scrolls sideways on the mobile profile: the document's {@code scrollWidth} against the window's
 * {@code innerWidth} (both CSS px; the layout viewport, 390 px on the mobile profile when the page has a usable
 * viewport, 980 px when it has none).
 */
public sealed interface Overflow {

    /** {@code document.documentElement.scrollWidth}, CSS px, at least 0. */
    int scrollWidth();

    /** {@code window.innerWidth}, CSS px, at least 1. */
    int innerWidth();

    /** Whether the page scrolls sideways: {@code scrollWidth > innerWidth}. */
    default boolean overflows() {
        return this instanceof Overflows;
    }

    /** The evidence for a report, one sentence. */
    String evidence();

    /** Makes the outcome from the measured widths; {@code widest} is used only when the page overflows. */
    static Overflow of(int scrollWidth, int innerWidth, WidestElement widest) {
        return scrollWidth > innerWidth
                ? new Overflows(scrollWidth, innerWidth, widest)
                : new Fits(scrollWidth, innerWidth);
    }

    /** The page fits its viewport's width. */
    record Fits(int scrollWidth, int innerWidth) implements Overflow {

        public Fits {
            requireWidths(scrollWidth, innerWidth);
            if (scrollWidth > innerWidth) {
                throw new IllegalArgumentException("scrollWidth " + scrollWidth + " > innerWidth " + innerWidth);
            }
        }

        @Override
        public String evidence() {
            return "fits: scrollWidth " + scrollWidth + " px <= innerWidth " + innerWidth + " px";
        }
    }

    /**
     * The page scrolls sideways.
     *
     * @param widest the widest element whose right edge passes the viewport's, the likeliest cause
     */
    record Overflows(int scrollWidth, int innerWidth, WidestElement widest) implements Overflow {

        public Overflows {
            requireWidths(scrollWidth, innerWidth);
            Objects.requireNonNull(widest, "widest");
            if (scrollWidth <= innerWidth) {
                throw new IllegalArgumentException("scrollWidth " + scrollWidth + " <= innerWidth " + innerWidth);
            }
        }

        @Override
        public String evidence() {
            return "overflows sideways: scrollWidth " + scrollWidth + " px > innerWidth " + innerWidth + " px; "
                    + widest.evidence();
        }
    }

    /**
     * The widest element reaching past the viewport's right edge.
     *
     * @param selector a CSS selector for it (ids, classes and {@code :nth-of-type} up from {@code body}); empty when
     *     no element reaches past the edge (a pseudo-element or a transform may cause the overflow)
     * @param width its width, CSS px
     * @param right its right edge from the document's left, CSS px
     */
    record WidestElement(String selector, int width, int right) {

        public WidestElement {
            Objects.requireNonNull(selector, "selector");
            if (width < 0 || right < 0) {
                throw new IllegalArgumentException("negative size: width " + width + ", right " + right);
            }
        }

        /** The evidence for a report. */
        public String evidence() {
            return selector.isEmpty()
                    ? "no single element reaches past the right edge"
                    : "widest element past the right edge: " + selector + " (" + width + " px wide, right edge at "
                            + right + " px)";
        }
    }

    private static void requireWidths(int scrollWidth, int innerWidth) {
        if (scrollWidth < 0 || innerWidth < 1) {
            throw new IllegalArgumentException("scrollWidth " + scrollWidth + ", innerWidth " + innerWidth);
        }
    }
}
