package wales.councilaudit.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the tools stage measured on one site: the common items looked up by navigation, search and A–Z, and the
 * search features.
 *
 * @param lookups one per configured item, ids unique; at least one
 * @param siteSearch the site has a search of its own content
 * @param atoZ the site has an A–Z of services
 * @param pagesExamined the pages checked for a search box, at least 1
 * @param pagesWithSearchBox of those, the pages with a search box
 * @param helpfulNoResultsPage a search with no results gives a helpful page (suggestions, a route onwards); ignored
 *     when the site has no search
 */
public record ToolsFacts(
        List<ContentLookup> lookups,
        boolean siteSearch,
        boolean atoZ,
        int pagesExamined,
        int pagesWithSearchBox,
        boolean helpfulNoResultsPage) {

    public ToolsFacts {
        lookups = List.copyOf(lookups);
        if (lookups.isEmpty()) {
            throw new IllegalArgumentException("at least one item must have been looked up");
        }
        Set<String> ids = new HashSet<>();
        for (ContentLookup lookup : lookups) {
            if (!ids.add(lookup.itemId())) {
                throw new IllegalArgumentException("item '" + lookup.itemId() + "' looked up twice");
            }
            if (lookup.bySearch() && !siteSearch) {
                throw new IllegalArgumentException("'" + lookup.itemId() + "' found by search on a site with none");
            }
            if (lookup.byAtoZ() && !atoZ) {
                throw new IllegalArgumentException("'" + lookup.itemId() + "' found in an A–Z on a site with none");
            }
        }
        if (pagesExamined < 1 || pagesWithSearchBox < 0 || pagesWithSearchBox > pagesExamined) {
            throw new IllegalArgumentException(
                    pagesWithSearchBox + " pages with a search box of " + pagesExamined + " examined");
        }
    }
}
