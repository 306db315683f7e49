package wales.councilaudit.sandbox.site.styles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import wales.councilaudit.sandbox.site.Lang;
import wales.councilaudit.sandbox.site.PageKind;
import wales.councilaudit.sandbox.site.PlanPage;
import wales.councilaudit.sandbox.site.SiteContext;
import wales.councilaudit.sandbox.site.SitePlan;
import wales.councilaudit.sandbox.site.SiteRequest;
import wales.councilaudit.sandbox.site.SiteResponse;
import wales.councilaudit.sandbox.site.SiteStyle;

/**
 * A modern Welsh-first council site on a {@code .llyw.cymru} host, in the manner of Gwynedd's: Welsh is the
 * primary language, so {@code /} sends visitors to the Welsh home page {@code /cy/} and English lives at
 * {@code /en/}; addresses are flat (the section's words and the page's own, never deeper); the language switch
 * comes first in the header, ahead of the council's name; the navigation always folds behind a menu button on
 * narrow screens; the home page shows the service areas as cards and every page lists its own links as cards;
 * search is server-rendered at {@code /cy/chwilio?term=} and {@code /en/search?term=}.
 */
public final class WelshFirstStyle implements SiteStyle {

    private final WelshFirstAddresses addresses = new WelshFirstAddresses();

    @Override
    public Lang rootLanguage() {
        return Lang.CY;
    }

    @Override
    public String address(PlanPage page, Lang lang, SitePlan plan) {
        return addresses.address(page, lang, plan);
    }

    @Override
    public String welshTwinConvention() {
        return "/en/<English words> has its twin at /cy/<Welsh words>: at most two levels, every word translated;"
                + " Welsh first (/ goes to /cy/)";
    }

    @Override
    public String searchAddress(Lang lang, String query) {
        return WelshFirstAddresses.search(lang) + "?term=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Override
    public Optional<SiteResponse> handle(SiteRequest request, SiteContext context) {
        Lang lang = WelshFirstAddresses.searchLanguage(request.path());
        if (lang == null) {
            return Optional.empty();
        }
        if (!context.profile().features().search()) {
            return Optional.of(SiteResponse.notFound());
        }
        String query = request.param("term").orElse("").strip();
        String title = query.isEmpty()
                ? (lang == Lang.EN ? "Search" : "Chwilio")
                : (lang == Lang.EN ? "Search results for " : "Canlyniadau chwilio am ") + query;
        String html = WelshFirstLayout.document(
                context.plan().home(),
                lang,
                context,
                title,
                WelshFirstContent.searchResults(query, lang, context),
                List.of(),
                query,
                false);
        return Optional.of(SiteResponse.html(200, html));
    }

    @Override
    public String render(PlanPage page, Lang lang, SiteContext context) {
        boolean home = page.kind() == PageKind.HOME;
        String title = home ? context.councilName().in(lang) : page.title().in(lang);
        List<PlanPage> trail = context.plan().trail(page.key());
        List<PlanPage> crumbs = home ? null : trail.subList(0, trail.size() - 1);
        return WelshFirstLayout.document(
                page, lang, context, title, WelshFirstContent.page(page, lang, context), crumbs, "", true);
    }
}
