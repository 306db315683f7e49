package wales.councilaudit.sandbox.site.styles;

import static org.assertj.core.api.Assertions.assertThat;
import static wales.councilaudit.sandbox.site.styles.SharePointSites.body;
import static wales.councilaudit.sandbox.site.styles.SharePointSites.features;
import static wales.councilaudit.sandbox.site.styles.SharePointSites.get;
import static wales.councilaudit.sandbox.site.styles.SharePointSites.hrefs;
import static wales.councilaudit.sandbox.site.styles.SharePointSites.site;
import static wales.councilaudit.sandbox.site.styles.SharePointSites.withFeatures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageParts;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SimulatedSite;
import wales.councilaudit.sandbox.site.SiteResponse;
import wales.councilaudit.sandbox.site.Vocabulary;

/** The SharePoint style's search: an empty results page filled in by a script from the JSON API. */
class SharePointSearchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode api(SimulatedSite site, String query, Lang lang) throws Exception {
        SiteResponse response = get(
                site,
                "/_api/search/query?querytext=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&lang="
                        + lang.code());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        return JSON.readTree(body(response));
    }

    private static List<String> urls(JsonNode answer) {
        List<String> urls = new ArrayList<>();
        answer.get("results").forEach(r -> urls.add(r.get("url").asText()));
        return urls;
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void resultsPageHasNoResultsButTheApiFindsTheTask(Lang lang) throws Exception {
        SimulatedSite site = site(SharePointSites.plain());
        var style = site.context().style();
        PlanPage task = site.context().plan().taskPage("missed-bin");
        String words = Vocabulary.task("missed-bin").searchWords().in(lang);
        String address = style.searchAddress(lang, words);
        assertThat(address)
                .startsWith(
                        lang == Lang.EN ? "/ENG/Search/Pages/results.aspx?k=" : "/CYM/Search/Pages/results.aspx?k=");

        SiteResponse page = get(site, address);
        assertThat(page.status()).isEqualTo(200);
        String html = body(page);
        assertThat(html)
                .contains("<div id=\"search-results\" aria-live=\"polite\"></div>")
                .contains("fetch('/_api/search/query?querytext='+encodeURIComponent(k)+'&lang=" + lang.code() + "'")
                .contains("name=\"k\" value=\"" + words + "\"")
                .doesNotContain("<ol class=\"ms-srch-result\"");
        assertThat(hrefs(html)).doesNotContain(site.context().address(task, lang));

        JsonNode answer = api(site, words, lang);
        assertThat(urls(answer).get(0)).isEqualTo(site.context().address(task, lang));
        JsonNode first = answer.get("results").get(0);
        assertThat(first.get("title").asText()).isEqualTo(task.title().in(lang));
        assertThat(first.get("summary").asText()).isEqualTo(task.summary().in(lang));
    }

    @Test
    void everyTaskIsFoundByItsWords() throws Exception {
        SimulatedSite site = site(SharePointSites.deep(11L, 150));
        for (String id : Vocabulary.TASKS.keySet()) {
            PlanPage task = site.context().plan().taskPage(id);
            for (Lang lang : Lang.values()) {
                if (task.exists(lang)) {
                    JsonNode answer =
                            api(site, Vocabulary.task(id).searchWords().in(lang), lang);
                    assertThat(urls(answer)).as(id).contains(site.context().address(task, lang));
                }
            }
        }
    }

    @Test
    void jsonIsEscapedAndTheQueryIsEscapedInThePage() throws Exception {
        SimulatedSite site = site(SharePointSites.plain());
        String query = "\"</script><b>bin\\ & 'x'";
        assertThat(api(site, query, Lang.EN).get("results").isArray()).isTrue();
        String html = body(get(site, site.context().style().searchAddress(Lang.EN, query)));
        assertThat(html)
                .doesNotContain("<b>")
                .contains("value=\"&quot;&lt;/script&gt;&lt;b&gt;bin\\ &amp; &#39;x&#39;\"");
        // Welsh titles with apostrophes and accents survive the round trip
        PlanPage contact = site.context().plan().pages().stream()
                .filter(p -> p.title().cy().contains("'"))
                .findFirst()
                .orElseThrow();
        JsonNode answer = api(site, contact.title().cy(), Lang.CY);
        List<String> titles = new ArrayList<>();
        answer.get("results").forEach(r -> titles.add(r.get("title").asText()));
        assertThat(titles).contains(contact.title().cy());
    }

    @Test
    void helpfulNoResultsMessageLinksTheAtozAndGivesThePhoneNumber() throws Exception {
        SimulatedSite site = site(SharePointSites.plain());
        assertThat(api(site, "xyzzyplugh", Lang.EN).get("results")).isEmpty();
        String template = template(body(get(site, "/ENG/Search/Pages/results.aspx?k=xyzzyplugh")));
        String atoz = site.context().address(site.context().plan().page("atoz"), Lang.EN);
        assertThat(template)
                .contains("Check your spelling")
                .contains("<a href=\"" + atoz + "\">")
                .contains(PageParts.PHONE);
        assertThat(template(body(get(site, "/CYM/Search/Pages/results.aspx?k=xyzzyplugh"))))
                .contains("Gwiriwch y sillafu")
                .contains(PageParts.PHONE);

        String noAtoz = template(
                body(get(site(withFeatures(features(null, null, false, null))), "/ENG/Search/Pages/results.aspx?k=x")));
        assertThat(noAtoz).contains(PageParts.PHONE).doesNotContain("href=");
    }

    @Test
    void unhelpfulNoResultsSaysOnlyNoResults() {
        SimulatedSite site = site(withFeatures(features(null, false, null, null)));
        assertThat(template(body(get(site, "/ENG/Search/Pages/results.aspx?k=x"))))
                .isEqualTo("<p>No results.</p>");
        assertThat(template(body(get(site, "/CYM/Search/Pages/results.aspx?k=x"))))
                .isEqualTo("<p>Dim canlyniadau.</p>");
    }

    private static String template(String html) {
        String start = "<template id=\"search-no-results\">";
        int from = html.indexOf(start) + start.length();
        return html.substring(from, html.indexOf("</template>", from));
    }

    @Test
    void withoutSearchThereIsNoBoxAndTheEndpointsAre404() {
        SimulatedSite site = site(withFeatures(features(false, null, null, null)));
        assertThat(get(site, "/ENG/Search/Pages/results.aspx?k=bin").status()).isEqualTo(404);
        assertThat(get(site, "/CYM/Search/Pages/results.aspx?k=bin").status()).isEqualTo(404);
        assertThat(get(site, "/_api/search/query?querytext=bin&lang=en").status())
                .isEqualTo(404);
        for (PlanPage page : site.context().plan().pages()) {
            assertThat(body(get(site, site.context().address(page, Lang.EN))))
                    .doesNotContain("role=\"search\"")
                    .doesNotContain("name=\"k\"");
        }
        assertThat(body(get(site(SharePointSites.plain()), "/ENG/Pages/default.aspx")))
                .contains("<form id=\"SearchBox\" role=\"search\" method=\"get\" "
                        + "action=\"/ENG/Search/Pages/results.aspx\">");
    }

    @Test
    void resultsPageTogglesToTheOtherLanguagesResultsForTheSameQuery() {
        SimulatedSite site = site(SharePointSites.plain());
        assertThat(body(get(site, "/ENG/Search/Pages/results.aspx?k=blue+badge")))
                .contains("<a href=\"/CYM/Search/Pages/results.aspx?k=blue+badge\" lang=\"cy\"");
    }
}
