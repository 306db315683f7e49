package wales.councilaudit.scoring;

/**
 * How the tools-for-accessing-content score (1 to 4) follows from the tools stage's checks.
 *
 * @param stars the share of applicable checks passed, to a score
 * @param minSearchBoxShare the share of pages examined that must carry a search box for "a search box on every
 *     page" to pass
 */
public record ToolsRules(ShareBands stars, double minSearchBoxShare) {

    public ToolsRules {
        stars.requireStars(1, 4);
        Shares.require("min-search-box-share", minSearchBoxShare);
    }
}
