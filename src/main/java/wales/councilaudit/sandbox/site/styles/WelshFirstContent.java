package wales.councilaudit.sandbox.site.styles;

import java.util.ArrayList;
import java.util.List;
import wales.councilaudit.sandbox.site.Html;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PageParts;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SiteContext;

/**
 * The main content of Welsh-first pages: the shared, planted parts of a page followed by its links as a grid of
 * cards (the home page leads with the service areas), and the search results page's body.
 */
final class WelshFirstContent {

    private WelshFirstContent() {}

    /** A page's main content after its h1. */
    static String page(PlanPage page, Lang lang, SiteContext context) {
        PageParts parts = context.parts();
        StringBuilder html = new StringBuilder("<div class=\"page-body\">")
                .append(parts.plantedContent(page, lang))
                .append("</div>");
        List<PlanPage> cards = new ArrayList<>();
        if (page.kind() == PageKind.HOME) {
            cards.addAll(context.plan().sections());
        }
        cards.addAll(parts.childPages(page, lang));
        return html.append(cards(cards, lang, context)).toString();
    }

    private static String cards(List<PlanPage> pages, Lang lang, SiteContext context) {
        if (pages.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul class=\"cards\">");
        for (PlanPage card : pages) {
            html.append("<li class=\"card\"><h2>")
                    .append(context.parts().link(card, lang))
                    .append("</h2><p>")
                    .append(Html.escape(card.summary().in(lang)))
                    .append("</p></li>");
        }
        return html.append("</ul>").toString();
    }

    /** The search results page's content: up to ten results, or what to try when there are none. */
    static String searchResults(String query, Lang lang, SiteContext context) {
        if (query.isBlank()) {
            return "<p>"
                    + (lang == Lang.EN
                            ? "Enter a word or phrase to search for."
                            : "Rhowch air neu ymadrodd i " + "chwilio amdano.")
                    + "</p>";
        }
        List<PlanPage> results = context.search().search(query, lang, 10);
        if (results.isEmpty()) {
            return noResults(lang, context);
        }
        StringBuilder html = new StringBuilder("<p class=\"result-count\">")
                .append(results.size())
                .append(lang == Lang.EN ? " results" : " canlyniad")
                .append("</p>");
        for (PlanPage result : results) {
            html.append("<div class=\"search-result\"><h2><a href=\"")
                    .append(Html.escape(context.href(result, lang, lang)))
                    .append("\">")
                    .append(Html.escape(result.title().in(lang)))
                    .append("</a></h2><p>")
                    .append(Html.escape(result.summary().in(lang)))
                    .append("</p></div>");
        }
        return html.toString();
    }

    private static String noResults(Lang lang, SiteContext context) {
        boolean en = lang == Lang.EN;
        if (!context.profile().features().helpfulNoResults()) {
            return "<p>" + (en ? "No results" : "Dim canlyniadau") + "</p>";
        }
        String atoz = context.plan()
                .find("atoz")
                .map(p -> "<li>" + (en ? "Browse the " : "Porwch ")
                        + context.parts().link(p, lang) + "</li>")
                .orElse("");
        return en
                ? "<h2>We could not find anything for your search</h2><ul><li>Check your spelling</li>"
                        + "<li>Try fewer or more general words</li>" + atoz + "<li>Call us on " + PageParts.PHONE
                        + "</li></ul>"
                : "<h2>Ni chawsom hyd i ddim ar gyfer eich chwiliad</h2><ul><li>Gwiriwch eich sillafu</li>"
                        + "<li>Rhowch gynnig ar lai o eiriau neu eiriau mwy cyffredinol</li>" + atoz
                        + "<li>Ffoniwch ni ar " + PageParts.PHONE + "</li></ul>";
    }
}
