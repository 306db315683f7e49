package wales.councilaudit.bench;

/**
 * An accessibility fault {@link ScanCorpus} plants in a page, with the axe-core rule that reports it. Each fault is
 * one small, realistic piece of markup; {@link #marker()} is a string found in a page's HTML only when the fault is
 * planted there.
 */
enum ScanFault {
    IMAGE_ALT("image-alt", "<img class=\"photo\" src=\"/img/%d.svg\" width=\"120\" height=\"80\">"),
    LABEL("label", "<p>Find your collection day: <input type=\"text\" name=\"postcode\" class=\"postcode\"></p>"),
    BUTTON_NAME(
            "button-name", "<button type=\"button\" class=\"menu-toggle\"><span class=\"icon-menu\"></span></button>"),
    LINK_NAME("link-name", "<a class=\"next-arrow\" href=\"/p/%d.html\"><span class=\"icon-next\"></span></a>"),
    COLOR_CONTRAST(
            "color-contrast",
            "<p class=\"faint\" style=\"color:#b4b4b4\">Last reviewed by the web team this year.</p>"),
    LIST("list", "<ul class=\"quick-links\"><li>Report a missed bin</li><div>Order a new bin</div></ul>"),
    FRAME_TITLE(
            "frame-title", "<iframe class=\"ward-map\" src=\"/frame/%d.html\" width=\"320\" height=\"120\"></iframe>"),
    DOCUMENT_TITLE("document-title", ""),
    HTML_HAS_LANG("html-has-lang", ""),
    REGION("region", "<div class=\"promo-strip\"><p>Sign up for our newsletter.</p></div>"),
    SELECT_NAME(
            "select-name",
            "<p>Ward: <select name=\"ward\" class=\"ward\"><option>Cathays</option><option>Grangetown</option>"
                    + "</select></p>"),
    HEADING_ORDER("heading-order", "<h4 class=\"skipped-level\">Opening hours</h4>"),
    EMPTY_HEADING("empty-heading", "<h2 class=\"empty\"></h2>"),
    ARIA_ROLES("aria-roles", "<div role=\"banner-promo\" class=\"bad-role\"><p>Winter gritting routes</p></div>");

    private final String rule;
    private final String markup;

    ScanFault(String rule, String markup) {
        this.rule = rule;
        this.markup = markup;
    }

    /** The axe-core rule id that reports the fault. */
    String rule() {
        return rule;
    }

    /**
     * The fault's markup in page {@code n} (where it names a page or an image, the one it names depends on {@code
     * n}); empty for a fault planted by leaving something out ({@link #DOCUMENT_TITLE}, {@link #HTML_HAS_LANG}).
     */
    String markup(int n) {
        return markup.formatted(n);
    }

    /** A string found in the HTML of a page with this fault and in no page without it. */
    String marker() {
        return switch (this) {
            case DOCUMENT_TITLE -> "<head><meta charset=\"utf-8\"><link";
            case HTML_HAS_LANG -> "<html>";
            case IMAGE_ALT -> "<img class=\"photo\"";
            case LABEL -> "class=\"postcode\"";
            case BUTTON_NAME -> "class=\"menu-toggle\"";
            case LINK_NAME -> "class=\"next-arrow\"";
            case COLOR_CONTRAST -> "class=\"faint\"";
            case LIST -> "<div>Order a new bin</div>";
            case FRAME_TITLE -> "class=\"ward-map\"";
            case REGION -> "class=\"promo-strip\"";
            case SELECT_NAME -> "class=\"ward\"";
            case HEADING_ORDER -> "class=\"skipped-level\"";
            case EMPTY_HEADING -> "class=\"empty\"";
            case ARIA_ROLES -> "role=\"banner-promo\"";
        };
    }
}
