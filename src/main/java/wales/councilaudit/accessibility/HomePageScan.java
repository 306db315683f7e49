package wales.councilaudit.accessibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The home page in its two views: as a first visitor sees it, banner and all, and after the consent strategy
 * dismissed the banner.
 *
 * @param firstVisit the scan with the banner showing ({@link View#FIRST_VISIT})
 * @param banner what the consent strategy did
 * @param dismissed the scan after the banner went ({@link View#BANNER_DISMISSED}); present only when it was dismissed
 */
public record HomePageScan(PageScan firstVisit, BannerOutcome banner, Optional<PageScan> dismissed) {

    public HomePageScan {
        Objects.requireNonNull(firstVisit, "firstVisit");
        Objects.requireNonNull(banner, "banner");
        Objects.requireNonNull(dismissed, "dismissed");
        if (dismissed.isPresent() != banner instanceof BannerOutcome.Dismissed) {
            throw new IllegalArgumentException("a second view exists exactly when the banner was dismissed");
        }
    }

    /** Both views' findings, each marked with its view. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(firstVisit.findings());
        dismissed.ifPresent(scan -> all.addAll(scan.findings()));
        return List.copyOf(all);
    }

    /**
     * The view the home page is scored on: after dismissal when the banner was dismissed (what a visitor uses), else
     * the first visit.
     */
    public PageScan scored() {
        return dismissed.orElse(firstVisit);
    }
}
