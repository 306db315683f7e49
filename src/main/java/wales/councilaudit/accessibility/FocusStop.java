package wales.councilaudit.accessibility;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where focus was after one Tab press.
 *
 * @param kind an element of the page, the document itself (focus left the page's elements: before the first or after
 *     the last), or a frame whose focused element cannot be seen (a cross-origin frame)
 * @param selector the element's CSS selector; empty for the document
 * @param html the element's markup, cut; empty for the document
 * @param inDialog whether the element is inside a dialog ({@code dialog}, {@code role=dialog}, {@code aria-modal})
 * @param visibleChange whether the element, its pseudo-elements, parent or first children look different focused than
 *     unfocused; empty when unknown (the element appeared after the probe's snapshot, or is a frame)
 */
public record FocusStop(Kind kind, String selector, String html, boolean inDialog, Optional<Boolean> visibleChange) {

    public enum Kind {
        ELEMENT,
        DOCUMENT,
        FRAME
    }

    public static final FocusStop DOCUMENT = new FocusStop(Kind.DOCUMENT, "", "", false, Optional.empty());

    public FocusStop {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(visibleChange, "visibleChange");
    }

    /** From what {@code focus-probe.js state} returned. */
    static FocusStop of(Object state) {
        if (!(state instanceof Map<?, ?> map) || "document".equals(map.get("kind"))) {
            return DOCUMENT;
        }
        Kind kind = "frame".equals(map.get("kind")) ? Kind.FRAME : Kind.ELEMENT;
        Object visible = map.get("visibleChange");
        return new FocusStop(
                kind,
                String.valueOf(map.get("selector")),
                String.valueOf(map.get("html")),
                Boolean.TRUE.equals(map.get("inDialog")),
                visible instanceof Boolean b ? Optional.of(b) : Optional.empty());
    }

    /** Whether the stop is a page element whose focus could be compared (not the document, not a hidden frame). */
    public boolean isElement() {
        return kind == Kind.ELEMENT;
    }
}
