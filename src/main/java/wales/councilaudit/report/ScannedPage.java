package wales.councilaudit.report;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import wales.councilaudit.accessibility.Finding;
import wales.councilaudit.mobile.MobilePage;
import wales.councilaudit.mobile.TargetSizeCount;

/**
 * One page scanned in the browser on one profile: what the browser stage hands the scores and the reports.
 *
 * @param page the page as asked for
 * @param profile the browser profile's name ({@code desktop}, {@code mobile})
 * @param home whether it was scanned as a home page (a first visit, then again with the cookie banner dismissed)
 * @param failure why the page could not be scanned (it did not load, the browser failed twice); empty when scanned
 * @param attempts how many times the page was loaded, 1 or 2 (a crashed browser is replaced and the page retried)
 * @param banner what became of the cookie banner on a home page ({@code "no banner"}, {@code "dismissed by …"});
 *     empty for other pages
 * @param findings axe-core's and the keyboard probe's findings, in every view, axe-core's first
 * @param targets axe-core's {@code target-size} tally (WCAG 2.2 SC 2.5.8) on this page
 * @param mobile the mobile checks, on the mobile profile only
 */
public record ScannedPage(
        URI page,
        String profile,
        boolean home,
        Optional<String> failure,
        int attempts,
        Optional<String> banner,
        List<Finding> findings,
        TargetSizeCount targets,
        Optional<MobilePage> mobile) {

    public ScannedPage {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(banner, "banner");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(mobile, "mobile");
        findings = List.copyOf(findings);
        if (attempts < 0 || attempts > 2) {
            throw new IllegalArgumentException("attempts must be 0 to 2, got " + attempts);
        }
    }

    /** A page the browser could not scan. */
    public static ScannedPage failed(URI page, String profile, boolean home, String reason, int attempts) {
        return new ScannedPage(
                page,
                profile,
                home,
                Optional.of(reason),
                attempts,
                Optional.empty(),
                List.of(),
                TargetSizeCount.NONE,
                Optional.empty());
    }

    /** Whether the page was scanned. */
    public boolean scanned() {
        return failure.isEmpty();
    }
}
