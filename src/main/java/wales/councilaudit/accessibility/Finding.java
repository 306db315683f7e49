package wales.councilaudit.accessibility;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import wales.councilaudit.scoring.Impact;

/**
 * One accessibility fault on one element of one page, from axe-core or from the keyboard probe.
 *
 * @param page the page's address (the address asked for, not the one a redirect ended on)
 * @param profile the browser profile's name ({@code desktop}, {@code mobile})
 * @param view which view of the page: first visit, banner dismissed, or a single scan
 * @param source axe-core or the keyboard probe
 * @param certainty a violation, or a result axe-core asks a person to review
 * @param rule the rule id: axe-core's ({@code image-alt}) or the probe's ({@code keyboard-trap})
 * @param impact axe-core's impact; {@code NONE} only for a review item axe gave no impact
 * @param criteria the WCAG success criteria the rule's tags name ({@code 1.1.1}), sorted; empty for best practice
 * @param help the rule's one-line help text
 * @param helpUrl the rule's documentation; may be empty
 * @param selector the element's CSS selector; inside frames, the frames' selectors first, joined by {@value
 *     #FRAME_SEPARATOR}; inside shadow roots, the hosts' selectors first, joined by {@value #SHADOW_SEPARATOR}
 * @param html the element's opening markup as the page had it, at most {@value #MAX_HTML} characters (longer markup
 *     is cut and ends with {@code …})
 */
public record Finding(
        URI page,
        String profile,
        View view,
        Source source,
        Certainty certainty,
        String rule,
        Impact impact,
        List<String> criteria,
        String help,
        String helpUrl,
        String selector,
        String html) {

    /** Joins a frame's selector to the selector of an element inside it. */
    public static final String FRAME_SEPARATOR = " >> ";

    /** Joins a shadow host's selector to the selector of an element inside its shadow root. */
    public static final String SHADOW_SEPARATOR = " >>> ";

    /** The longest snippet kept. */
    public static final int MAX_HTML = 300;

    public Finding {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(helpUrl, "helpUrl");
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(html, "html");
        if (rule.isBlank()) {
            throw new IllegalArgumentException("a finding needs a rule id");
        }
        if (impact == Impact.NONE && certainty == Certainty.VIOLATION) {
            throw new IllegalArgumentException("a violation of " + rule + " needs an impact");
        }
        criteria = criteria.stream().sorted().distinct().toList();
        html = truncate(html);
    }

    /** {@code html} cut to {@value #MAX_HTML} characters, ending with {@code …} when cut. */
    static String truncate(String html) {
        return html.length() <= MAX_HTML ? html : html.substring(0, MAX_HTML - 1) + "…";
    }

    /** The same finding seen in another view. */
    public Finding inView(View other) {
        return new Finding(
                page, profile, other, source, certainty, rule, impact, criteria, help, helpUrl, selector, html);
    }
}
