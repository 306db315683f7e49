package wales.councilaudit.sandbox.site.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rough, regex-level checks for the accessibility faults a style could add by mistake on a page with nothing
 * planted: duplicate ids, unlabelled fields, images without alt, empty links and buttons, missing landmarks.
 */
final class MarkupChecks {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern TYPE = Pattern.compile("type=\"(hidden|submit|button)\"");
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern BUTTON = Pattern.compile("<button\\b[^>]*>(.*?)</button>", Pattern.DOTALL);
    private static final Pattern CONTROLS = Pattern.compile("aria-controls=\"([^\"]*)\"");
    private static final Pattern NAV_LABEL = Pattern.compile("<nav\\b[^>]*aria-label=\"([^\"]*)\"");

    private MarkupChecks() {}

    static void assertClean(String html, String what) {
        List<String> ids = all(ID, html, 1);
        assertThat(ids).as("ids of " + what).doesNotHaveDuplicates();
        Matcher field = FIELD.matcher(html);
        while (field.find()) {
            if (!TYPE.matcher(field.group(2)).find()) {
                Matcher id = ID.matcher(field.group(2));
                assertThat(id.find()).as("field without id on " + what).isTrue();
                assertThat(html)
                        .as("label of " + id.group(1) + " on " + what)
                        .contains("<label for=\"" + id.group(1) + "\"");
            }
        }
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            assertThat(img.group()).as("img on " + what).contains(" alt=\"");
        }
        for (String text : all(LINK, html, 1)) {
            assertThat(text.replaceAll("<[^>]*>", "").trim())
                    .as("link text on " + what)
                    .isNotEmpty();
        }
        for (String text : all(BUTTON, html, 1)) {
            assertThat(text.replaceAll("<[^>]*>", "").trim())
                    .as("button text on " + what)
                    .isNotEmpty();
        }
        for (String target : all(CONTROLS, html, 1)) {
            assertThat(ids).as("aria-controls on " + what).contains(target);
        }
        assertThat(html).matches("(?s)<!doctype html><html lang=\"(en|cy)\">.*");
        assertThat(count(html, "<main")).as("main on " + what).isEqualTo(1);
        assertThat(count(html, "<header")).as("header on " + what).isEqualTo(1);
        assertThat(count(html, "<footer")).as("footer on " + what).isEqualTo(1);
        List<String> navs = all(NAV_LABEL, html, 1);
        assertThat(navs).as("nav labels on " + what).isNotEmpty().doesNotHaveDuplicates();
        assertThat(count(html, "<nav")).isEqualTo(navs.size());
        assertThat(html).contains("href=\"#mainContent\"").contains("id=\"mainContent\"");
    }

    private static List<String> all(Pattern pattern, String html, int group) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }

    private static int count(String html, String tag) {
        Set<Integer> at = new HashSet<>();
        for (int i = html.indexOf(tag); i >= 0; i = html.indexOf(tag, i + 1)) {
            char next = i + tag.length() < html.length() ? html.charAt(i + tag.length()) : ' ';
            if (next == ' ' || next == '>') {
                at.add(i);
            }
        }
        return at.size();
    }
}
