package wales.councilaudit.sandbox.site.styles;

import java.util.List;
import wales.councilaudit.sandbox.site.Html;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SiteContext;

/**
 * The page frame of {@link LegacyStyle}: one presentational layout table with a masthead row (language link,
 * crest, council name, search box), a row of a left-hand column of section links beside the content cell, and a
 * footer row. On narrow screens the table's cells stack, so the layout itself does not overflow a phone.
 */
final class LegacyLayout {

    /** A small crest drawn inline: the legacy site has no image files to serve. ASCII only (windows-1252 page). */
    private static final String CREST = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='48'"
            + " height='48' viewBox='0 0 48 48'%3E%3Cpath d='M6 4h36v22c0 10-8 16-18 20C14 42 6 36 6 26z'"
            + " fill='%23c8102e' stroke='%23ffffff' stroke-width='2'/%3E%3C/svg%3E";

    private static final String STYLE = "<style>table.layout{border-collapse:collapse}"
            + "td.masthead{background:#003366;color:#ffffff;padding:8px 12px}td.masthead a{color:#ffffff}"
            + ".toplinks{margin:0;text-align:right}.sitename{font-size:1.6em;font-weight:bold;margin-left:8px}"
            + ".crest{vertical-align:middle}.searchbox{margin:8px 0 0}"
            + "td.leftnav{width:13em;background:#e8eef5;padding:8px 12px;border-right:1px solid #9fb3c8}"
            + "td.leftnav ul{list-style:none;margin:0;padding:0}td.leftnav li{margin:.4em 0}"
            + "td.content{padding:0 8px}td.footer{background:#eeeeee;padding:8px 12px;border-top:1px solid #999999}"
            + ".skiplink{display:block;padding:4px 12px}"
            + "table.results{border-collapse:collapse;width:100%}"
            + "table.results th,table.results td{border:1px solid #cccccc;padding:4px 8px;text-align:left;"
            + "vertical-align:top}"
            + "@media (max-width:600px){table.layout,table.layout>tbody,table.layout>tbody>tr,"
            + "table.layout>tbody>tr>td{display:block;width:auto}td.leftnav{border-right:0}}</style>";

    private LegacyLayout() {}

    /**
     * The whole document.
     *
     * @param page the page rendered (for a search results page, the home page)
     * @param title the page's heading
     * @param content the content cell's markup below the heading
     * @param planPage whether this is the plan's own page (false for search results: no trail, no planted layout)
     */
    static String page(PlanPage page, Lang lang, SiteContext context, String title, String content, boolean planPage) {
        String council = context.councilName().in(lang);
        boolean fixed = planPage
                && page.kind() == PageKind.HOME
                && context.profile().mobile().homeOverflows();
        StringBuilder html = new StringBuilder(
                planPage
                        ? context.parts().documentStart(page, lang, council + " - " + title, STYLE)
                        : context.parts().documentStart(lang, council + " - " + title, STYLE));
        html.append("<body><a class=\"skiplink\" href=\"#content\">")
                .append(lang == Lang.EN ? "Skip to content" : "Neidio i'r cynnwys")
                .append("</a>")
                .append(context.parts().cookieBanner(lang));
        if (fixed) {
            html.append("<div class=\"fixed-layout\">");
        }
        html.append("<table role=\"presentation\" width=\"100%\" class=\"layout\" cellpadding=\"0\" cellspacing=\"0\">")
                .append("<tbody><tr><td class=\"masthead\" colspan=\"2\">")
                .append(masthead(page, lang, context))
                .append("</td></tr><tr>")
                .append(leftNav(lang, context))
                .append("<td class=\"content\" valign=\"top\"><main id=\"content\">")
                .append(planPage && page.kind() != PageKind.HOME ? trail(page, lang, context) : "")
                .append("<h1>")
                .append(Html.escape(title))
                .append("</h1>")
                .append(content)
                .append("</main></td></tr><tr><td class=\"footer\" colspan=\"2\">")
                .append(context.parts().footerLinks(lang))
                .append("<p>&copy; ")
                .append(Html.escape(council))
                .append("</p></td></tr></tbody></table>");
        if (fixed) {
            html.append("</div>");
        }
        return html.append("</body></html>").toString();
    }

    private static String masthead(PlanPage page, Lang lang, SiteContext context) {
        boolean en = lang == Lang.EN;
        String other = lang.other().code();
        String council = Html.escape(context.councilName().in(lang));
        StringBuilder html = new StringBuilder("<p class=\"toplinks\"><a href=\"")
                .append(Html.escape(context.twinHref(page, lang)))
                .append("\" hreflang=\"")
                .append(other)
                .append("\" lang=\"")
                .append(other)
                .append("\">")
                .append(en ? "Cymraeg" : "English")
                .append("</a></p><a href=\"")
                .append(Html.escape(context.href(context.plan().home(), lang, lang)))
                .append("\"><img class=\"crest\" src=\"")
                .append(CREST)
                .append("\" width=\"48\" height=\"48\" alt=\"")
                .append(council)
                .append(en ? ": home page" : ": hafan")
                .append("\"></a><span class=\"sitename\">")
                .append(council)
                .append("</span>");
        return html.append(searchForm(lang, context)).toString();
    }

    private static String searchForm(Lang lang, SiteContext context) {
        if (!context.profile().features().search()) {
            return "";
        }
        boolean en = lang == Lang.EN;
        return "<form class=\"searchbox\" method=\"get\" action=\"" + LegacyStyle.SEARCH + "\"><label for=\"q\">"
                + (en ? "Search this site" : "Chwilio'r wefan") + "</label> <input type=\"text\" id=\"q\" name=\"q\""
                + " size=\"20\"><input type=\"hidden\" name=\"language\" value=\"" + LegacyStyle.language(lang)
                + "\"> <input type=\"submit\" value=\"" + (en ? "Go" : "Ewch") + "\"></form>";
    }

    private static String leftNav(Lang lang, SiteContext context) {
        StringBuilder html = new StringBuilder("<td class=\"leftnav\" valign=\"top\"><p><strong>")
                .append(lang == Lang.EN ? "Services" : "Gwasanaethau")
                .append("</strong></p><ul><li>")
                .append(context.parts().link(context.plan().home(), lang))
                .append("</li>");
        for (PlanPage section : context.plan().sections()) {
            html.append("<li>").append(context.parts().link(section, lang)).append("</li>");
        }
        return html.append("</ul></td>").toString();
    }

    /** "You are here": the home page and every page above this one, as links, then this page's title. */
    private static String trail(PlanPage page, Lang lang, SiteContext context) {
        StringBuilder html = new StringBuilder("<p class=\"trail\">")
                .append(lang == Lang.EN ? "You are here: " : "Rydych chi yma: ")
                .append(context.parts().link(context.plan().home(), lang));
        List<PlanPage> trail = context.plan().trail(page.key());
        for (PlanPage crumb : trail.subList(0, trail.size() - 1)) {
            if (crumb.exists(lang)) {
                html.append(" &gt; ").append(context.parts().link(crumb, lang));
            }
        }
        return html.append(" &gt; ")
                .append(Html.escape(page.title().in(lang)))
                .append("</p>")
                .toString();
    }
}
