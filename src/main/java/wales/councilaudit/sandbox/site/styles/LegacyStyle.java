package wales.councilaudit.sandbox.site.styles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import wales.councilaudit.sandbox.site.Html;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PageParts;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SiteContext;
import wales.councilaudit.sandbox.site.SitePlan;
import wales.councilaudit.sandbox.site.SiteRequest;
import wales.councilaudit.sandbox.site.SiteResponse;
import wales.councilaudit.sandbox.site.SiteStyle;

/**
 * A legacy (early-2000s) council site in the manner of Gwynedd's old {@code gwy_doc.asp?doc=25829&language=1}:
 * query-string addresses that say nothing about the page ({@code /index.asp}, {@code /doc.asp?doc=N&language=1}
 * or {@code language=2} for Welsh), a table layout with the sections in a left-hand column and no {@code nav}
 * element, and a server-rendered search at {@code /search.asp?q=} whose results are a table. Stateless.
 */
public final class LegacyStyle implements SiteStyle {

    /** The first document number; a page's number is this plus its position in the plan. */
    static final int FIRST_DOC = 20000;

    static final String HOME = "/index.asp";
    static final String DOC = "/doc.asp";
    static final String SEARCH = "/search.asp";

    @Override
    public String address(PlanPage page, Lang lang, SitePlan plan) {
        if (page.kind() == PageKind.HOME) {
            return lang == Lang.EN ? HOME : HOME + "?language=" + language(lang);
        }
        return DOC + "?doc=" + docNumber(page, plan) + "&language=" + language(lang);
    }

    /** The page's document number: stable for a plan, unique within it. */
    static int docNumber(PlanPage page, SitePlan plan) {
        List<PlanPage> pages = plan.pages();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).key().equals(page.key())) {
                return FIRST_DOC + i;
            }
        }
        throw new IllegalArgumentException("page " + page.key() + " is not in the plan");
    }

    /** The {@code language} parameter: 1 for English, 2 for Welsh. */
    static int language(Lang lang) {
        return lang == Lang.EN ? 1 : 2;
    }

    @Override
    public String welshTwinConvention() {
        return "/doc.asp?doc=N&language=1 has its twin at /doc.asp?doc=N&language=2, the same document number"
                + " (home pages /index.asp and /index.asp?language=2)";
    }

    @Override
    public String searchAddress(Lang lang, String query) {
        return SEARCH + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&language=" + language(lang);
    }

    @Override
    public Optional<SiteResponse> handle(SiteRequest request, SiteContext context) {
        if (!request.path().equals(SEARCH)) {
            return Optional.empty();
        }
        if (!context.profile().features().search()) {
            return Optional.of(SiteResponse.notFound());
        }
        Lang lang = request.param("language").filter("2"::equals).isPresent() ? Lang.CY : Lang.EN;
        String query = request.param("q").orElse("").trim();
        List<PlanPage> results = context.search().search(query, lang, 10);
        String body = results.isEmpty() ? noResults(lang, context) : results(results, lang, context);
        String title = (lang == Lang.EN ? "Search results for " : "Canlyniadau chwilio am ") + query;
        String html = LegacyLayout.page(context.plan().home(), lang, context, title, body, false);
        return Optional.of(SiteResponse.html(200, html));
    }

    private static String results(List<PlanPage> results, Lang lang, SiteContext context) {
        boolean en = lang == Lang.EN;
        StringBuilder html = new StringBuilder("<p>")
                .append(en ? "Documents found: " : "Dogfennau a gafwyd: ")
                .append(results.size())
                .append("</p><table class=\"results\"><caption>")
                .append(en ? "Search results" : "Canlyniadau chwilio")
                .append("</caption><tr><th scope=\"col\">")
                .append(en ? "Document" : "Dogfen")
                .append("</th><th scope=\"col\">")
                .append(en ? "Summary" : "Crynodeb")
                .append("</th></tr>");
        for (PlanPage result : results) {
            html.append("<tr><td><a href=\"")
                    .append(Html.escape(context.href(result, lang, lang)))
                    .append("\">")
                    .append(Html.escape(result.title().in(lang)))
                    .append("</a></td><td>")
                    .append(Html.escape(result.summary().in(lang)))
                    .append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static String noResults(Lang lang, SiteContext context) {
        if (!context.profile().features().helpfulNoResults()) {
            return "<p>" + (lang == Lang.EN ? "No results" : "Dim canlyniadau") + "</p>";
        }
        String atoz = context.plan()
                .find("atoz")
                .map(p -> "<li>" + (lang == Lang.EN ? "Look in our " : "Edrychwch yn ein ") + "<a href=\""
                        + Html.escape(context.href(p, lang, lang)) + "\">"
                        + Html.escape(p.title().in(lang))
                        + "</a></li>")
                .orElse("");
        return lang == Lang.EN
                ? "<p>No documents matched your search. You could:</p><ul><li>check the spelling of your words</li>"
                        + "<li>try fewer or more general words</li>" + atoz + "<li>phone us on " + PageParts.PHONE
                        + "</li></ul>"
                : "<p>Doedd dim dogfennau yn cyfateb i'ch chwiliad. Gallech chi:</p><ul><li>wirio sillafu'ch "
                        + "geiriau</li><li>rhoi cynnig ar lai o eiriau neu eiriau mwy cyffredinol</li>" + atoz
                        + "<li>ein ffonio ar " + PageParts.PHONE + "</li></ul>";
    }

    @Override
    public String render(PlanPage page, Lang lang, SiteContext context) {
        return LegacyLayout.page(page, lang, context, page.title().in(lang), content(page, lang, context), true);
    }

    private static String content(PlanPage page, Lang lang, SiteContext context) {
        PageParts parts = context.parts();
        StringBuilder body = new StringBuilder("<div class=\"doctext\">")
                .append(parts.plantedContent(page, lang))
                .append("</div>");
        List<PlanPage> children = parts.childPages(page, lang);
        if (!children.isEmpty()) {
            body.append("<p><strong>")
                    .append(lang == Lang.EN ? "Related documents" : "Dogfennau cysylltiedig")
                    .append("</strong></p><ul class=\"doclist\">");
            for (PlanPage child : children) {
                body.append("<li>").append(context.parts().link(child, lang)).append("</li>");
            }
            body.append("</ul>");
        }
        return body.toString();
    }
}
