package wales.councilaudit.sandbox.site.styles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import wales.councilaudit.sandbox.site.Html;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageParts;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SiteContext;
import wales.councilaudit.sandbox.site.SiteRequest;
import wales.councilaudit.sandbox.site.SiteResponse;

/**
 * The SharePoint style's search, rendered by JavaScript: the results page ({@code /ENG/Search/Pages/results.aspx
 * ?k=} and its {@code /CYM/} twin) carries no results, only an empty live region and a script that fetches them
 * from {@code /_api/search/query?querytext=&lang=en|cy} as JSON ({@code {"results":[{"title","url","summary"}]}})
 * and renders them as {@code ol.ms-srch-result}, or the no-results message held in a {@code template}. Both
 * endpoints answer 404 when the site has no search.
 */
final class SharePointSearch {

    /** The search API's path, the same on every host and in both languages. */
    static final String API = "/_api/search/query";

    private static final String RESULTS = "Search/Pages/results.aspx";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SharePointSearch() {}

    /** The results page's path in a language. */
    static String path(Lang lang) {
        return SharePointStyle.root(lang) + RESULTS;
    }

    /** The results page's address for a query, as the search box submits it. */
    static String address(Lang lang, String query) {
        return path(lang) + "?k=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static Optional<SiteResponse> handle(SiteRequest request, SiteContext context) {
        String path = request.path();
        Lang page = path.equals(path(Lang.EN)) ? Lang.EN : (path.equals(path(Lang.CY)) ? Lang.CY : null);
        if (page == null && !path.equals(API)) {
            return Optional.empty();
        }
        if (!context.profile().features().search()) {
            return Optional.of(SiteResponse.notFound());
        }
        if (page == null) {
            Lang lang = request.param("lang").orElse("").equals(Lang.CY.code()) ? Lang.CY : Lang.EN;
            return Optional.of(SiteResponse.text(
                    200, "application/json", json(request.param("querytext").orElse(""), lang, context)));
        }
        return Optional.of(
                SiteResponse.html(200, resultsPage(page, request.param("k").orElse(""), context)));
    }

    /** The API's answer: up to ten results, best first, with addresses relative to the language's host. */
    static String json(String query, Lang lang, SiteContext context) {
        List<Map<String, String>> results = new ArrayList<>();
        for (PlanPage page : context.search().search(query, lang, 10)) {
            Map<String, String> result = new LinkedHashMap<>();
            result.put("title", page.title().in(lang));
            result.put("url", context.href(page, lang, lang));
            result.put("summary", page.summary().in(lang));
            results.add(result);
        }
        try {
            return JSON.writeValueAsString(Map.of("results", results));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resultsPage(Lang lang, String query, SiteContext context) {
        boolean en = lang == Lang.EN;
        String title = en ? "Search results" : "Canlyniadau chwilio";
        String head = context.parts()
                .documentStart(lang, title + " - " + context.councilName().in(lang), SharePointChrome.head(context));
        Lang other = lang.other();
        String twin = address(other, query);
        if (!context.host(other).equals(context.host(lang))) {
            twin = context.absolute(other, twin);
        }
        String content = "<div class=\"ms-srch-sb-results\"><div id=\"search-results\" aria-live=\"polite\"></div>"
                + "<noscript><p>"
                + (en
                        ? "Search needs JavaScript. Call us on " + PageParts.PHONE + " for help."
                        : "Mae angen JavaScript i chwilio. Ffoniwch ni ar " + PageParts.PHONE + " am help.")
                + "</p></noscript><template id=\"search-no-results\">" + noResults(lang, context) + "</template>"
                + "<template id=\"search-error\"><p>"
                + (en
                        ? "Sorry, search is not working at the moment."
                        : "Mae'n ddrwg gennym, nid yw'r chwilio'n gweithio ar hyn o bryd.")
                + "</p></template></div>" + script(lang);
        return SharePointChrome.document(
                head, lang, context, new SharePointChrome.Frame("", "", title, twin, "", content, query, false));
    }

    /** What the script shows when nothing matches: helpful suggestions when planted, otherwise two words. */
    private static String noResults(Lang lang, SiteContext context) {
        if (!context.profile().features().helpfulNoResults()) {
            return "<p>" + (lang == Lang.EN ? "No results." : "Dim canlyniadau.") + "</p>";
        }
        String atoz = context.plan()
                .find("atoz")
                .filter(p -> p.exists(lang))
                .map(p -> "<li><a href=\"" + Html.escape(context.href(p, lang, lang)) + "\">"
                        + Html.escape(p.title().in(lang)) + "</a></li>")
                .orElse("");
        return lang == Lang.EN
                ? "<h2>Nothing here matches your search</h2><ul><li>Check your spelling</li><li>Try fewer or "
                        + "different words</li>" + atoz + "<li>Call us on " + PageParts.PHONE + "</li></ul>"
                : "<h2>Does dim yma'n cyfateb i'ch chwiliad</h2><ul><li>Gwiriwch y sillafu</li><li>Rhowch gynnig ar "
                        + "lai o eiriau neu eiriau gwahanol</li>" + atoz + "<li>Ffoniwch ni ar " + PageParts.PHONE
                        + "</li></ul>";
    }

    /** Fetches the results for the address's {@code k} and renders them with DOM calls (no markup from data). */
    private static String script(Lang lang) {
        return "<script>(function(){var box=document.getElementById('search-results');"
                + "var k=new URLSearchParams(window.location.search).get('k')||'';"
                + "function show(id){box.textContent='';box.appendChild(document.getElementById(id).content"
                + ".cloneNode(true));}"
                + "fetch('" + API + "?querytext='+encodeURIComponent(k)+'&lang=" + lang.code() + "',"
                + "{headers:{Accept:'application/json'}}).then(function(r){if(!r.ok){throw new Error(r.status);}"
                + "return r.json();}).then(function(d){if(!d.results.length){show('search-no-results');return;}"
                + "var ol=document.createElement('ol');ol.className='ms-srch-result';"
                + "d.results.forEach(function(x){var li=document.createElement('li'),a=document.createElement('a'),"
                + "p=document.createElement('p');a.href=x.url;a.textContent=x.title;p.textContent=x.summary;"
                + "li.appendChild(a);li.appendChild(p);ol.appendChild(li);});"
                + "box.textContent='';box.appendChild(ol);}).catch(function(){show('search-error');});})();</script>";
    }
}
