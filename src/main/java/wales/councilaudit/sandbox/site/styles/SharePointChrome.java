package wales.councilaudit.sandbox.site.styles;

import wales.councilaudit.sandbox.site.Html;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SiteContext;

/**
 * The SharePoint style's master page: {@code #s4-workspace > #s4-bodyContainer} holding a title row (site link,
 * language toggle, search box, top navigation behind a menu button on narrow screens when planted), a content
 * row (quick launch and main) and a footer. Everything is in a landmark; the only faults are the planted ones.
 */
final class SharePointChrome {

    /** The id of the top navigation's container, which the menu button controls. */
    static final String TOP_NAVIGATION = "DeltaTopNavigation";

    /**
     * What differs between pages.
     *
     * @param key the plan key of the page shown, or empty for a page outside the plan
     * @param section the key of the section the page is in, or empty
     * @param title the page title
     * @param twinHref the language toggle's target
     * @param quickLaunch the quick launch's list, or empty for none
     * @param content the main content after the title
     * @param query the search box's value
     * @param fixedLayout whether the page sits in the planted fixed-width wrapper
     */
    record Frame(
            String key,
            String section,
            String title,
            String twinHref,
            String quickLaunch,
            String content,
            String query,
            boolean fixedLayout) {}

    private SharePointChrome() {}

    /** The style's stylesheet, added to the shared one in the head. */
    static String head(SiteContext context) {
        String css = ".ms-hidden{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;"
                + "width:1px}.ms-skip{position:absolute;left:-10000px}.ms-skip:focus{position:static}"
                + "#s4-titlerow{background:#004578;color:#fff;padding:.5em 1em}#s4-titlerow a{color:#fff}"
                + "#siteIcon a{font-weight:bold;text-decoration:none}#languageToggle{float:right}"
                + ".ms-core-listMenu-horizontalBox{list-style:none;display:flex;flex-wrap:wrap;gap:.25em 1.25em;"
                + "margin:.5em 0 0;padding:0}.ms-core-listMenu-horizontalBox .selected{font-weight:bold}"
                + "#contentRow{display:flex;flex-wrap:wrap}#contentRow>nav{flex:0 1 16em;border-right:1px solid #c8c8c8}"
                + ".ms-core-listMenu-verticalBox,.ms-core-listMenu-verticalBox ul{list-style:none;padding-left:1em}"
                + ".ms-core-listMenu-verticalBox .selected{font-weight:bold}#contentBox{flex:1 1 20em;min-width:0}"
                + "#s4-footer{border-top:1px solid #c8c8c8;background:#f4f4f4;padding:1em}";
        if (context.profile().features().mobileMenu()) {
            css += ".ms-menuToggle{display:none}@media (max-width:600px){.ms-menuToggle{display:block}#"
                    + TOP_NAVIGATION + "{display:none}#" + TOP_NAVIGATION + ".is-open{display:block}}";
        }
        return "<style>" + css + "</style>";
    }

    /** The whole document: the given head, then the master page around the frame. */
    static String document(String head, Lang lang, SiteContext context, Frame frame) {
        StringBuilder html = new StringBuilder(head)
                .append("<body><a class=\"ms-skip\" href=\"#mainContent\">")
                .append(lang == Lang.EN ? "Skip to main content" : "Neidio i'r prif gynnwys")
                .append("</a>")
                .append(context.parts().cookieBanner(lang));
        if (frame.fixedLayout()) {
            html.append("<div class=\"fixed-layout\">");
        }
        html.append("<div id=\"s4-workspace\"><div id=\"s4-bodyContainer\">")
                .append(titleRow(lang, context, frame))
                .append("<div id=\"contentRow\">");
        if (!frame.quickLaunch().isEmpty()) {
            html.append("<nav class=\"ms-dialogHidden\" aria-label=\"")
                    .append(lang == Lang.EN ? "In this section" : "Yn yr adran hon")
                    .append("\"><div id=\"sideNavBox\" class=\"ms-core-navigation\">")
                    .append(frame.quickLaunch())
                    .append("</div></nav>");
        }
        html.append("<main id=\"contentBox\"><div id=\"mainContent\" tabindex=\"-1\">")
                .append("<h1 id=\"pageTitle\"><span class=\"ms-pageTitle\">")
                .append(Html.escape(frame.title()))
                .append("</span></h1>")
                .append(frame.content())
                .append("</div></main></div><footer id=\"s4-footer\">")
                .append(context.parts().footerLinks(lang))
                .append("</footer></div></div>");
        if (frame.fixedLayout()) {
            html.append("</div>");
        }
        return html.append("</body></html>").toString();
    }

