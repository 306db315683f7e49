package wales.councilaudit.sandbox.site;

import java.util.Optional;

/**
 * A way of building a council website: its address scheme, its page markup and navigation, and its search
 * mechanism. Implementations must be structurally different (not one template with switches), must produce
 * pages with no accessibility violations other than the ones {@link PageParts} plants, and must be
 * deterministic. Stateless and thread-safe.
 */
public interface SiteStyle {

    /**
     * The address of a page in a language: its path, and query where the style uses one, for example
     * {@code /ENG/resident/Rubbish-and-recycling/Pages/default.aspx}. Unique within the site and language.
     */
    String address(PlanPage page, Lang lang, SitePlan plan);

    /** The page as a complete HTML document. */
    String render(PlanPage page, Lang lang, SiteContext context);

    /**
     * Answers the style's own endpoints (search results, a search API, assets) or empty when the request is not
     * one of them.
     */
    Optional<SiteResponse> handle(SiteRequest request, SiteContext context);

    /** The address of the search results page for a query in a language (what the search box submits to). */
    String searchAddress(Lang lang, String query);

    /**
     * How the style addresses a page's Welsh twin, in words (for the answer key): for example {@code /ENG/...} to
     * {@code /CYM/...} with the segments in Welsh.
     */
    String welshTwinConvention();

    /** The language of the site's root address {@code /} when it is not a page: English unless Welsh-first. */
    default Lang rootLanguage() {
        return Lang.EN;
    }
}
