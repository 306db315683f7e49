package wales.councilaudit.sandbox.site.styles;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
 * A SharePoint 2013-style site: English under {@code /ENG/} and Welsh in a separate {@code /CYM/} tree, every
 * address an {@code .aspx} page in a {@code Pages} library, a master page of {@code #s4-workspace} with a
 * horizontal top navigation of the sections and a vertical quick launch of the current folder, and a search
 * whose results page is empty until its script fetches them from {@code /_api/search/query}.
 *
 * <p>Addresses. A page with children in the plan, and every home, section, subsection, landing, news index and
 * A–Z page, is a folder (a SharePoint sub-site) whose page is {@code Pages/default.aspx}; any other page is a
 * leaf, {@code <Slug>.aspx} in its parent folder's {@code Pages} library. Each folder of the trail is named by its
 * page's slug in the address's language with the first letter capitalised (Cardiff's real scheme):
 *
 * <ul>
 *   <li>{@code /ENG/Pages/default.aspx} (home), {@code /CYM/Pages/default.aspx}
 *   <li>{@code /ENG/Bins-and-recycling/Bin-collections/Pages/default.aspx} (a landing page)
 *   <li>{@code /ENG/Bins-and-recycling/Bin-collections/Pages/Report-a-missed-bin-collection.aspx} (a task at
 *       depth 3, a leaf in its landing page's folder)
 *   <li>{@code /CYM/Biniau-ac-ailgylchu/Casgliadau-biniau/Pages/Rhoi-gwybod-am-gasgliad-bin-a-fethwyd.aspx} (its
 *       Welsh twin)
 * </ul>
 *
 * A task page with its own online form is a folder (the form is its child). Slugs are unique among siblings, and
 * folder and leaf addresses have different shapes, so addresses are unique.
 */
public final class SharePointStyle implements SiteStyle {

    private static final String FOLDER_PAGE = "Pages/default.aspx";

    /** Kinds that are folders even when, in a plan, nothing hangs below them (a depth-1 task's landing page). */
    private static final Set<PageKind> FOLDER_KINDS = EnumSet.of(
            PageKind.HOME, PageKind.SECTION, PageKind.SUBSECTION, PageKind.LANDING, PageKind.NEWS_INDEX, PageKind.ATOZ);

    /** {@code /ENG/} or {@code /CYM/}. */
    static String root(Lang lang) {
        return lang == Lang.CY ? "/CYM/" : "/ENG/";
    }

    @Override
    public String address(PlanPage page, Lang lang, SitePlan plan) {
        if (isFolder(page, plan)) {
            return root(lang) + folderPath(page, lang, plan) + FOLDER_PAGE;
        }
        PlanPage folder = plan.page(page.parent());
        String name = segment(page.slug().in(lang));
        // a leaf named "default" would take its folder's own page
        return root(lang) + folderPath(folder, lang, plan) + "Pages/"
                + (name.equalsIgnoreCase("default") ? "Default-page" : name) + ".aspx";
    }

    /** Whether the page is a folder ({@code .../Pages/default.aspx}) rather than a leaf page. */
    static boolean isFolder(PlanPage page, SitePlan plan) {
        return FOLDER_KINDS.contains(page.kind())
                || plan.pages().stream().anyMatch(p -> p.parent().equals(page.key()));
    }

    /** The folder names of a folder page's trail, each followed by {@code /}; empty for the home page. */
    private static String folderPath(PlanPage folder, Lang lang, SitePlan plan) {
        StringBuilder path = new StringBuilder();
        for (PlanPage p : plan.trail(folder.key())) {
            path.append(segment(p.slug().in(lang))).append('/');
        }
        return path.toString();
    }

    /** A slug as an address segment: {@code bins-and-recycling} becomes {@code Bins-and-recycling}. */
    static String segment(String slug) {
        if (slug.isEmpty()) {
            return "Page";
        }
        return slug.substring(0, 1).toUpperCase(Locale.ROOT) + slug.substring(1);
    }

    @Override
    public String welshTwinConvention() {
        return "/ENG/<English folders>/Pages/<page>.aspx has its twin at /CYM/<Welsh folders>/Pages/<Welsh page>.aspx:"
                + " a separate tree, every folder and page name translated";
    }

    @Override
    public String searchAddress(Lang lang, String query) {
        return SharePointSearch.address(lang, query);
    }

    @Override
    public Optional<SiteResponse> handle(SiteRequest request, SiteContext context) {
        return SharePointSearch.handle(request, context);
    }

    @Override
    public String render(PlanPage page, Lang lang, SiteContext context) {
        String title = page.title().in(lang);
        String head = context.parts()
                .documentStart(
                        page, lang, title + " - " + context.councilName().in(lang), SharePointChrome.head(context));
        List<PlanPage> trail = context.plan().trail(page.key());
        String section = trail.isEmpty() || trail.get(0).kind() != PageKind.SECTION
                ? ""
                : trail.get(0).key();
        SharePointChrome.Frame frame = new SharePointChrome.Frame(
                page.key(),
                section,
                title,
                context.twinHref(page, lang),
                quickLaunch(page, lang, context),
                content(page, lang, context),
                "",
                page.kind() == PageKind.HOME && context.profile().mobile().homeOverflows());
        return SharePointChrome.document(head, lang, context, frame);
    }

    /** The rich-text field (the shared, planted parts) and the page's links as a content query web part. */
    private static String content(PlanPage page, Lang lang, SiteContext context) {
        PageParts parts = context.parts();
        StringBuilder html = new StringBuilder("<div class=\"ms-rtestate-field\">")
                .append(parts.plantedContent(page, lang))
                .append("</div>");
        List<PlanPage> links = parts.childPages(page, lang);
        if (!links.isEmpty()) {
            html.append("<div class=\"ms-webpart-zone\"><ul class=\"dfwp-list\">");
            for (PlanPage link : links) {
                html.append("<li><div class=\"item link-item\"><a href=\"")
                        .append(Html.escape(context.href(link, lang, lang)))
                        .append("\">")
                        .append(Html.escape(link.title().in(lang)))
                        .append("</a></div></li>");
            }
            html.append("</ul></div>");
        }
        return html.toString();
    }

    /**
     * The quick launch: the page's children in the plan under the page itself, or, for a page without children,
     * its siblings under its parent folder (which never shortens a planted depth: a sibling is one click from the
     * parent). Sections are left out (they are in the top navigation). Empty when there is nothing to list.
     */
    private static String quickLaunch(PlanPage page, Lang lang, SiteContext context) {
        SitePlan plan = context.plan();
        PlanPage folder = page;
        List<PlanPage> items = folderContents(page, lang, plan);
        if (items.isEmpty() && !page.parent().isEmpty()) {
            folder = plan.page(page.parent());
            items = folderContents(folder, lang, plan);
        }
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(
                        "<ul class=\"ms-core-listMenu-verticalBox\"><li class=\"ms-core-" + "listMenu-root\">")
                .append(item(folder, page, lang, context))
                .append("<ul class=\"static\">");
        for (PlanPage item : items) {
            html.append("<li class=\"static\">")
                    .append(item(item, page, lang, context))
                    .append("</li>");
        }
        return html.append("</ul></li></ul>").toString();
    }

    private static List<PlanPage> folderContents(PlanPage folder, Lang lang, SitePlan plan) {
        return plan.pages().stream()
                .filter(p -> p.parent().equals(folder.key()) && p.kind() != PageKind.SECTION && p.exists(lang))
                .toList();
    }

    private static String item(PlanPage target, PlanPage current, Lang lang, SiteContext context) {
        boolean selected = target.key().equals(current.key());
        return "<a class=\"static menu-item ms-core-listMenu-item" + (selected ? " selected" : "") + "\" href=\""
                + Html.escape(context.href(target, lang, lang)) + "\"" + (selected ? " aria-current=\"page\"" : "")
                + "><span class=\"menu-item-text\">"
                + Html.escape(target.title().in(lang)) + "</span></a>";
    }
}
