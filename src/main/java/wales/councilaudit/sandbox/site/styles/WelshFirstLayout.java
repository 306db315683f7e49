package wales.councilaudit.sandbox.site.styles;

import java.util.List;
import wales.councilaudit.sandbox.site.Html;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SiteContext;

/**
 * The frame of every Welsh-first page: the language switch ahead of the council's name in a dark header bar, the
 * search box, the primary navigation that always folds behind a "Dewislen" / "Menu" button below 768 px, the
 * breadcrumbs, the main content and the footer.
 */
final class WelshFirstLayout {

    static final String NAV_ID = "primary-nav";
    static final String MAIN_ID = "cynnwys";
    static final String SEARCH_INPUT_ID = "search-term";

    private static final String CSS = ".visually-hidden{position:absolute!important;width:1px;height:1px;"
            + "overflow:hidden;clip:rect(1px,1px,1px,1px);white-space:nowrap}"
            + ".skip-link{position:absolute;left:-999em;top:0}.skip-link:focus{left:1rem;top:1rem;background:#fff;"
            + "color:#0b0c0c;padding:.5rem;z-index:10}"
            + ".site-header{background:#0b3d2e;color:#fff;padding:.5rem 1rem}.site-header a{color:#fff}"
            + ".header-bar{display:flex;flex-wrap:wrap;align-items:center;gap:1rem}"
            + ".language-toggle{font-weight:bold}.logo{font-size:1.5rem;font-weight:bold;text-decoration:none}"
            + ".site-search{display:flex;gap:.25rem;margin-left:auto}.site-search button{background:#fff;"
            + "color:#0b3d2e;border:0;padding:.4rem .8rem}"
            + ".menu-button{display:none;background:#fff;color:#0b3d2e;border:2px solid #fff;padding:.4rem .8rem}"
            + ".primary-nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;margin:0;padding:.5rem 0}"
            + "@media (max-width:767px){.menu-button{display:inline-block}.primary-nav{display:none}"
            + ".primary-nav.open{display:block}.primary-nav ul{display:block}}"
            + ".breadcrumbs{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem;padding:0}"
            + ".breadcrumbs li+li::before{content:\"\\203A\";margin-right:.5rem}"
            + ".cards{list-style:none;display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));"
            + "gap:1rem;padding:0}.card{border:1px solid #6f777b;padding:1rem;background:#fff}"
            + ".card h2{font-size:1.25rem;margin:0 0 .5rem}"
            + ".search-result{border-bottom:1px solid #6f777b;padding:.5rem 0}"
            + ".site-footer{background:#f3f2f1;padding:1rem;margin-top:2rem}";

    private static final String MENU_SCRIPT = "<script>(function(){var b=document.getElementById('menu-button'),"
            + "n=document.getElementById('" + NAV_ID + "');b.addEventListener('click',function(){"
            + "var o=n.classList.toggle('open');b.setAttribute('aria-expanded',o?'true':'false');});})();</script>";

    private WelshFirstLayout() {}

    /**
     * A complete document.
     *
     * @param page the page whose head parts (planted faults, alternates) the document carries
     * @param title the page's own title (the h1; the document title adds the council's name)
     * @param main the markup of the main content after the h1
     * @param crumbs the breadcrumb trail above the page, home excluded; null for none
     * @param query the search box's value
     * @param planPage whether this is a page of the plan (false for search results: no planted head faults)
     */
    static String document(
            PlanPage page,
            Lang lang,
            SiteContext context,
            String title,
            String main,
            List<PlanPage> crumbs,
            String query,
            boolean planPage) {
        boolean en = lang == Lang.EN;
        boolean fixed = planPage && context.profile().mobile().homeOverflows() && page.kind() == PageKind.HOME;
        String fullTitle = title.equals(context.councilName().in(lang))
                ? title
                : title + " | " + context.councilName().in(lang);
        StringBuilder html = new StringBuilder(
                        planPage
                                ? context.parts().documentStart(page, lang, fullTitle, "<style>" + CSS + "</style>")
                                : context.parts().documentStart(lang, fullTitle, "<style>" + CSS + "</style>"))
                .append("<body class=\"welsh-first\"><a class=\"skip-link\" href=\"#")
                .append(MAIN_ID)
                .append("\">")
                .append(en ? "Skip to main content" : "Neidio i'r prif gynnwys")
                .append("</a>")
                .append(context.parts().cookieBanner(lang))
                .append(fixed ? "<div class=\"fixed-layout\">" : "")
                .append(header(page, lang, context, query));
        if (crumbs != null) {
            html.append(breadcrumbs(lang, context, crumbs, title));
        }
        html.append(mainAndFooter(lang, context, title, main))
                .append(fixed ? "</div>" : "")
                .append(MENU_SCRIPT);
        return html.append("</body></html>").toString();
    }

