package wales.councilaudit.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import wales.councilaudit.accessibility.FindingGroup;
import wales.councilaudit.crawl.CrawlSummary;
import wales.councilaudit.mobile.MobilePage;

/**
 * The evidence behind one council's {@link CouncilSummary}, written next to {@code summary.json} as {@code
 * councils/<id>.json}: what a web team reads to see why, and fixes from. Kept out of {@code summary.json} so the
 * summary stays small however many pages were scanned.
 *
 * @param id the registry id
 * @param findings the accessibility findings de-duplicated by template fingerprint, with the pages each is on
 * @param journeys the recorded task journeys, with their steps and screenshots
 * @param mobile the mobile checks of each page examined on the mobile profile (screenshots of overflow included)
 * @param crawl the crawl's summary (broken links, PDFs, Welsh twins, fetch errors), when the crawl ran
 * @param notScanned pages the browser could not scan, with why ("page: reason")
 */
public record CouncilDetail(
        String id,
        List<FindingGroup> findings,
        List<JourneyEvidence> journeys,
        List<MobilePage> mobile,
        Optional<CrawlSummary> crawl,
        List<String> notScanned) {

    public CouncilDetail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(crawl, "crawl");
        findings = List.copyOf(findings);
        journeys = List.copyOf(journeys);
        mobile = List.copyOf(mobile);
        notScanned = List.copyOf(notScanned);
    }

    /** A council with no evidence beyond its summary (blocked, unreachable, failed before the browser stage). */
    public static CouncilDetail empty(String id, Optional<CrawlSummary> crawl) {
        return new CouncilDetail(id, List.of(), List.of(), List.of(), crawl, List.of());
    }
}
