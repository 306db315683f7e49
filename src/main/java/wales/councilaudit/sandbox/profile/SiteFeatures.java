package wales.councilaudit.sandbox.profile;

/**
 * Site-wide features of a simulated site.
 *
 * @param search whether the site has a search box (on every page)
 * @param searchWorks whether the search returns relevant results (when not, it returns news first)
 * @param helpfulNoResults whether a search with no results shows a helpful page (suggestions, the A–Z, contact)
 * @param atoz whether the site has an A–Z of services
 * @param cookieBanner whether a cookie banner covers the page until dismissed (in the page's language)
 * @param mobileMenu whether, on narrow screens, the navigation hides behind a menu button
 */
public record SiteFeatures(
        Boolean search,
        Boolean searchWorks,
        Boolean helpfulNoResults,
        Boolean atoz,
        Boolean cookieBanner,
        Boolean mobileMenu) {

    public SiteFeatures {
        search = search == null || search;
        searchWorks = searchWorks == null || searchWorks;
        helpfulNoResults = helpfulNoResults == null || helpfulNoResults;
        atoz = atoz == null || atoz;
        cookieBanner = cookieBanner != null && cookieBanner;
        mobileMenu = mobileMenu != null && mobileMenu;
    }

    public static SiteFeatures defaults() {
        return new SiteFeatures(null, null, null, null, null, null);
    }
}