    private static String titleRow(Lang lang, SiteContext context, Frame frame) {
        Lang other = lang.other();
        StringBuilder html = new StringBuilder("<header id=\"s4-titlerow\" class=\"ms-dialogHidden\">")
                .append("<div id=\"languageToggle\"><a href=\"")
                .append(Html.escape(frame.twinHref()))
                .append("\" lang=\"")
                .append(other.code())
                .append("\" hreflang=\"")
                .append(other.code())
                .append("\">")
                .append(other == Lang.CY ? "Cymraeg" : "English")
                .append("</a></div><div id=\"siteIcon\"><a href=\"")
                .append(Html.escape(context.href(context.plan().home(), lang, lang)))
                .append("\">")
                .append(Html.escape(context.councilName().in(lang)))
                .append("</a></div>");
        if (context.profile().features().search()) {
            html.append(searchBox(lang, frame.query()));
        }
        return html.append(topNavigation(lang, context, frame))
                .append("</header>")
                .toString();
    }

    /** The search box: a GET form to the results page, which runs the search in the browser. */
    private static String searchBox(Lang lang, String query) {
        boolean en = lang == Lang.EN;
        return "<form id=\"SearchBox\" role=\"search\" method=\"get\" action=\"" + SharePointSearch.path(lang)
                + "\"><label for=\"ms-searchbox\" class=\"ms-hidden\">" + (en ? "Search this site" : "Chwilio'r wefan")
                + "</label><input type=\"search\" id=\"ms-searchbox\" name=\"k\" value=\"" + Html.escape(query)
                + "\"><button type=\"submit\" class=\"ms-srch-sb-searchLink\">" + (en ? "Search" : "Chwilio")
                + "</button></form>";
    }

    /** The sections as a horizontal list, hidden behind a menu button on narrow screens when planted. */
    private static String topNavigation(Lang lang, SiteContext context, Frame frame) {
        StringBuilder html = new StringBuilder("<nav aria-label=\"")
                .append(lang == Lang.EN ? "Main navigation" : "Prif lywio")
                .append("\">");
        boolean menu = context.profile().features().mobileMenu();
        if (menu) {
            html.append("<button type=\"button\" class=\"ms-menuToggle\" id=\"ms-menuToggle\" aria-expanded=\"false\" "
                            + "aria-controls=\"" + TOP_NAVIGATION + "\">")
                    .append(lang == Lang.EN ? "Menu" : "Dewislen")
                    .append("</button>");
        }
        html.append("<div id=\"" + TOP_NAVIGATION + "\" class=\"ms-displayInline\">")
                .append("<ul class=\"ms-core-listMenu-horizontalBox\">");
        for (PlanPage section : context.plan().sections()) {
            boolean current = section.key().equals(frame.section());
            html.append("<li class=\"static\"><a class=\"static menu-item ms-core-listMenu-item")
                    .append(current ? " selected" : "")
                    .append("\" href=\"")
                    .append(Html.escape(context.href(section, lang, lang)))
                    .append(section.key().equals(frame.key()) ? "\" aria-current=\"page\">" : "\">")
                    .append(Html.escape(section.title().in(lang)))
                    .append("</a></li>");
        }
        html.append("</ul></div>");
        if (menu) {
            html.append("<script>(function(){var b=document.getElementById('ms-menuToggle'),n=document."
                    + "getElementById('" + TOP_NAVIGATION + "');b.addEventListener('click',function(){var o=n."
                    + "classList.toggle('is-open');b.setAttribute('aria-expanded',o?'true':'false');});})();</script>");
        }
        return html.append("</nav>").toString();
    }
}
