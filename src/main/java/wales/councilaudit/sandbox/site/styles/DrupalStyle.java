package wales.councilaudit.sandbox.site.styles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * A Drupal-style site: clean URLs built from the navigation trail ({@code /bins-and-recycling/bin-collections}),
 * Welsh under {@code /cy/}, a language switcher block, a main menu of {@code ul.menu} items, breadcrumbs, and a
 * server-rendered search at {@code /search?keys=}.
 */
public final class DrupalStyle implements SiteStyle {

    @Override
    public String address(PlanPage page, Lang lang, SitePlan plan) {
        String prefix = lang == Lang.CY ? "/cy" : "";
        if (page.kind() == PageKind.HOME) {
            return lang == Lang.CY ? "/cy" : "/";
        }
        return prefix + "/"
                + plan.trail(page.key()).stream().map(p -> p.slug().in(lang)).collect(Collectors.joining("/"));
    }

    @Override
    public String welshTwinConvention() {
        return "/<English words>/... has its twin at /cy/<Welsh words>/...: a language prefix, every word"
                + " translated (home pages / and /cy)";
    }

    @Override
    public String searchAddress(Lang lang, String query) {
        return (lang == Lang.CY ? "/cy" : "") + "/search?keys=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Override
    public Optional<SiteResponse> handle(SiteRequest request, SiteContext context) {
        boolean en = request.path().equals("/search");
        if (!en && !request.path().equals("/cy/search")) {
            return Optional.empty();
        }
        if (!context.profile().features().search()) {
            return Optional.of(SiteResponse.notFound());
        }
        Lang lang = en ? Lang.EN : Lang.CY;
        String query = request.param("keys").orElse("");
        List<PlanPage> results = context.search().search(query, lang, 10);
        StringBuilder body = new StringBuilder();
        if (results.isEmpty()) {
            body.append(noResults(lang, context));
        } else {
            body.append("<ol class=\"search-results node_search-results\">");
            for (PlanPage result : results) {
                body.append("<li><h3 class=\"search-result__title\"><a href=\"")
                        .append(Html.escape(context.href(result, lang, lang)))
                        .append("\">")
                        .append(Html.escape(result.title().in(lang)))
                        .append("</a></h3><p>")
                        .append(Html.escape(result.summary().in(lang)))
                        .append("</p></li>");
            }
            body.append("</ol>");
        }
        String title = (lang == Lang.EN ? "Search results for " : "Canlyniadau chwilio am ") + query;
        return Optional.of(
                SiteResponse.html(200, page(context.plan().home(), lang, context, title, body.toString(), false)));
    }

    private static String noResults(Lang lang, SiteContext context) {
        if (!context.profile().features().helpfulNoResults()) {
            return "<p>" + (lang == Lang.EN ? "No results." : "Dim canlyniadau.") + "</p>";
        }
        String atoz = context.plan()
                .find("atoz")
                .map(p -> "<li><a href=\"" + Html.escape(context.href(p, lang, lang)) + "\">"
                        + Html.escape(p.title().in(lang)) + "</a></li>")
                .orElse("");
        return lang == Lang.EN
                ? "<h2>Your search yielded no results</h2><ul><li>Check your spelling</li><li>Try fewer or different "
                        + "words</li>" + atoz + "<li>Call us on " + PageParts.PHONE + "</li></ul>"
                : "<h2>Ni chafwyd dim canlyniadau</h2><ul><li>Gwiriwch y sillafu</li><li>Rhowch gynnig ar eiriau "
                        + "gwahanol</li>" + atoz + "<li>Ffoniwch ni ar " + PageParts.PHONE + "</li></ul>";
    }

    @Override
    public String render(PlanPage page, Lang lang, SiteContext context) {
        return page(page, lang, context, page.title().in(lang), content(page, lang, context), true);
    }

    private String content(PlanPage page, Lang lang, SiteContext context) {
        PageParts parts = context.parts();
        StringBuilder body = new StringBuilder("<div class=\"field--name-body\">")
                .append(parts.plantedContent(page, lang))
                .append("</div>");
        List<PlanPage> children = parts.childPages(page, lang);
        if (!children.isEmpty()) {
            body.append("<div class=\"views-element-container\"><ul class=\"item-list\">");
            for (PlanPage child : children) {
                body.append("<li>").append(context.parts().link(child, lang)).append("</li>");
            }
            body.append("</ul></div>");
        }
        return body.toString();
    }

    private String page(
            PlanPage page, Lang lang, SiteContext context, String title, String content, boolean breadcrumb) {
        boolean en = lang == Lang.EN;
        String council = Html.escape(context.councilName().in(lang));
        String head = "<style>.visually-hidden{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;"
                + "height:1px;width:1px}.skip-link:focus{position:static!important;clip:auto;height:auto;"
                + "width:auto}.menu--main{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;padding:0}"
                + (context.profile().features().mobileMenu()
                        ? ".menu-toggle{display:none}@media (max-width:600px){.menu-toggle{display:block}"
                                + "#main-menu{display:none}#main-menu.open{display:block}}"
                        : "")
                + "</style>";
        String fullTitle = title + " | " + council;
        StringBuilder html = new StringBuilder(
                breadcrumb
                        ? context.parts().documentStart(page, lang, fullTitle, head)
                        : context.parts().documentStart(lang, fullTitle, head));
        html.append("<body class=\"")
                .append(page.kind() == PageKind.HOME ? "path-frontpage" : "path-node")
                .append("\"><a class=\"visually-hidden focusable skip-link\" href=\"#main-content\">")
                .append(en ? "Skip to main content" : "Neidio i'r prif gynnwys")
                .append("</a>")
                .append(context.parts().cookieBanner(lang));
        if (context.profile().mobile().homeOverflows() && page.kind() == PageKind.HOME && breadcrumb) {
            html.append("<div class=\"fixed-layout\">");
        }
        html.append("<header role=\"banner\" class=\"site-header\"><a href=\"")
                .append(Html.escape(context.href(context.plan().home(), lang, lang)))
                .append("\" rel=\"home\" class=\"site-logo\">")
                .append(council)
                .append("</a>")
                .append("<div class=\"language-switcher-language-url\"><ul class=\"links\"><li hreflang=\"")
                .append(lang.other().code())
                .append("\"><a href=\"")
                .append(Html.escape(context.twinHref(page, lang)))
                .append("\" hreflang=\"")
                .append(lang.other().code())
                .append("\" lang=\"")
                .append(lang.other().code())
                .append("\">")
                .append(en ? "Cymraeg" : "English")
                .append("</a></li></ul></div>");
        if (context.profile().features().search()) {
            html.append("<form action=\"")
                    .append(en ? "/search" : "/cy/search")
                    .append("\" method=\"get\" class=\"search-block-form\" role=\"search\">")
                    .append("<label for=\"edit-keys\" class=\"visually-hidden\">")
                    .append(en ? "Search" : "Chwilio")
                    .append("</label><input type=\"search\" id=\"edit-keys\" name=\"keys\">")
                    .append("<input type=\"submit\" value=\"")
                    .append(en ? "Search" : "Chwilio")
                    .append("\" class=\"button\"></form>");
        }
        html.append("</header>").append(mainMenu(lang, context));
        if (breadcrumb && page.kind() != PageKind.HOME) {
            html.append(breadcrumb(page, lang, context));
        }
        html.append("<main role=\"main\" id=\"main-content\"><h1 class=\"page-title\">")
                .append(Html.escape(title))
                .append("</h1>")
                .append(content)
                .append("</main><footer role=\"contentinfo\">")
                .append(context.parts().footerLinks(lang))
                .append("</footer>");
        if (context.profile().mobile().homeOverflows() && page.kind() == PageKind.HOME && breadcrumb) {
            html.append("</div>");
        }
        return html.append("</body></html>").toString();
    }

    private static String mainMenu(Lang lang, SiteContext context) {
        boolean en = lang == Lang.EN;
        StringBuilder nav = new StringBuilder("<nav role=\"navigation\" aria-labelledby=\"block-mainnavigation-menu\" "
                        + "id=\"block-mainnavigation\"><h2 class=\"visually-hidden\" id=\"block-mainnavigation-menu\">")
                .append(en ? "Main navigation" : "Prif lywio")
                .append("</h2>");
        if (context.profile().features().mobileMenu()) {
            nav.append(
                            "<button type=\"button\" class=\"menu-toggle\" aria-expanded=\"false\" aria-controls=\"main-menu\""
                                    + " onclick=\"var m=document.getElementById('main-menu');m.classList.toggle('open');"
                                    + "this.setAttribute('aria-expanded',m.classList.contains('open'))\">")
                    .append(en ? "Menu" : "Dewislen")
                    .append("</button>");
        }
        nav.append("<ul class=\"menu menu--main\" id=\"main-menu\">");
        for (PlanPage section : context.plan().sections()) {
            nav.append("<li class=\"menu-item\"><a href=\"")
                    .append(Html.escape(context.href(section, lang, lang)))
                    .append("\">")
                    .append(Html.escape(section.title().in(lang)))
                    .append("</a></li>");
        }
        return nav.append("</ul></nav>").toString();
    }

    private static String breadcrumb(PlanPage page, Lang lang, SiteContext context) {
        StringBuilder html = new StringBuilder("<nav aria-label=\"")
                .append(lang == Lang.EN ? "Breadcrumb" : "Briwsion bara")
                .append("\" class=\"breadcrumb\"><ol><li><a href=\"")
                .append(Html.escape(context.href(context.plan().home(), lang, lang)))
                .append("\">")
                .append(Html.escape(context.plan().home().title().in(lang)))
                .append("</a></li>");
        List<PlanPage> trail = context.plan().trail(page.key());
        for (PlanPage crumb : trail.subList(0, trail.size() - 1)) {
            html.append("<li>").append(context.parts().link(crumb, lang)).append("</li>");
        }
        return html.append("</ol></nav>").toString();
    }
}
