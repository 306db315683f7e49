package wales.councilaudit.sandbox.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The axe-core rules the sandbox can plant, with the impact and WCAG success criteria axe-core 4.11 gives them,
 * and the markup that triggers each one (and nothing else).
 */
public enum AxeRule {
    IMAGE_ALT(
            "image-alt",
            Impact.CRITICAL,
            List.of("1.1.1"),
            "<img src=\"/media/banner.png\" width=\"120\" height=\"40\">"),
    LABEL("label", Impact.CRITICAL, List.of("4.1.2", "1.3.1"), "<input type=\"text\" name=\"unlabelled\">"),
    BUTTON_NAME(
            "button-name", Impact.CRITICAL, List.of("4.1.2"), "<button type=\"button\" class=\"icon-only\"></button>"),
    SELECT_NAME(
            "select-name",
            Impact.CRITICAL,
            List.of("4.1.2", "1.3.1"),
            "<select name=\"area\"><option>North</option><option>South</option></select>"),
    LINK_NAME(
            "link-name",
            Impact.SERIOUS,
            List.of("2.4.4", "4.1.2"),
            "<a href=\"/\"><span class=\"icon-home\"></span></a>"),
    COLOR_CONTRAST(
            "color-contrast",
            Impact.SERIOUS,
            List.of("1.4.3"),
            "<p style=\"color:#bbbbbb;background:#ffffff\">Opening hours may change on bank holidays.</p>"),
    FRAME_TITLE(
            "frame-title",
            Impact.SERIOUS,
            List.of("4.1.2"),
            "<iframe src=\"/media/map.html\" width=\"200\" height=\"100\"></iframe>"),
    LIST("list", Impact.SERIOUS, List.of("1.3.1"), "<ul><div>Recycling centres</div><li>Open daily</li></ul>"),
    HTML_HAS_LANG("html-has-lang", Impact.SERIOUS, List.of("3.1.1"), ""),
    DOCUMENT_TITLE("document-title", Impact.SERIOUS, List.of("2.4.2"), ""),
    META_VIEWPORT("meta-viewport", Impact.MODERATE, List.of("1.4.4"), "");

    /** axe-core's impact levels. */
    public enum Impact {
        MINOR,
        MODERATE,
        SERIOUS,
        CRITICAL
    }

    private static final Pattern HREF = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]*)\"");

    private final String id;
    private final Impact impact;
    private final List<String> successCriteria;
    private final String markup;

    AxeRule(String id, Impact impact, List<String> successCriteria, String markup) {
        this.id = id;
        this.impact = impact;
        this.successCriteria = successCriteria;
        this.markup = markup;
    }

    /** The axe-core rule id, for example {@code image-alt}. */
    @JsonValue
    public String id() {
        return id;
    }

    public Impact impact() {
        return impact;
    }

    /** The WCAG success criteria the rule's tags name, for example {@code 1.1.1}. */
    public List<String> successCriteria() {
        return successCriteria;
    }

    /**
     * Body markup that triggers the rule; empty for the rules planted in the page's head or root element
     * ({@code html-has-lang}, {@code document-title}, {@code meta-viewport}), which the page template applies.
     */
    public String markup() {
        return markup;
    }

    /** The addresses the rule's markup links to ({@code a href}), relative to the page's host; usually none. */
    public List<String> links() {
        List<String> links = new ArrayList<>();
        Matcher href = HREF.matcher(markup);
        while (href.find()) {
            links.add(href.group(1));
        }
        return List.copyOf(links);
    }

    /** The constant for an axe rule id. */
    @JsonCreator
    public static AxeRule ofId(String id) {
        for (AxeRule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("the sandbox cannot plant axe rule '" + id + "'");
    }
}