    private static String mainAndFooter(Lang lang, SiteContext context, String title, String main) {
        return "<main id=\"" + MAIN_ID + "\" class=\"main-content\"><h1>" + Html.escape(title) + "</h1>" + main
                + "</main><footer class=\"site-footer\">" + context.parts().footerLinks(lang) + "<p>© "
                + Html.escape(context.councilName().in(lang)) + "</p></footer>";
    }

    private static String header(PlanPage page, Lang lang, SiteContext context, String query) {
        boolean en = lang == Lang.EN;
        Lang other = lang.other();
        StringBuilder html = new StringBuilder("<header class=\"site-header\"><div class=\"header-bar\">")
                .append("<a class=\"language-toggle\" href=\"")
                .append(Html.escape(context.twinHref(page, lang)))
                .append("\" hreflang=\"")
                .append(other.code())
                .append("\" lang=\"")
                .append(other.code())
                .append("\">")
                .append(en ? "Cymraeg" : "English")
                .append("</a><a class=\"logo\" href=\"")
                .append(Html.escape(context.href(context.plan().home(), lang, lang)))
                .append("\">")
                .append(Html.escape(context.councilName().in(lang)))
                .append("</a>")
                .append(searchForm(lang, context, query))
                .append("<button type=\"button\" class=\"menu-button\" id=\"menu-button\" aria-expanded=\"false\" ")
                .append("aria-controls=\"")
                .append(NAV_ID)
                .append("\">")
                .append(en ? "Menu" : "Dewislen")
                .append("</button></div>");
        return html.append(navigation(lang, context)).append("</header>").toString();
    }

    private static String searchForm(Lang lang, SiteContext context, String query) {
        if (!context.profile().features().search()) {
            return "";
        }
        boolean en = lang == Lang.EN;
        return "<form class=\"site-search\" role=\"search\" method=\"get\" action=\""
                + WelshFirstAddresses.search(lang) + "\"><label class=\"visually-hidden\" for=\"" + SEARCH_INPUT_ID
                + "\">" + (en ? "Search this website" : "Chwilio'r wefan") + "</label><input type=\"search\" id=\""
                + SEARCH_INPUT_ID + "\" name=\"term\" value=\"" + Html.escape(query) + "\"><button type=\"submit\">"
                + (en ? "Search" : "Chwilio") + "</button></form>";
    }

    private static String navigation(Lang lang, SiteContext context) {
        StringBuilder html = new StringBuilder("<nav class=\"primary-nav\" id=\"")
                .append(NAV_ID)
                .append("\" aria-label=\"")
                .append(lang == Lang.EN ? "Main navigation" : "Prif lywio")
                .append("\"><ul>");
        for (PlanPage section : context.plan().sections()) {
            html.append("<li>").append(context.parts().link(section, lang)).append("</li>");
        }
        return html.append("</ul></nav>").toString();
    }

    private static String breadcrumbs(Lang lang, SiteContext context, List<PlanPage> crumbs, String title) {
        StringBuilder html = new StringBuilder("<nav class=\"breadcrumbs-nav\" aria-label=\"")
                .append(lang == Lang.EN ? "Breadcrumbs" : "Briwsion bara")
                .append("\"><ol class=\"breadcrumbs\"><li>")
                .append(context.parts().link(context.plan().home(), lang))
                .append("</li>");
        for (PlanPage crumb : crumbs) {
            html.append("<li>").append(context.parts().link(crumb, lang)).append("</li>");
        }
        return html.append("<li aria-current=\"page\">")
                .append(Html.escape(title))
                .append("</li></ol></nav>")
                .toString();
    }
}
