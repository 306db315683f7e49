package wales.councilaudit.scoring;

import java.util.Objects;

/**
 * How one common piece of content ("find my councillor", "job vacancies", "council tax") was found by each of the
 * tools for accessing content.
 *
 * @param itemId the item's id, as configured for the tools stage; not blank
 * @param byNavigation found from the home page by navigation within three clicks
 * @param bySearch the site search, given the item's words, put it in its top five results (false when the site
 *     has no search)
 * @param byAtoZ the A–Z lists it (false when the site has no A–Z)
 */
public record ContentLookup(String itemId, boolean byNavigation, boolean bySearch, boolean byAtoZ) {

    public ContentLookup {
        Objects.requireNonNull(itemId, "itemId");
        if (itemId.isBlank()) {
            throw new IllegalArgumentException("an item id must not be blank");
        }
    }
}
