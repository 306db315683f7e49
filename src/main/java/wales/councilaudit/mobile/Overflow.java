package wales.councilaudit.mobile;

import java.util.Objects;

/**
 * Whether a page scrolls sideways on the mobile profile: the document's {@code scrollWidth} against the layout
 * viewport's width, {@code document.documentElement.clientWidth} (both CSS px: 390 on the mobile profile when the
 * page has a usable viewport, 980 when it has none). Not {@code window.innerWidth}: Chromium's mobile emulation
 * widens it to the content's width when the content overflows (measured: a 924 px wide page with {@code
 * width=device-width} gives {@code innerWidth} 924 and {@code clientWidth} 390), so it always equals {@code
 * scrollWidth} there.
 */
public sealed interface Overflow {

    /** {@code document.documentElement.scrollWidth}, CSS px, at least 0. */
    int scrollWidth();

    /** {@code document.documentElement.clientWidth}, the layout viewport's width, CSS px, at least 1. */
    int viewportWidth();

    /** Whether the page scrolls sideways: {@code scrollWidth > viewportWidth}. */
    default boolean overflows() {
        return this instanceof Overflows;
    }

    /** The evidence for a report, one sentence. */
    String evidence();

    /** Makes the outcome from the measured widths; {@code widest} is used only when the page overflows. */
    static Overflow of(int scrollWidth, int viewportWidth, WidestElement widest) {
        return scrollWidth > viewportWidth
                ? new Overflows(scrollWidth, viewportWidth, widest)
                : new Fits(scrollWidth, viewportWidth);
    }

    /** The page fits its viewport's width. */
    record Fits(int scrollWidth, int viewportWidth) implements Overflow {

        public Fits {
            requireWidths(scrollWidth, viewportWidth);
            if (scrollWidth > viewportWidth) {
                throw new IllegalArgumentException("scrollWidth " + scrollWidth + " > viewportWidth " + viewportWidth);
            }
        }

        @Override
        public String evidence() {
            return "fits: scrollWidth " + scrollWidth + " px <= viewport width " + viewportWidth + " px";
        }
    }

    /**
     * The page scrolls sideways.
     *
     * @param widest the widest element whose right edge passes the viewport's, the likeliest cause
     */
    record Overflows(int scrollWidth, int viewportWidth, WidestElement widest) implements Overflow {

        public Overflows {
            requireWidths(scrollWidth, viewportWidth);
            Objects.requireNonNull(widest, "widest");
            if (scrollWidth <= viewportWidth) {
                throw new IllegalArgumentException("scrollWidth " + scrollWidth + " <= viewportWidth " + viewportWidth);
            }
        }

        @Override
        public String evidence() {
            return "overflows sideways: scrollWidth " + scrollWidth + " px > viewport width " + viewportWidth + " px; "
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

    private static void requireWidths(int scrollWidth, int viewportWidth) {
        if (scrollWidth < 0 || viewportWidth < 1) {
            throw new IllegalArgumentException("scrollWidth " + scrollWidth + ", viewportWidth " + viewportWidth);
        }
    }
}
