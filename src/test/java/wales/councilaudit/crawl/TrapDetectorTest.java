package wales.councilaudit.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrapDetectorTest {

    private static final String SITE = "http://www.sandbox-cardiff.gov.wales:8088";

    /** "Today" for these tests: 15 November 2026, so 12 months ahead ends on 15 November 2027. */
    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-15T10:00:00Z"), ZoneOffset.UTC);

    /** A day on which every date in these tests is in the past, so only the steps limit applies. */
    private static final Clock YEAR_2040 = Clock.fixed(Instant.parse("2040-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static URI url(String pathAndQuery) {
        return URI.create(SITE + pathAndQuery);
    }

    private static Optional<TrapKind> kind(TrapDetector detector, String pathAndQuery) {
        return detector.check(url(pathAndQuery)).map(TrapCut::kind);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "KEPT", textBlock = """
            # URL seen first by a fresh detector on 15 November 2026 | trap
            /events?month=2027-11                          | KEPT
            /events?month=2027-12                          | CALENDAR
            /events?month=2027-13                          | KEPT
            /events?date=2027-11-15                        | KEPT
            /events?date=2027-11-16                        | CALENDAR
            /events?date=2027-02-30                        | KEPT
            /events?from=16%2F11%2F2027                    | CALENDAR
            /events?from=15/11/2027                        | KEPT
            /events?on=16-11-2027                          | CALENDAR
            /events?year=2027&month=11                     | KEPT
            /events?year=2027&month=12                     | CALENDAR
            /events?y=2027&m=12&d=1                        | CALENDAR
            /events?year=2027                              | KEPT
            /events?year=2028                              | CALENDAR
            /events?month=12                               | KEPT
            /events/2027/11/                               | KEPT
            /events/2027/12/                               | CALENDAR
            /events/2027/11/16                             | CALENDAR
            /events/2027-12                                | CALENDAR
            /events/2027-12-01/                            | CALENDAR
            /news/2030/12/new-leisure-centre               | KEPT
            /documents/2030                                | KEPT
            /planning/3000/12/                             | KEPT
            """)
    void cutsCalendarPagesMoreThanTwelveMonthsAhead(String pathAndQuery, TrapKind expected) {
        TrapDetector detector = TrapDetector.withDefaults(NOV_2026);

        assertThat(kind(detector, pathAndQuery)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "[{index}] {0} then {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "KEPT", textBlock = """
            # first page of a calendar        | a later page                        | trap
            /events?month=2026-11             | /events?month=2024-11               | KEPT
            /events?month=2026-11             | /events?month=2024-10               | CALENDAR
            /events?month=2026-11             | /events?month=2028-11               | KEPT
            /events?month=2026-11             | /events?month=2028-12               | CALENDAR
            /events?month=2026-11&type=music  | /events?type=sport&month=2024-10    | CALENDAR
            /events?month=2026-11             | /events?month=2024-10&type=music    | KEPT
            /events?month=2026-11             | /meetings?month=2024-10             | KEPT
            /events?date=2026-11-15           | /events?date=2026-10-22             | KEPT
            /events?date=2026-11-15           | /events?date=2026-10-21             | CALENDAR
            /events?year=2026                 | /events?year=2002                   | KEPT
            /events?year=2026                 | /events?year=2001                   | CALENDAR
            /events?year=2026&month=11        | /events?year=2024&month=10          | CALENDAR
            /events/2026/11/                  | /events/2024/11/                    | KEPT
            /events/2026/11/                  | /events/2024/10/                    | CALENDAR
            /events/2026/11/                  | /meetings/2024/10/                  | KEPT
            /events/2026-11-15                | /events/2026-12-10                  | CALENDAR
            """)
    void cutsCalendarPagesMoreThan24StepsFromTheFirst(String first, String later, TrapKind expected) {
        TrapDetector detector = TrapDetector.withDefaults(YEAR_2040);

        assertThat(kind(detector, first)).isEmpty();
        assertThat(kind(detector, later)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "[{index}] today {0}: {1} next months kept")
    @CsvSource({
        // today,             next months kept before the first cut
        "2026-11-15T10:00:00Z, 12", // the future limit: 2027-11 is kept, 2027-12 starts after 2027-11-15
        "2027-06-01T00:00:00Z, 19", // the future limit again: 2028-06 is kept
        "2040-01-01T00:00:00Z, 24", // the steps limit: 2028-11 is 24 months after 2026-11
    })
    void followingTheSandboxCalendarsNextMonthLinkIsCut(Instant today, int expectedKept) {
        TrapDetector detector = new TrapDetector(TrapLimits.DEFAULTS, Clock.fixed(today, ZoneOffset.UTC));
        YearMonth month = YearMonth.of(2026, 11); // the sandbox calendar's first month (CrawlPlants.CALENDAR_START)
        assertThat(kind(detector, "/events?month=" + month)).isEmpty();

        int kept = 0;
        Optional<TrapCut> cut = Optional.empty();
        while (cut.isEmpty() && kept < 1_000) {
            month = month.plusMonths(1);
            cut = detector.check(url("/events?month=" + month));
            kept += cut.isEmpty() ? 1 : 0;
        }

        assertThat(kept).isEqualTo(expectedKept);
        assertThat(cut).map(TrapCut::kind).contains(TrapKind.CALENDAR);
        assertThat(cut.get().detail()).contains("/events?month={MONTH}");
        assertThat(kind(detector, "/events?month=" + month.plusMonths(1))).contains(TrapKind.CALENDAR);
        assertThat(detector.cutCounts()).containsEntry(TrapKind.CALENDAR, 2L);
    }

    @Test
    void aCrawlOfTheSandboxCalendarEnds() {
        UrlNormaliser normaliser = new UrlNormaliser();
        TrapDetector detector = TrapDetector.withDefaults(NOV_2026);
        List<URI> frontier = new ArrayList<>(List.of(url("/events")));
        Set<URI> seen = new HashSet<>(frontier);
        int fetched = 0;
        while (!frontier.isEmpty() && fetched < 10_000) {
            URI page = frontier.remove(0);
            fetched++;
            for (String link : sandboxCalendarLinks(page)) {
                URI target = normaliser.normalise(page, link).orElseThrow();
                if (seen.add(target) && detector.check(target).isEmpty()) {
                    frontier.add(target);
                }
            }
        }

        // /events, then 2026-10 (the first calendar page seen) back 24 months to 2024-10 and on to 2027-11.
        assertThat(fetched).isEqualTo(1 + 38);
        assertThat(detector.cutCounts())
                .containsEntry(TrapKind.CALENDAR, 2L)
                .containsEntry(TrapKind.QUERY_EXPLOSION, 0L);
    }

    /** The links of a page of the sandbox's events calendar, as CrawlPlants writes them: previous, then next. */
    private static List<String> sandboxCalendarLinks(URI page) {
        String query = page.getRawQuery();
        YearMonth month = query == null ? YearMonth.of(2026, 11) : YearMonth.parse(query.substring("month=".length()));
        return List.of("/events?month=" + month.minusMonths(1), "/events?month=" + month.plusMonths(1));
    }

    @ParameterizedTest(name = "[{index}] {0} distinct queries -> {1} cut")
    @CsvSource({"1, 0", "30, 0", "50, 0", "51, 1", "80, 30"})
    void cutsQueriesPastFiftyOnOnePath(int pages, long expectedCut) {
        TrapDetector detector = TrapDetector.withDefaults(NOV_2026);

        List<Integer> cut = IntStream.rangeClosed(1, pages)
                .filter(n -> kind(detector, "/news?tag=topic-" + n).isPresent())
                .boxed()
                .toList();

        assertThat((long) cut.size()).isEqualTo(expectedCut);
        assertThat(cut).allMatch(n -> n > 50);
        assertThat(detector.cutCounts()).containsEntry(TrapKind.QUERY_EXPLOSION, expectedCut);
    }

    @Test
    void numericValuesAreOneQuerySoALegacyCmsIsNotATrap() {
        TrapDetector detector = TrapDetector.withDefaults(NOV_2026);

        long cut = IntStream.rangeClosed(1, 500)
                .filter(n -> kind(detector, "/doc.asp?doc=" + n + "&language=" + (n % 2 + 1))
                        .isPresent())
                .count();

        assertThat(cut).isZero();
        assertThat(kind(detector, "/doc.asp?doc=7&sid=a1")).isEmpty();
        assertThat(QueryVariety.fingerprint("doc=7&language=1"))
                .isEqualTo(QueryVariety.fingerprint("language=2&doc=8"));
        assertThat(QueryVariety.fingerprint("doc=7a")).isNotEqualTo(QueryVariety.fingerprint("doc=8a"));
    }

    @Test
    void aQueryAdmittedBeforeIsAdmittedAgainInAnyParameterOrder() {
        TrapDetector detector = new TrapDetector(new TrapLimits(2, 24, 12, 15, 2, 2, 100), NOV_2026);
        assertThat(kind(detector, "/search?q=bins&sort=a")).isEmpty();
        assertThat(kind(detector, "/search?q=bins&sort=b")).isEmpty();

        assertThat(kind(detector, "/search?sort=a&q=bins")).isEmpty();
        assertThat(kind(detector, "/search?q=bins&sort=c")).contains(TrapKind.QUERY_EXPLOSION);
        assertThat(kind(detector, "/search")).isEmpty();
        assertThat(kind(detector, "/search/advanced?q=bins&sort=c")).isEmpty();
        assertThat(detector.check(URI.create("https://www.cardiff.gov.uk/search?q=bins&sort=c")))
                .isEmpty();
    }

    @Test
    void pastItsTrackingLimitTheDetectorStopsLimitingNewPaths() {
        TrapDetector detector = new TrapDetector(new TrapLimits(1, 24, 12, 15, 2, 2, 1), YEAR_2040);
        assertThat(kind(detector, "/a?tag=x")).isEmpty();
        assertThat(kind(detector, "/a?tag=y")).contains(TrapKind.QUERY_EXPLOSION);

        assertThat(kind(detector, "/b?tag=x")).isEmpty();
        assertThat(kind(detector, "/b?tag=y")).isEmpty();
    }

    @Test
    void countsCutsByKindInASnapshot() {
        TrapDetector detector = TrapDetector.withDefaults(NOV_2026);
        Map<TrapKind, Long> before = detector.cutCounts();

        kind(detector, "/a/b/a/b/");
        kind(detector, "/a/a/a/");
        kind(detector, "/events?month=2030-01");
        kind(detector, "/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16");

        assertThat(before).containsOnlyKeys(TrapKind.values()).allSatisfy((k, v) -> assertThat(v)
                .isZero());
        assertThat(detector.cutCounts())
                .containsEntry(TrapKind.REPEATED_SEGMENTS, 2L)
                .containsEntry(TrapKind.CALENDAR, 1L)
                .containsEntry(TrapKind.DEEP_PATH, 1L)
                .containsEntry(TrapKind.QUERY_EXPLOSION, 0L);
        assertThat(detector.totalCut()).isEqualTo(4);
        assertThatThrownBy(() -> detector.cutCounts().put(TrapKind.DEEP_PATH, 1L))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aUrlCutForOneTrapDoesNotCountTowardsAnother() {
        TrapDetector detector = new TrapDetector(new TrapLimits(1, 24, 12, 15, 2, 2, 100), NOV_2026);

        assertThat(kind(detector, "/events?month=2030-01")).contains(TrapKind.CALENDAR);
        assertThat(kind(detector, "/events?month=2026-12")).isEmpty();
    }

    @Test
    void holdsItsLimitUnderConcurrentChecks() throws Exception {
        TrapDetector detector = TrapDetector.withDefaults(NOV_2026);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> admitted = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                admitted.add(pool.submit(() -> IntStream.range(0, 500)
                        .filter(n ->
                                kind(detector, "/search?q=" + thread + "-" + n).isEmpty())
                        .count()));
            }
            long total = 0;
            for (Future<Long> f : admitted) {
                total += f.get(30, TimeUnit.SECONDS);
            }

            assertThat(total).isEqualTo(50);
            assertThat(detector.cutCounts()).containsEntry(TrapKind.QUERY_EXPLOSION, 8L * 500 - 50);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void limitsAreValidated() {
        assertThatThrownBy(() -> new TrapLimits(0, 24, 12, 15, 2, 2, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxQueriesPerPath");
        assertThatThrownBy(() -> new TrapLimits(50, -1, 12, 15, 2, 2, 100)).hasMessageContaining("maxCalendarSteps");
        assertThatThrownBy(() -> new TrapLimits(50, 24, 12, 15, 2, 2, 0)).hasMessageContaining("maxTrackedPatterns");
        assertThat(TrapLimits.DEFAULTS).isEqualTo(new TrapLimits(50, 24, 12, 15, 2, 2, 10_000));
    }
}
